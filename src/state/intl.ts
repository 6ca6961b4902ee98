/**
 * Numbers and plurals in the interface's language through the platform's own rules (Intl), not
 * hand-written replacements: the link notices (src/state/notice-words.ts) and the text tables
 * (src/ui/text) both use these.
 */
export type Lang = 'en' | 'es';

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

/** `v` as the language writes it (decimal comma in Spanish), with exactly `digits` decimals when given, else as many as it has. */
export function formatNumber(lang: Lang, v: number, digits?: number): string {
  const id = `${lang}:${digits ?? ''}`;
  let f = numberFormats.get(id);
  if (!f) {
    // No grouping: years, millimetres and densities read better as 1500 than 1,500 beside a slider.
    f = new Intl.NumberFormat(
      lang,
      digits === undefined
        ? { maximumFractionDigits: 6, useGrouping: false }
        : { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false },
    );
    numberFormats.set(id, f);
  }
  return f.format(v);
}

/** The word for `n` things: `one` where the language's rules say singular, else `other`. */
export function plural(lang: Lang, n: number, one: string, other: string): string {
  let r = pluralRules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang);
    pluralRules.set(lang, r);
  }
  return r.select(n) === 'one' ? one : other;
}

/**
 * A number already rounded for showing (toFixed, String), written the language's way by Intl with
 * the same decimals; words ("muchos") pass through.
 */
export function formatShown(lang: Lang, v: string): string {
  const x = Number(v);
  return v.trim() === '' || !Number.isFinite(x) ? v : formatNumber(lang, x, (v.split('.')[1] ?? '').length);
}
