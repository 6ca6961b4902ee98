/**
 * Hostile links: 1,000 generated query strings (known and random keys, numbers of every size, junk,
 * percent-encodings, control characters, repeats, very long values). The codec must never throw,
 * must always give a state the model accepts, and that state must survive its own link unchanged.
 */
import { describe, expect, it } from 'vitest';
import { noticesEn } from '../../src/ui/text/notices-en.ts';
import { parseQuery as parseWith, serializeState } from '../../src/state/url.ts';
import type { SimState } from '../../src/state/sim-state.ts';
import { URL_KEYS, keyHolds } from '../../src/state/url-keys.ts';
import { hostileLinks } from '../hostile-links.ts';

/** The codec with the English notices (the page words them in its own language). */
const parseQuery = (q: string, words = noticesEn) => parseWith(q, words);

/**
 * Every field a link sets within its entry's rules (src/state/url-keys.ts: limits, whole numbers,
 * words, list lengths and rules), and the parts of the state no key names still whole.
 */
function validState(s: SimState): string[] {
  const bad = URL_KEYS.filter((k) => !keyHolds(k, s)).map((k) => k.key);
  if (!(Object.values(s.design).every((v) => typeof v === 'string' || Number.isFinite(v)) && Object.values(s.shape).every(Number.isFinite))) bad.push('design');
  return bad;
}

describe('hostile links', () => {
  it('1,000 generated query strings: never a throw, always a valid state that survives its own link', () => {
    const next = hostileLinks(20261126);
    let withNotices = 0;
    for (let i = 0; i < 1000; i++) {
      const q = next();
      let parsed: ReturnType<typeof parseQuery>;
      expect(() => (parsed = parseQuery(q)), q).not.toThrow();
      parsed = parseQuery(q);
      expect(validState(parsed.state), q).toEqual([]);
      if (parsed.notices.length > 0) withNotices++;
      for (const n of parsed.notices) {
        expect(n.length, q).toBeLessThan(400);
        // eslint-disable-next-line no-control-regex -- control characters are what the test looks for
        expect(n, q).not.toMatch(/[\u0000-\u001f]/);
      }
      const again = parseQuery(`?${serializeState(parsed.state)}`);
      expect(again.notices, q).toEqual([]);
      expect(again.state, q).toEqual(parsed.state);
    }
    // The generator does produce trouble: most links need a notice.
    expect(withNotices).toBeGreaterThan(500);
  });
});
