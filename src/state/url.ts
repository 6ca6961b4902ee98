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

  const view = first('view');
  if (view !== null) {
    const v = view.trim().toLowerCase();
    if ((VIEWS as readonly string[]).includes(v)) state.view = v as ViewName;
    else notices.push(`view: ${quote(view)} is not one of ${VIEWS.join(', ')}; ignored.`);
  }

  const hair = first('hair');
  if (hair !== null) {
    const v = hair.trim().toLowerCase().replace(/[\s_]+/g, '-');
    if ((HAIR_COLOURS as readonly string[]).includes(v)) state.hair = v as HairColour;
    else notices.push(`hair: ${quote(hair)} is not one of ${HAIR_COLOURS.join(', ')}; ignored.`);
  }

  const norwood = first('norwood');
  const ludwig = first('ludwig');
  if (norwood !== null) {
    const v = norwood.trim().toLowerCase();
    if ((NORWOOD_STAGES as readonly string[]).includes(v)) state.pattern = { kind: 'norwood', stage: v as NorwoodStage };
    else notices.push(`norwood: ${quote(norwood)} is not one of ${NORWOOD_STAGES.join(', ')}; ignored.`);
  }
  if (ludwig !== null) {
    const v = ludwig.trim().toUpperCase();
    const grade = v === '1' || v === 'I' ? 1 : v === '2' || v === 'II' ? 2 : v === '3' || v === 'III' ? 3 : null;
    if (grade === null) notices.push(`ludwig: ${quote(ludwig)} is not 1, 2 or 3; ignored.`);
    else if (norwood !== null) notices.push('Both norwood and ludwig were given; the Norwood stage is used.');
    else state.pattern = { kind: 'ludwig', grade };
  }

  const hairline = first('hairline');
  if (hairline !== null) {
    const v = hairline.trim().toLowerCase();
    if ((HAIRLINE_PRESETS as readonly string[]).includes(v)) state.hairline = v as HairlinePreset;
    else notices.push(`hairline: ${quote(hairline)} is not one of ${HAIRLINE_PRESETS.join(', ')}; ignored.`);
  }

  const scar = first('scar');
  if (scar !== null) {
    const v = scar.trim().toLowerCase();
    if ((SCAR_KINDS as readonly string[]).includes(v)) state.scar = v as ScarKind;
    else notices.push(`scar: ${quote(scar)} is not one of ${SCAR_KINDS.join(', ')}; ignored.`);
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
