/**
 * A generator of hostile query strings for the URL codec's fuzz tests (unit: 1,000 of them;
 * browser: 50): known and random keys, numbers of every size and form, junk and control
 * characters, lone surrogates, percent-encodings, repeats, very long values, odd separators.
 */
import { HAIR_COLOURS, mulberry32 } from '../src/model/index.ts';
import { NEEDLES, VIEWS } from '../src/state/sim-state.ts';

const KEYS = [
  'years',
  'sun',
  'oil',
  'skin',
  'view',
  'seed',
  'density',
  'stubble',
  'hair',
  'norwood',
  'ludwig',
  'mode',
  'hairline',
  'profile',
  'head',
  'scar',
  'height',
  'temples',
  'recession',
  'symmetry',
  'headlength',
  'headbreadth',
  'crown',
  'occiput',
  'sessions',
  'sessiondays',
  'touchups',
  'aftercare',
  'spf',
  'hat',
  'grade',
  'pigment',
  'depth',
  'needle',
  'progression',
  'laser',
  'lasersessions',
  'playto',
  'playspeed',
  'range',
  'compare',
  'versus',
  'panes',
  'split',
  'present',
  'lang',
];

/** Seeded: the same seed gives the same links. */
export function hostileLinks(seed: number): () => string {
  const rnd = mulberry32(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const junkChar = (): string =>
    String.fromCharCode(pick([0, 7, 10, 13, 32, 34, 35, 37, 38, 39, 43, 44, 59, 60, 61, 62, 92, 127, 233, 0x2028, 0xfeff, 0xd83d]));
  const number = (): string =>
    pick([
      () => String(Math.floor(rnd() * 40) - 10),
      () => (rnd() * 30 - 5).toFixed(Math.floor(rnd() * 6)),
      () => pick(['1e308', '-1e308', '1e-320', '1e999', 'NaN', 'Infinity', '-0', '0x1f', '.5', '5.', '+3', '1,5', ' 2 ']),
      () => String(rnd() * 1e12),
      () => '9'.repeat(1 + Math.floor(rnd() * 400)),
    ])();
  const word = (): string =>
    pick([
      () => pick(VIEWS),
      () => pick(HAIR_COLOURS),
      () => pick(NEEDLES),
      () => pick(['3v', 'III', 'es', 'EN', 'on', 'off', 'none', 'best', 'grid']),
      () => Array.from({ length: Math.floor(rnd() * 12) }, junkChar).join(''),
      () => 'x'.repeat(Math.floor(rnd() * 5000)),
      () => Array.from({ length: 1 + Math.floor(rnd() * 6) }, number).join(pick([',', ';', ', ', ',,'])),
    ])();
  const value = (): string => (rnd() < 0.5 ? number() : word());
  // Percent-encoded, raw, or byte by byte (a lone surrogate cannot be URI-encoded: then raw).
  const uri = (s: string): string => {
    try {
      return encodeURIComponent(s);
    } catch {
      return s;
    }
  };
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
