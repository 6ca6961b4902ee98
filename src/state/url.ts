/**
 * The URL codec: query parameters ⇄ state. Links get mangled in messages and typed by hand, so
 * parsing is total: every value is checked, out-of-range numbers are clamped, junk is ignored, and
 * each of those produces a plain-language notice for the page to show.
 */
import {
  type SimState,
  type ViewName,
  type NeedleChoice,
  type Versus,
  type Panes,
  DENSITY_MODE_HAIR_MM,
  LIMITS,
  VIEWS,
  NEEDLES,
  PLAY_SPEEDS,
  VERSUS,
  PANES,
  defaultState,
} from './sim-state.ts';
import { type NoticeWords, NOTICES_EN } from './notice-words.ts';
import {
  HAIR_COLOURS,
  HAIRLINE_PRESETS,
  HAIRLINE_PROFILES,
  HAIRLINE_LIMITS,
  HAIRLINE_DESIGNS,
  HEAD_PRESETS,
  HEAD_SHAPES,
  HEAD_LIMITS,
  NORWOOD_STAGES,
  SCAR_KINDS,
  SMP_MODES,
  type HairColour,
  type HairlineDesign,
  type HairlinePreset,
  type HairlineProfile,
  type HeadPreset,
  type HeadShape,
  type NorwoodStage,
  type ScarKind,
  type SmpMode,
  type PigmentGrade,
  type PigmentType,
  PIGMENT_GRADES,
  PIGMENT_TYPES,
  MAX_TOUCH_UPS,
  SESSION_GAP_DAYS,
} from '../model/index.ts';

