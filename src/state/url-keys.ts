/**
 * Every key a link may carry, one entry each, in the order links are read and written: its kind,
 * the state it reads and writes, its limits or words, its decimals and whether it is left out when
 * it says nothing new. The codec (src/state/url.ts) parses and writes from this table alone, and the
 * fuzz test (test/unit/url-fuzz.test.ts) checks every parsed state against it (`keyHolds`).
 * Adding a setting to links is adding an entry here.
 */
import type { NoticeWords } from './notice-words.ts';
import { type SimState, LIMITS, NEEDLES, PANES, PLAY_SPEEDS, SLICE_MODES, VERSUS, VIEWS, defaultState } from './sim-state.ts';
import {
  HAIR_COLOURS,
  HAIRLINE_DESIGNS,
  HAIRLINE_LIMITS,
  HAIRLINE_PRESETS,
  HAIRLINE_PROFILES,
  HEAD_LIMITS,
  HEAD_PRESETS,
  HEAD_SHAPES,
  MAX_TOUCH_UPS,
  NORWOOD_STAGES,
  PIGMENT_GRADES,
  PIGMENT_TYPES,
  SCAR_KINDS,
  SESSION_GAP_DAYS,
  SMP_MODES,
  type HairlineDesign,
  type HeadShape,
} from '../model/index.ts';

type Range = readonly [number, number];

interface Written {
  key: string;
  /**
   * Whether the key is written for this state. Default: when its value differs from the default
   * state's (links stay short); `always` keys are always written (what a reader of the link looks for).
   */
  written?: (s: SimState) => boolean;
  always?: boolean;
}

/** A number within limits, kept to `digits` decimals (parsing rounds to the same: a link writes itself back). */
export interface NumberKey extends Written {
  kind: 'number';
  limits: Range;
  digits?: number;
  integer?: boolean;
  /** Words that mean "none" (the value is then null); only for fields that may be null. */
  none?: RegExp;
  get: (s: SimState) => number | null;
  put: (s: SimState, v: number | null) => void;
}

/** One of a fixed set of words; `normalise` forgives case, spaces and the like. */
export interface ChoiceKey extends Written {
  kind: 'choice';
  values: readonly string[];
  normalise?: (raw: string) => string;
  get: (s: SimState) => string | null;
  put: (s: SimState, v: string) => void;
  /** The notice for a refused word, where the general one ("not one of …") would not read well. */
  refused?: (w: NoticeWords, raw: string) => string;
  /** Another key that wins when both are given (the notice says so). */
  yieldsTo?: { key: string; notice: (w: NoticeWords) => string };
}

/** On or off (1/0, true/false, yes/no, on/off), written as 1 or 0. */
export interface FlagKey extends Written {
  kind: 'flag';
  get: (s: SimState) => boolean;
  put: (s: SimState, v: boolean) => void;
}

/** A comma-separated list of numbers within limits; `count`: exactly that many, else at most `max`. */
export interface ListKey extends Written {
  kind: 'list';
  limits: Range;
  digits: number;
  max: number;
  count?: number;
  get: (s: SimState) => readonly number[];
  /** Puts the list on the state; returns what it changed to keep a rule (for the notice), or null. */
  put: (s: SimState, v: number[]) => readonly number[] | null;
  /** A rule between the values the limits alone cannot say (checked on every parsed state). */
  holds?: (v: readonly number[]) => boolean;
  /** The notices for a list of the wrong length and for values `put` changed to keep the rule. */
  miscounted?: (w: NoticeWords) => string;
  changed?: (w: NoticeWords, v: readonly number[]) => string;
}

export type UrlKey = NumberKey | ChoiceKey | FlagKey | ListKey;

const lower = (v: string): string => v.trim().toLowerCase();
const clamp = (x: number, [lo, hi]: Range): number => Math.min(hi, Math.max(lo, x));
type NumberField = { [K in keyof SimState]: SimState[K] extends number ? K : never }[keyof SimState];
type FlagField = { [K in keyof SimState]: SimState[K] extends boolean ? K : never }[keyof SimState];

const number = (key: string, field: NumberField, o: Partial<NumberKey> = {}): NumberKey => ({
  key,
  kind: 'number',
  limits: LIMITS[field as keyof typeof LIMITS],
  get: (s) => s[field],
  put: (s, v) => {
    if (v !== null) (s[field] as number) = v;
  },
  ...o,
});
const choice = <F extends keyof SimState>(key: string, field: F, values: readonly SimState[F][], o: Partial<ChoiceKey> = {}): ChoiceKey => ({
  key,
  kind: 'choice',
  values: values as readonly string[],
  get: (s) => s[field] as string,
  put: (s, v) => ((s[field] as string) = v),
  ...o,
});
const flag = (key: string, field: FlagField): FlagKey => ({ key, kind: 'flag', get: (s) => s[field], put: (s, v) => ((s[field] as boolean) = v) });

