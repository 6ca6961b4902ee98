/**
 * Hostile links: 1,000 generated query strings (known and random keys, numbers of every size, junk,
 * percent-encodings, control characters, repeats, very long values). The codec must never throw,
 * must always give a state the model accepts, and that state must survive its own link unchanged.
 */
import { describe, expect, it } from 'vitest';
import { parseQuery, serializeState } from '../../src/state/url.ts';
import { LIMITS, NEEDLES, PANES, VERSUS, VIEWS, type SimState } from '../../src/state/sim-state.ts';
import { HAIR_COLOURS, HAIRLINE_PRESETS, HEAD_PRESETS, PIGMENT_GRADES, PIGMENT_TYPES, SCAR_KINDS, SMP_MODES, mulberry32 } from '../../src/model/index.ts';

const KEYS = [
  'years', 'sun', 'oil', 'skin', 'view', 'seed', 'density', 'stubble', 'hair', 'norwood', 'ludwig', 'mode', 'hairline', 'profile', 'head',
  'scar', 'height', 'temples', 'recession', 'symmetry', 'headlength', 'headbreadth', 'crown', 'occiput', 'sessions', 'sessiondays',
  'touchups', 'aftercare', 'spf', 'hat', 'grade', 'pigment', 'depth', 'needle', 'progression', 'laser', 'lasersessions', 'playto',
  'playspeed', 'range', 'compare', 'versus', 'panes', 'split', 'present', 'lang',
];

function generator(seed: number) {
  const rnd = mulberry32(seed);
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const junkChar = (): string => String.fromCharCode(pick([0, 7, 10, 13, 32, 34, 35, 37, 38, 39, 43, 44, 59, 60, 61, 62, 92, 127, 233, 0x2028, 0xfeff, 0xd83d]));
  const number = (): string => pick([
    () => String(Math.floor(rnd() * 40) - 10), () => (rnd() * 30 - 5).toFixed(Math.floor(rnd() * 6)), () => pick(['1e308', '-1e308', '1e-320', '1e999', 'NaN', 'Infinity', '-0', '0x1f', '.5', '5.', '+3', '1,5', ' 2 ']),
    () => String(rnd() * 1e12), () => '9'.repeat(1 + Math.floor(rnd() * 400)),
  ])();
  const word = (): string => pick([
    () => pick(VIEWS), () => pick(HAIR_COLOURS), () => pick(NEEDLES), () => pick(['3v', 'III', 'es', 'EN', 'on', 'off', 'none', 'best', 'grid']),
    () => Array.from({ length: Math.floor(rnd() * 12) }, junkChar).join(''), () => 'x'.repeat(Math.floor(rnd() * 5000)),
    () => Array.from({ length: 1 + Math.floor(rnd() * 6) }, number).join(pick([',', ';', ', ', ',,'])),
  ])();
  const value = (): string => (rnd() < 0.5 ? number() : word());
  // Percent-encoded, raw, or byte by byte (a lone surrogate cannot be URI-encoded: then raw).
  const uri = (s: string): string => { try { return encodeURIComponent(s); } catch { return s; } };
  const encode = (s: string): string => (rnd() < 0.5 ? uri(s) : rnd() < 0.5 ? s : s.replace(/./g, (c) => `%${c.charCodeAt(0).toString(16)}`));
  return (): string => {
    const n = Math.floor(rnd() * 14);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const key = rnd() < 0.8 ? pick(KEYS) : rnd() < 0.5 ? word() : pick(KEYS).toUpperCase();
      parts.push(rnd() < 0.1 ? encode(key) : `${encode(key)}=${encode(value())}`);
    }
    const q = parts.join(rnd() < 0.9 ? '&' : pick([';', '&&', '&=&', '?']));
    return rnd() < 0.8 ? `?${q}` : q;
  };
}

const within = (v: number, [lo, hi]: readonly [number, number]): boolean => Number.isFinite(v) && v >= lo && v <= hi;

/** Every field of a state in its allowed set or range. */
function validState(s: SimState): string[] {
  const bad: string[] = [];
  const check = (ok: boolean, what: string): void => { if (!ok) bad.push(what); };
  for (const k of ['years', 'sun', 'oil', 'skin', 'seed', 'density', 'stubble', 'aftercare', 'depth', 'progression', 'laserSessions', 'playTo', 'split'] as const)
    check(within(s[k], LIMITS[k]), k);
  check(Number.isInteger(s.skin) && Number.isInteger(s.seed) && Number.isInteger(s.density) && Number.isInteger(s.laserSessions), 'integers');
  check(VIEWS.includes(s.view) && HAIR_COLOURS.includes(s.hair) && SMP_MODES.includes(s.mode) && SCAR_KINDS.includes(s.scar), 'choices');
  check(HAIRLINE_PRESETS.includes(s.hairline) && HEAD_PRESETS.includes(s.head), 'presets');
  check(PIGMENT_GRADES.includes(s.grade) && PIGMENT_TYPES.includes(s.pigment) && NEEDLES.includes(s.needle), 'pigment');
  check(VERSUS.includes(s.versus) && PANES.includes(s.panes) && ['en', 'es'].includes(s.lang), 'compare');
  check([1, 2, 3].includes(s.sessions), 'sessions');
  check(s.sessionDays.length === 2 && s.sessionDays[1] - s.sessionDays[0] >= 7 && s.sessionDays[1] - s.sessionDays[0] <= 14 && within(s.sessionDays[0], [7, 14]), 'sessionDays');
  check(s.touchups.length <= 12 && s.touchups.every((y) => within(y, LIMITS.touchup)), 'touchups');
  check(s.laser === null || within(s.laser, LIMITS.laser), 'laser');
  check(s.compare === null || within(s.compare, LIMITS.compare), 'compare');
  check([0.5, 1, 2].includes(s.playSpeed), 'playSpeed');
  check(Object.values(s.design).every((v) => typeof v === 'string' || Number.isFinite(v)) && Object.values(s.shape).every(Number.isFinite), 'design');
  return bad;
}

describe('hostile links', () => {
  it('1,000 generated query strings: never a throw, always a valid state that survives its own link', () => {
    const next = generator(20261126);
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
