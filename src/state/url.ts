/**
 * The URL codec: query parameters ⇄ state, driven by the table of keys (src/state/url-keys.ts).
 * Links get mangled in messages and typed by hand, so parsing is total: every value is checked,
 * out-of-range numbers are clamped, junk is ignored, and each of those produces a plain-language
 * notice for the page to show.
 */
import { type SimState, DENSITY_MODE_HAIR_MM, defaultState } from './sim-state.ts';
import type { NoticeWords } from './notice-words.ts';
import { HAIRLINE_DESIGNS, HEAD_SHAPES } from '../model/index.ts';
import { type ListKey, type NumberKey, type UrlKey, URL_KEYS, isWritten } from './url-keys.ts';

export interface ParsedUrl {
  state: SimState;
  notices: string[];
  /** Without words: how many notices the link needs (the page then loads the words). */
  unworded: number;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const MAX_SHOWN = 24;
const KNOWN: ReadonlySet<string> = new Set(URL_KEYS.map((k) => k.key));

/** A value as it may be quoted back to the user: trimmed, shortened, control characters removed. */
function quote(raw: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is taken out
  const clean = raw.replace(/[\u0000-\u001f\u007f]/g, '?');
  return `“${clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN)}…` : clean}”`;
}

/** Rounded to a key's decimals (what a link keeps); + 0 turns −0 into 0. */
const toDigits = (k: NumberKey | ListKey, v: number): number => (k.digits === undefined ? v + 0 : Number(v.toFixed(k.digits)) + 0);
const written = (k: NumberKey | ListKey, v: number): string => String(toDigits(k, v));

/**
 * The state a link describes, and with `words` its notices in that language (without them only the
 * state is read: the page words its notices once its text table has loaded, src/main.tsx).
 */
export function parseQuery(search: string, words?: NoticeWords): ParsedUrl {
  const state: SimState = { ...defaultState };
  const notices: string[] = [];
  let unworded = 0;
  const say = (f: (w: NoticeWords) => string): void => {
    if (words) notices.push(f(words));
    else unworded++;
  };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 8192 ? search.slice(0, 8192) : search);
  } catch {
    say((w) => w.unreadable);
    return { state, notices, unworded };
  }
  const first = (key: string): string | null => {
    const all = params.getAll(key);
    if (all.length > 1) say((w) => w.repeated(key, all.length));
    return all.length > 0 ? all[0]! : null;
  };

  /** A number within limits: junk is ignored, fractions of whole-number keys rounded, the rest clamped. */
  const num = (k: NumberKey, raw: string): number | null => {
    const text = raw.trim();
    const value = NUMBER.test(text) ? Number(text) : NaN;
    if (!Number.isFinite(value)) {
      say((w) => w.notNumber(k.key, quote(raw), String(k.get(state) ?? 0)));
      return null;
    }
    let v = value;
    if (k.integer && !Number.isInteger(v)) {
      const rounded = Math.round(v);
      say((w) => w.notWhole(k.key, quote(raw), rounded));
      v = rounded;
    }
    const [lo, hi] = k.limits;
    if (v < lo || v > hi) {
      const clamped = Math.min(hi, Math.max(lo, v));
      say((w) => w.outside(k.key, quote(raw), lo, hi, clamped));
      v = clamped;
    }
    return toDigits(k, v);
  };

  /** A comma-separated list of numbers: junk entries are dropped, the rest clamped, at most `max` kept. */
  const list = (k: ListKey, raw: string): number[] => {
    const [lo, hi] = k.limits;
    const out: number[] = [];
    const junk: string[] = [];
    let clamped = false;
    for (const t of raw.split(',').map((x) => x.trim())) {
      if (t.length === 0) continue;
      const v = NUMBER.test(t) ? Number(t) : NaN;
      if (!Number.isFinite(v)) junk.push(t);
      else {
        const c = Math.min(hi, Math.max(lo, v));
        if (c !== v) clamped = true;
        out.push(toDigits(k, c));
      }
    }
    if (junk.length > 0) say((w) => w.listJunk(k.key, junk.slice(0, 3).map(quote).join(', '), junk.length));
    if (clamped) say((w) => w.listClamped(k.key, lo, hi));
    if (out.length > k.max) say((w) => w.listTooMany(k.key, k.max));
    return out.slice(0, k.max);
  };

  const taken = new Set<string>();
  const read = (k: UrlKey): void => {
    const raw = first(k.key);
    if (raw === null) return;
    switch (k.kind) {
      case 'number': {
        if (k.none?.test(raw.trim())) return;
        const v = num(k, raw);
        // A key that may be "none" is none when its value cannot be read.
        if (v !== null || k.none) k.put(state, v);
        break;
      }
      case 'choice': {
        const v = (k.normalise ?? ((x: string) => x.trim().toLowerCase()))(raw);
        if (!k.values.includes(v)) {
          say((w) => (k.refused ? k.refused(w, quote(raw)) : w.notOneOf(k.key, quote(raw), k.values.join(', '))));
          return;
        }
        if (k.yieldsTo && taken.has(k.yieldsTo.key)) {
          say(k.yieldsTo.notice);
          return;
        }
        k.put(state, v);
        break;
      }
      case 'flag': {
        const v = raw.trim().toLowerCase();
        if (['1', 'true', 'yes', 'on'].includes(v)) k.put(state, true);
        else if (['0', 'false', 'no', 'off'].includes(v)) k.put(state, false);
        else return void say((w) => w.notFlag(k.key, quote(raw)));
        break;
      }
      case 'list': {
        const v = list(k, raw);
        if (k.count !== undefined && v.length !== k.count) return say((w) => k.miscounted?.(w) ?? w.listTooMany(k.key, k.count!));
        const changed = k.put(state, v);
        if (changed && k.changed) say((w) => k.changed!(w, changed));
        break;
      }
    }
    taken.add(k.key);
  };
  for (const k of URL_KEYS) read(k);

  // What follows from the keys together: a density-mode client keeps some length unless the link
  // says otherwise; a design or shape equal to its preset is the preset.
  if (state.mode === 'density' && !params.has('stubble')) state.stubble = DENSITY_MODE_HAIR_MM;
  if (sameValues(state.design, HAIRLINE_DESIGNS[state.hairline])) state.design = HAIRLINE_DESIGNS[state.hairline];
  if (sameValues(state.shape, HEAD_SHAPES[state.head])) state.shape = HEAD_SHAPES[state.head];

  const unknown = [...new Set(params.keys())].filter((k) => !KNOWN.has(k));
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 3).map(quote).join(', ');
    say((w) => w.unknown(shown, unknown.length, unknown.length > 3));
  }
  return { state, notices, unworded };
}

/** Whether two flat records hold the same values. */
export function sameValues<T extends object>(a: T, b: T): boolean {
  return (Object.keys(a) as Array<keyof T>).every((k) => a[k] === b[k]);
}

/** The link's query for a state: every key the table says to write, in the table's order. */
export function serializeState(s: SimState): string {
  const p = new URLSearchParams();
  for (const k of URL_KEYS) {
    if (!isWritten(k, s)) continue;
    switch (k.kind) {
      case 'number': {
        const v = k.get(s);
        if (v !== null) p.set(k.key, written(k, v));
        break;
      }
      case 'choice': {
        const v = k.get(s);
        if (v !== null) p.set(k.key, v);
        break;
      }
      case 'flag':
        p.set(k.key, k.get(s) ? '1' : '0');
        break;
      case 'list':
        p.set(
          k.key,
          k
            .get(s)
            .map((v) => written(k, v))
            .join(','),
        );
        break;
    }
  }
  return p.toString();
}
