/**
 * The URL codec: query parameters ⇄ state. Links get mangled in messages and typed by hand, so
 * parsing is total: every value is checked, out-of-range numbers are clamped, junk is ignored, and
 * each of those produces a plain-language notice for the page to show.
 */
import { type SimState, type ViewName, LIMITS, VIEWS, defaultState } from './sim-state.ts';
import {
  HAIR_COLOURS, HAIRLINE_PRESETS, NORWOOD_STAGES, SCAR_KINDS, type HairColour, type HairlinePreset, type NorwoodStage, type ScarKind,
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

type NumericKey = 'years' | 'sun' | 'oil' | 'skin' | 'seed' | 'density' | 'stubble';
const INTEGER_KEYS: ReadonlySet<NumericKey> = new Set(['skin', 'seed', 'density']);
const KNOWN = new Set<string>(['years', 'sun', 'oil', 'skin', 'view', 'seed', 'density', 'stubble', 'hair', 'norwood', 'ludwig', 'hairline', 'scar']);

export function parseQuery(search: string): ParsedUrl {
  const state: SimState = { ...defaultState };
  const notices: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 8192 ? search.slice(0, 8192) : search);
  } catch {
    return { state, notices: ['The link could not be read; showing the default view.'] };
  }
  const first = (key: string): string | null => {
    const all = params.getAll(key);
    if (all.length > 1) notices.push(`“${key}” was given ${all.length} times; the first value is used.`);
    return all.length > 0 ? all[0]! : null;
  };

  for (const key of ['years', 'sun', 'oil', 'skin', 'seed', 'density', 'stubble'] as const satisfies readonly NumericKey[]) {
    const raw = first(key);
    if (raw === null) continue;
    const text = raw.trim();
    const value = NUMBER.test(text) ? Number(text) : NaN;
    if (!Number.isFinite(value)) {
      notices.push(`${key}: ${quote(raw)} is not a number; ignored (using ${state[key]}).`);
      continue;
    }
    const [lo, hi] = LIMITS[key];
    let v = value;
    if (INTEGER_KEYS.has(key) && !Number.isInteger(v)) {
      const rounded = Math.round(v);
      notices.push(`${key}: ${quote(raw)} is not a whole number; rounded to ${rounded}.`);
      v = rounded;
    }
    if (v < lo || v > hi) {
      const clamped = Math.min(hi, Math.max(lo, v));
      notices.push(`${key}: ${quote(raw)} is outside ${lo}–${hi}; clamped to ${clamped}.`);
      v = clamped;
    }
    state[key] = v;
  }

  /** One of a fixed set of words; anything else is refused with a notice naming the set. */
  const choice = <T extends string>(key: string, allowed: readonly T[], normalise = (v: string) => v.trim().toLowerCase()): T | null => {
    const raw = first(key);
    if (raw === null) return null;
    const v = normalise(raw);
    if ((allowed as readonly string[]).includes(v)) return v as T;
    notices.push(`${key}: ${quote(raw)} is not one of ${allowed.join(', ')}; ignored.`);
    return null;
  };

  state.view = choice<ViewName>('view', VIEWS) ?? state.view;
  state.hair = choice<HairColour>('hair', HAIR_COLOURS, (v) => v.trim().toLowerCase().replace(/[\s_]+/g, '-')) ?? state.hair;
  state.hairline = choice<HairlinePreset>('hairline', HAIRLINE_PRESETS) ?? state.hairline;
  state.scar = choice<ScarKind>('scar', SCAR_KINDS) ?? state.scar;

  const stage = choice<NorwoodStage>('norwood', NORWOOD_STAGES);
  if (stage !== null) state.pattern = { kind: 'norwood', stage };
  const ludwig = first('ludwig');
  if (ludwig !== null) {
    const v = ludwig.trim().toUpperCase();
    const grade = v === '1' || v === 'I' ? 1 : v === '2' || v === 'II' ? 2 : v === '3' || v === 'III' ? 3 : null;
    if (grade === null) notices.push(`ludwig: ${quote(ludwig)} is not 1, 2 or 3; ignored.`);
    else if (stage !== null) notices.push('Both norwood and ludwig were given; the Norwood stage is used.');
    else state.pattern = { kind: 'ludwig', grade };
  }

  const unknown = [...new Set(params.keys())].filter((k) => !KNOWN.has(k));
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 3).map(quote).join(', ');
    notices.push(`Unknown link parameter${unknown.length > 1 ? 's' : ''} ${shown}${unknown.length > 3 ? ' and more' : ''} ignored.`);
  }
  return { state, notices };
}

const trimNumber = (v: number, digits: number): string => String(Number(v.toFixed(digits)));

export function serializeState(s: SimState): string {
  const p = new URLSearchParams();
  p.set('years', trimNumber(s.years, 4));
  p.set('sun', trimNumber(s.sun, 2));
  p.set('oil', trimNumber(s.oil, 2));
  p.set('skin', String(s.skin));
  p.set('view', s.view);
  p.set('seed', String(s.seed));
  p.set('density', String(s.density));
  p.set('stubble', trimNumber(s.stubble, 2));
  p.set('hair', s.hair);
  if (s.pattern.kind === 'norwood') p.set('norwood', s.pattern.stage);
  else p.set('ludwig', String(s.pattern.grade));
  p.set('hairline', s.hairline);
  p.set('scar', s.scar);
  return p.toString();
}
