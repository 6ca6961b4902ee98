/**
 * All UI text, by language: `en` is the source, every other language must give every entry (the
 * type system checks it). Components read the current language's table with `useText(store)`.
 * Entries are strings, or functions for text with values in it.
 */
import { en } from './en.ts';
import { type SimStoreApi, useSim } from '../../state/store.ts';

export type UiText = typeof en;
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

// Other languages load when chosen (each table is ~6 KB gzip the first view need not carry).
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<UiText>> = {
  es: () => import('./es.ts').then((m) => m.es),
};
const loaded: Partial<Record<Language, UiText>> = { en };

/** Loads a language's table (once); choose the language only after this resolves. */
export async function loadLanguage(lang: Language): Promise<UiText> {
  const have = loaded[lang];
  if (have) return have;
  const table = await LOADERS[lang as Exclude<Language, 'en'>]();
  loaded[lang] = table;
  return table;
}

/** A language's table if it has been loaded, English until then. */
export function textFor(lang: Language): UiText {
  return loaded[lang] ?? en;
}
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

export function useText(store: SimStoreApi): UiText {
  const lang = useSim(store, (s) => s.lang);
  return textFor(lang);
}