/** A hairline design value: written only where it differs from the chosen preset's. */
const designKey = (key: string, field: Exclude<keyof HairlineDesign, 'profile'>, digits: number): NumberKey => ({
  key,
  kind: 'number',
  limits: HAIRLINE_LIMITS[field],
  digits,
  get: (s) => s.design[field],
  put: (s, v) => v !== null && (s.design = { ...s.design, [field]: v }),
  written: (s) => s.design[field] !== HAIRLINE_DESIGNS[s.hairline][field],
});
/** A head measure: written only where it differs from the chosen preset's. */
const shapeKey = (key: string, field: keyof HeadShape, digits: number): NumberKey => ({
  key,
  kind: 'number',
  limits: HEAD_LIMITS[field],
  digits,
  get: (s) => s.shape[field],
  put: (s, v) => v !== null && (s.shape = { ...s.shape, [field]: v }),
  written: (s) => s.shape[field] !== HEAD_SHAPES[s.head][field],
});

const LUDWIG_WORDS: Readonly<Record<string, string>> = { I: '1', II: '2', III: '3' };

export const URL_KEYS: readonly UrlKey[] = [
  number('years', 'years', { digits: 4, always: true }),
  number('sun', 'sun', { digits: 2, always: true }),
  number('oil', 'oil', { digits: 2, always: true }),
  number('skin', 'skin', { integer: true, always: true }),
  choice('view', 'view', VIEWS, { always: true }),
  number('seed', 'seed', { integer: true, always: true }),
  number('density', 'density', { integer: true, always: true }),
  number('stubble', 'stubble', { digits: 2, always: true }),
  choice('hair', 'hair', HAIR_COLOURS, { always: true, normalise: (v) => lower(v).replace(/[\s_]+/g, '-') }),
  choice('norwood', 'pattern', [], {
    values: NORWOOD_STAGES,
    get: (s) => (s.pattern.kind === 'norwood' ? s.pattern.stage : null),
    put: (s, v) => (s.pattern = { kind: 'norwood', stage: v as (typeof NORWOOD_STAGES)[number] }),
    written: (s) => s.pattern.kind === 'norwood',
  }),
  choice('ludwig', 'pattern', [], {
    values: ['1', '2', '3'],
    normalise: (v) => LUDWIG_WORDS[v.trim().toUpperCase()] ?? v.trim(),
    get: (s) => (s.pattern.kind === 'ludwig' ? String(s.pattern.grade) : null),
    put: (s, v) => (s.pattern = { kind: 'ludwig', grade: Number(v) as 1 | 2 | 3 }),
    written: (s) => s.pattern.kind === 'ludwig',
    refused: (w, raw) => w.ludwigBad(raw),
    yieldsTo: { key: 'norwood', notice: (w) => w.bothPatterns },
  }),
  choice('mode', 'mode', SMP_MODES, { always: true }),
  // The hairline and head as presets, then only the values changed from them: links stay short.
  choice('hairline', 'hairline', HAIRLINE_PRESETS, {
    always: true,
    put: (s, v) => ((s.hairline = v as SimState['hairline']), (s.design = HAIRLINE_DESIGNS[s.hairline])),
  }),
  designKey('height', 'heightCm', 2),
  designKey('temples', 'temples', 2),
  designKey('recession', 'recession', 2),
  designKey('symmetry', 'symmetry', 2),
  choice('profile', 'design', [], {
    values: HAIRLINE_PROFILES,
    get: (s) => s.design.profile,
    put: (s, v) => (s.design = { ...s.design, profile: v as HairlineDesign['profile'] }),
    written: (s) => s.design.profile !== HAIRLINE_DESIGNS[s.hairline].profile,
  }),
  choice('head', 'head', HEAD_PRESETS, { always: true, put: (s, v) => ((s.head = v as SimState['head']), (s.shape = HEAD_SHAPES[s.head])) }),
  shapeKey('headlength', 'lengthMm', 1),
  shapeKey('headbreadth', 'breadthMm', 1),
  shapeKey('crown', 'crownMm', 1),
  shapeKey('occiput', 'occiput', 2),
  choice('scar', 'scar', SCAR_KINDS, { always: true }),
  // The timeline and the choices that change its course: written only where they differ from the default journey.
  number('sessions', 'sessions', { limits: [1, 3], integer: true }),
  {
    key: 'sessiondays',
    kind: 'list',
    limits: [1, 60],
    digits: 1,
    max: 2,
    count: 2,
    get: (s) => s.sessionDays,
    // Each session 7–14 days after the one before.
    put: (s, [a, b]) => {
      const d2 = clamp(a!, SESSION_GAP_DAYS);
      const d3 = d2 + clamp(b! - d2, SESSION_GAP_DAYS);
      s.sessionDays = [Number(d2.toFixed(1)), Number(d3.toFixed(1))];
      return d2 !== a || d3 !== b ? s.sessionDays : null;
    },
    miscounted: (w) => w.sessionDaysCount,
    changed: (w, [d2, d3]) => w.sessionDaysGap(SESSION_GAP_DAYS[0], SESSION_GAP_DAYS[1], d2!, d3!),
    holds: ([a, b]) => a! >= SESSION_GAP_DAYS[0] && a! <= SESSION_GAP_DAYS[1] && b! - a! >= SESSION_GAP_DAYS[0] && b! - a! <= SESSION_GAP_DAYS[1],
  },
  {
    key: 'touchups',
    kind: 'list',
    limits: LIMITS.touchup,
    digits: 2,
    max: MAX_TOUCH_UPS,
    get: (s) => s.touchups,
    put: (s, v) => ((s.touchups = [...new Set(v)].sort((a, b) => a - b)), null),
    holds: (v) => v.every((y, i) => i === 0 || y > v[i - 1]!),
  },
  number('aftercare', 'aftercare', { digits: 2 }),
  flag('spf', 'spf'),
  flag('hat', 'hat'),
  choice('grade', 'grade', PIGMENT_GRADES),
  choice('pigment', 'pigment', PIGMENT_TYPES, { normalise: (v) => lower(v).replace(/[\s-]+/g, '_') }),
  number('depth', 'depth', { digits: 2 }),
  choice('needle', 'needle', NEEDLES, { normalise: (v) => lower(v).replace(/\s+/g, '') }),
  number('progression', 'progression', { digits: 2 }),
  {
    key: 'laser',
    kind: 'number',
    limits: LIMITS.laser,
    digits: 2,
    none: /^(none|off|0|no|false)$/i,
    get: (s) => s.laser,
    put: (s, v) => (s.laser = v),
  },
  number('lasersessions', 'laserSessions', { integer: true }),
  number('playto', 'playTo', { digits: 1 }),
  choice('playspeed', 'playSpeed', [], {
    values: PLAY_SPEEDS.map(String),
    normalise: (v) => String(Number(v.trim())),
    get: (s) => String(s.playSpeed),
    put: (s, v) => (s.playSpeed = Number(v)),
  }),
  flag('range', 'range'),
  // Comparing, presenting, language.
  {
    key: 'compare',
    kind: 'number',
    limits: LIMITS.compare,
    digits: 4,
    none: /^(none|off|no|false)$/i,
    get: (s) => s.compare,
    put: (s, v) => (s.compare = v),
  },
  choice('versus', 'versus', VERSUS),
  choice('panes', 'panes', PANES),
  number('split', 'split', { digits: 3 }),
  flag('present', 'present'),
  choice('slice', 'slice', SLICE_MODES),
  choice('lang', 'lang', ['en', 'es'], { normalise: (v) => lower(v).slice(0, 2) }),
];

/** Whether a key's field in a state keeps the entry's rules (what parsing guarantees). */
export function keyHolds(k: UrlKey, s: SimState): boolean {
  const within = (v: number): boolean => (k.kind !== 'number' && k.kind !== 'list' ? false : Number.isFinite(v) && v >= k.limits[0] && v <= k.limits[1]);
  switch (k.kind) {
    case 'number': {
      const v = k.get(s);
      if (v === null) return k.none !== undefined;
      return within(v) && (!k.integer || Number.isInteger(v));
    }
    case 'choice': {
      const v = k.get(s);
      return v === null ? k.written !== undefined && !k.written(s) : k.values.includes(v);
    }
    case 'flag':
      return typeof k.get(s) === 'boolean';
    case 'list': {
      const v = k.get(s);
      return (k.count === undefined ? v.length <= k.max : v.length === k.count) && v.every(within) && (k.holds?.(v) ?? true);
    }
  }
}

/** Whether a link for this state carries the key. */
export function isWritten(k: UrlKey, s: SimState): boolean {
  if (k.always) return true;
  if (k.written) return k.written(s);
  const a = k.get(s),
    b = k.get(defaultState);
  return Array.isArray(a) && Array.isArray(b) ? a.join() !== b.join() : a !== b;
}
