/**
 * Hostile links: 1,000 generated query strings (known and random keys, numbers of every size, junk,
 * percent-encodings, control characters, repeats, very long values). The codec must never throw,
 * must always give a state the model accepts, and that state must survive its own link unchanged.
 */
import { describe, expect, it } from 'vitest';
import { parseQuery, serializeState } from '../../src/state/url.ts';
import { LIMITS, NEEDLES, PANES, VERSUS, VIEWS, type SimState } from '../../src/state/sim-state.ts';
import { HAIR_COLOURS, HAIRLINE_PRESETS, HEAD_PRESETS, PIGMENT_GRADES, PIGMENT_TYPES, SCAR_KINDS, SMP_MODES } from '../../src/model/index.ts';
import { hostileLinks } from '../hostile-links.ts';

const within = (v: number, [lo, hi]: readonly [number, number]): boolean => Number.isFinite(v) && v >= lo && v <= hi;

/** Every field of a state in its allowed set or range. */
function validState(s: SimState): string[] {
  const bad: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) bad.push(what);
  };
  for (const k of [
    'years',
    'sun',
    'oil',
    'skin',
    'seed',
    'density',
    'stubble',
    'aftercare',
    'depth',
    'progression',
    'laserSessions',
    'playTo',
    'split',
  ] as const)
    check(within(s[k], LIMITS[k]), k);
  check(Number.isInteger(s.skin) && Number.isInteger(s.seed) && Number.isInteger(s.density) && Number.isInteger(s.laserSessions), 'integers');
  check(VIEWS.includes(s.view) && HAIR_COLOURS.includes(s.hair) && SMP_MODES.includes(s.mode) && SCAR_KINDS.includes(s.scar), 'choices');
  check(HAIRLINE_PRESETS.includes(s.hairline) && HEAD_PRESETS.includes(s.head), 'presets');
  check(PIGMENT_GRADES.includes(s.grade) && PIGMENT_TYPES.includes(s.pigment) && NEEDLES.includes(s.needle), 'pigment');
  check(VERSUS.includes(s.versus) && PANES.includes(s.panes) && ['en', 'es'].includes(s.lang), 'compare');
  check([1, 2, 3].includes(s.sessions), 'sessions');
  check(
    s.sessionDays.length === 2 && s.sessionDays[1] - s.sessionDays[0] >= 7 && s.sessionDays[1] - s.sessionDays[0] <= 14 && within(s.sessionDays[0], [7, 14]),
    'sessionDays',
  );
  check(s.touchups.length <= 12 && s.touchups.every((y) => within(y, LIMITS.touchup)), 'touchups');
  check(s.laser === null || within(s.laser, LIMITS.laser), 'laser');
  check(s.compare === null || within(s.compare, LIMITS.compare), 'compare');
  check([0.5, 1, 2].includes(s.playSpeed), 'playSpeed');
  check(Object.values(s.design).every((v) => typeof v === 'string' || Number.isFinite(v)) && Object.values(s.shape).every(Number.isFinite), 'design');
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