export interface ParsedUrl {
  state: SimState;
  notices: string[];
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const MAX_SHOWN = 24;

/** A value as it may be quoted back to the user: trimmed, shortened, control characters removed. */
function quote(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = raw.replace(/[\u0000-\u001f\u007f]/g, '?');
  return `“${clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN)}…` : clean}”`;
}

/**
 * Decimals each number keeps in a link. Parsing rounds to the same, so a state read from a link
 * writes exactly that link back (and the same state comes from it again).
 */
const DIGITS: Readonly<Record<string, number>> = {
  years: 4,
  sun: 2,
  oil: 2,
  stubble: 2,
  height: 2,
  temples: 2,
  recession: 2,
  symmetry: 2,
  headlength: 1,
  headbreadth: 1,
  crown: 1,
  occiput: 2,
  sessiondays: 1,
  touchups: 2,
  aftercare: 2,
  depth: 2,
  progression: 2,
  laser: 2,
  playto: 1,
  compare: 4,
  split: 3,
};
/** Rounded to a key's decimals; + 0 turns −0 into 0. */
const toDigits = (key: string, v: number): number => {
  const d = DIGITS[key];
  return d === undefined ? v + 0 : Number(v.toFixed(d)) + 0;
};

type NumericKey = 'years' | 'sun' | 'oil' | 'skin' | 'seed' | 'density' | 'stubble';
const INTEGER_KEYS: ReadonlySet<string> = new Set(['skin', 'seed', 'density', 'sessions', 'lasersessions']);

/** Hairline design parameters in links, and the design field each sets. */
const DESIGN_KEYS = { height: 'heightCm', temples: 'temples', recession: 'recession', symmetry: 'symmetry' } as const;
/** Head shape parameters in links, and the shape field each sets. */
const SHAPE_KEYS = { headlength: 'lengthMm', headbreadth: 'breadthMm', crown: 'crownMm', occiput: 'occiput' } as const;

const KNOWN = new Set<string>([
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
  ...Object.keys(DESIGN_KEYS),
  ...Object.keys(SHAPE_KEYS),
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
]);

export function parseQuery(search: string, words: NoticeWords = NOTICES_EN): ParsedUrl {
  const w = words;
  const state: SimState = { ...defaultState };
  const notices: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 8192 ? search.slice(0, 8192) : search);
  } catch {
    return { state, notices: [w.unreadable] };
  }
  const first = (key: string): string | null => {
    const all = params.getAll(key);
    if (all.length > 1) notices.push(w.repeated(key, all.length));
    return all.length > 0 ? all[0]! : null;
  };

  /** A number within limits: junk is ignored, fractions of whole-number keys rounded, the rest clamped. */
  const num = (key: string, [lo, hi]: readonly [number, number], current: number, raw = first(key)): number | null => {
    if (raw === null) return null;
    const text = raw.trim();
    const value = NUMBER.test(text) ? Number(text) : NaN;
    if (!Number.isFinite(value)) {
      notices.push(w.notNumber(key, quote(raw), String(current)));
      return null;
    }
    let v = value;
    if (INTEGER_KEYS.has(key) && !Number.isInteger(v)) {
      const rounded = Math.round(v);
      notices.push(w.notWhole(key, quote(raw), rounded));
      v = rounded;
    }
    if (v < lo || v > hi) {
      const clamped = Math.min(hi, Math.max(lo, v));
      notices.push(w.outside(key, quote(raw), lo, hi, clamped));
      v = clamped;
    }
    return toDigits(key, v);
  };

  for (const key of ['years', 'sun', 'oil', 'skin', 'seed', 'density', 'stubble'] as const satisfies readonly NumericKey[])
    state[key] = num(key, LIMITS[key], state[key]) ?? state[key];

  /** One of a fixed set of words; anything else is refused with a notice naming the set. */
  const choice = <T extends string>(key: string, allowed: readonly T[], normalise = (v: string) => v.trim().toLowerCase()): T | null => {
    const raw = first(key);
    if (raw === null) return null;
    const v = normalise(raw);
    if ((allowed as readonly string[]).includes(v)) return v as T;
    notices.push(w.notOneOf(key, quote(raw), allowed.join(', ')));
    return null;
  };

  /** A comma-separated list of numbers: junk entries are dropped, the rest clamped, at most `max` kept. */
  const list = (key: string, [lo, hi]: readonly [number, number], max: number): number[] | null => {
    const raw = first(key);
    if (raw === null) return null;
    const parts = raw
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t.length > 0);
    const out: number[] = [];
    const junk: string[] = [];
    let clamped = false;
    for (const t of parts) {
      const v = NUMBER.test(t) ? Number(t) : NaN;
      if (!Number.isFinite(v)) junk.push(t);
      else {
        const c = Math.min(hi, Math.max(lo, v));
        if (c !== v) clamped = true;
        out.push(toDigits(key, c));
      }
    }
    if (junk.length > 0) notices.push(w.listJunk(key, junk.slice(0, 3).map(quote).join(', '), junk.length > 1));
    if (clamped) notices.push(w.listClamped(key, lo, hi));
    if (out.length > max) notices.push(w.listTooMany(key, max));
    return out.slice(0, max);
  };

  /** On or off: 1/0, true/false, yes/no, on/off. */
  const flag = (key: string): boolean | null => {
    const raw = first(key);
    if (raw === null) return null;
    const v = raw.trim().toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(v)) return true;
    if (['0', 'false', 'no', 'off'].includes(v)) return false;
    notices.push(w.notFlag(key, quote(raw)));
    return null;
  };

  state.view = choice<ViewName>('view', VIEWS) ?? state.view;
  state.hair =
    choice<HairColour>('hair', HAIR_COLOURS, (v) =>
      v
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '-'),
    ) ?? state.hair;
  state.scar = choice<ScarKind>('scar', SCAR_KINDS) ?? state.scar;
  state.mode = choice<SmpMode>('mode', SMP_MODES) ?? state.mode;
  // A density-mode client keeps some length unless the link says otherwise.
  if (state.mode === 'density' && !params.has('stubble')) state.stubble = DENSITY_MODE_HAIR_MM;

  // Hairline: a preset, then any of its design values replaced.
  state.hairline = choice<HairlinePreset>('hairline', HAIRLINE_PRESETS) ?? state.hairline;
  const design: HairlineDesign = { ...HAIRLINE_DESIGNS[state.hairline] };
  for (const [key, field] of Object.entries(DESIGN_KEYS)) design[field] = num(key, HAIRLINE_LIMITS[field], design[field]) ?? design[field];
  design.profile = choice<HairlineProfile>('profile', HAIRLINE_PROFILES) ?? design.profile;
  state.design = sameValues(design, HAIRLINE_DESIGNS[state.hairline]) ? HAIRLINE_DESIGNS[state.hairline] : design;

  // Head shape: a preset, then any of its measures replaced.
  state.head = choice<HeadPreset>('head', HEAD_PRESETS) ?? state.head;
  const shape: HeadShape = { ...HEAD_SHAPES[state.head] };
  for (const [key, field] of Object.entries(SHAPE_KEYS)) shape[field] = num(key, HEAD_LIMITS[field], shape[field]) ?? shape[field];
  state.shape = sameValues(shape, HEAD_SHAPES[state.head]) ? HEAD_SHAPES[state.head] : shape;

  const stage = choice<NorwoodStage>('norwood', NORWOOD_STAGES);
  if (stage !== null) state.pattern = { kind: 'norwood', stage };
  const ludwig = first('ludwig');
  if (ludwig !== null) {
    const v = ludwig.trim().toUpperCase();
    const grade = v === '1' || v === 'I' ? 1 : v === '2' || v === 'II' ? 2 : v === '3' || v === 'III' ? 3 : null;
    if (grade === null) notices.push(w.ludwigBad(quote(ludwig)));
    else if (stage !== null) notices.push(w.bothPatterns);
    else state.pattern = { kind: 'ludwig', grade };
  }

  // The timeline and the choices that change its course.
  const sessions = num('sessions', [1, 3], state.sessions);
  if (sessions !== null) state.sessions = sessions as 1 | 2 | 3;
  const sessionDays = list('sessiondays', [1, 60], 2);
  if (sessionDays !== null) {
    if (sessionDays.length !== 2) notices.push(w.sessionDaysCount);
    else {
      const [lo, hi] = SESSION_GAP_DAYS;
      const d2 = Math.min(hi, Math.max(lo, sessionDays[0]!));
      const d3 = d2 + Math.min(hi, Math.max(lo, sessionDays[1]! - d2));
      if (d2 !== sessionDays[0] || d3 !== sessionDays[1]) notices.push(w.sessionDaysGap(lo, hi, d2, d3));
      state.sessionDays = [toDigits('sessiondays', d2), toDigits('sessiondays', d3)];
    }
  }
  const touchups = list('touchups', LIMITS.touchup, MAX_TOUCH_UPS);
  if (touchups !== null) state.touchups = [...new Set(touchups)].sort((a, b) => a - b);
  state.aftercare = num('aftercare', LIMITS.aftercare, state.aftercare) ?? state.aftercare;
  state.spf = flag('spf') ?? state.spf;
  state.hat = flag('hat') ?? state.hat;
  state.grade = choice<PigmentGrade>('grade', PIGMENT_GRADES) ?? state.grade;
  state.pigment =
    choice<PigmentType>('pigment', PIGMENT_TYPES, (v) =>
      v
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_'),
    ) ?? state.pigment;
  state.depth = num('depth', LIMITS.depth, state.depth) ?? state.depth;
  state.needle = choice<NeedleChoice>('needle', NEEDLES, (v) => v.trim().toLowerCase().replace(/\s+/g, '')) ?? state.needle;
  state.progression = num('progression', LIMITS.progression, state.progression) ?? state.progression;
  const laserRaw = first('laser');
  if (laserRaw !== null && !/^(none|off|0|no|false)$/i.test(laserRaw.trim())) {
    state.laser = num('laser', LIMITS.laser, 0, laserRaw);
  }
  state.laserSessions = num('lasersessions', LIMITS.laserSessions, state.laserSessions) ?? state.laserSessions;
  state.playTo = num('playto', LIMITS.playTo, state.playTo) ?? state.playTo;
  const speed = choice('playspeed', PLAY_SPEEDS.map(String), (v) => String(Number(v.trim())));
  if (speed !== null) state.playSpeed = Number(speed);
  state.range = flag('range') ?? state.range;

  // Comparing, presenting, language.
  const compareRaw = first('compare');
  if (compareRaw !== null && !/^(none|off|no|false)$/i.test(compareRaw.trim())) state.compare = num('compare', LIMITS.compare, 0, compareRaw);
  state.versus = choice<Versus>('versus', VERSUS) ?? state.versus;
  state.panes = choice<Panes>('panes', PANES) ?? state.panes;
  state.split = num('split', LIMITS.split, state.split) ?? state.split;
  state.present = flag('present') ?? state.present;
  state.lang = choice<'en' | 'es'>('lang', ['en', 'es'], (v) => v.trim().toLowerCase().slice(0, 2)) ?? state.lang;

  const unknown = [...new Set(params.keys())].filter((k) => !KNOWN.has(k));
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 3).map(quote).join(', ');
    notices.push(w.unknown(shown, unknown.length > 1, unknown.length > 3));
  }
  return { state, notices };
}

const trimNumber = (v: number, digits: number): string => String(Number(v.toFixed(digits)));

/** Whether two flat records hold the same values. */
export function sameValues<T extends object>(a: T, b: T): boolean {
  return (Object.keys(a) as Array<keyof T>).every((k) => a[k] === b[k]);
}

export function serializeState(s: SimState): string {
  const p = new URLSearchParams();
  p.set('years', trimNumber(s.years, DIGITS['years']!));
  p.set('sun', trimNumber(s.sun, DIGITS['sun']!));
  p.set('oil', trimNumber(s.oil, DIGITS['oil']!));
  p.set('skin', String(s.skin));
  p.set('view', s.view);
  p.set('seed', String(s.seed));
  p.set('density', String(s.density));
  p.set('stubble', trimNumber(s.stubble, DIGITS['stubble']!));
  p.set('hair', s.hair);
  if (s.pattern.kind === 'norwood') p.set('norwood', s.pattern.stage);
  else p.set('ludwig', String(s.pattern.grade));
  p.set('mode', s.mode);
  // The hairline and head as presets, plus only the values changed from them: links stay short.
  p.set('hairline', s.hairline);
  const preset = HAIRLINE_DESIGNS[s.hairline];
  for (const [key, field] of Object.entries(DESIGN_KEYS)) if (s.design[field] !== preset[field]) p.set(key, trimNumber(s.design[field], DIGITS[key]!));
  if (s.design.profile !== preset.profile) p.set('profile', s.design.profile);
  p.set('head', s.head);
  const shape = HEAD_SHAPES[s.head];
  for (const [key, field] of Object.entries(SHAPE_KEYS)) if (s.shape[field] !== shape[field]) p.set(key, trimNumber(s.shape[field], DIGITS[key]!));
  p.set('scar', s.scar);
  // The timeline: only what differs from the default journey.
  const d = defaultState;
  if (s.sessions !== d.sessions) p.set('sessions', String(s.sessions));
  if (s.sessionDays[0] !== d.sessionDays[0] || s.sessionDays[1] !== d.sessionDays[1])
    p.set('sessiondays', s.sessionDays.map((v) => trimNumber(v, DIGITS['sessiondays']!)).join(','));
  if (s.touchups.length > 0) p.set('touchups', s.touchups.map((v) => trimNumber(v, DIGITS['touchups']!)).join(','));
  if (s.aftercare !== d.aftercare) p.set('aftercare', trimNumber(s.aftercare, DIGITS['aftercare']!));
  if (s.spf) p.set('spf', '1');
  if (s.hat) p.set('hat', '1');
  if (s.grade !== d.grade) p.set('grade', s.grade);
  if (s.pigment !== d.pigment) p.set('pigment', s.pigment);
  if (s.depth !== d.depth) p.set('depth', trimNumber(s.depth, DIGITS['depth']!));
  if (s.needle !== d.needle) p.set('needle', s.needle);
  if (s.progression !== d.progression) p.set('progression', trimNumber(s.progression, DIGITS['progression']!));
  if (s.laser !== null) p.set('laser', trimNumber(s.laser, DIGITS['laser']!));
  if (s.laserSessions !== d.laserSessions) p.set('lasersessions', String(s.laserSessions));
  if (s.playTo !== d.playTo) p.set('playto', trimNumber(s.playTo, DIGITS['playto']!));
  if (s.playSpeed !== d.playSpeed) p.set('playspeed', String(s.playSpeed));
  if (!s.range) p.set('range', '0');
  if (s.compare !== null) p.set('compare', trimNumber(s.compare, DIGITS['compare']!));
  if (s.versus !== d.versus) p.set('versus', s.versus);
  if (s.panes !== d.panes) p.set('panes', s.panes);
  if (s.split !== d.split) p.set('split', trimNumber(s.split, DIGITS['split']!));
  if (s.present) p.set('present', '1');
  if (s.lang !== d.lang) p.set('lang', s.lang);
  return p.toString();
}
