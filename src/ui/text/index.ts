/**
 * All UI text, by language: `en` is the source, every other language must give every entry (the
 * type system checks it). Components read the current language's table with `useText(store)`.
 * Entries are strings, or functions for text with values in it.
 */
import type { en } from './en.ts';
import { type SimStoreApi, useSim } from '../../state/store.ts';
import type { NoticeWords } from '../../state/notice-words.ts';

export type UiText = typeof en;
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

// Every table loads on its own (each ~5–6 KB gzip): the first view carries only the one it shows
// (src/main.tsx loads it before the first paint), and other languages load when chosen.
const LOADERS: Record<Language, () => Promise<UiText>> = {
  en: () => import('./en.ts').then((m) => m.en),
  es: () => import('./es.ts').then((m) => m.es),
};
const loaded: Partial<Record<Language, UiText>> = {};

/** Loads a language's table (once); choose the language only after this resolves. */
export async function loadLanguage(lang: Language): Promise<UiText> {
  const have = loaded[lang];
  if (have) return have;
  const table = await LOADERS[lang]();
  loaded[lang] = table;
  return table;
}

// The link notices' words: loaded only when a link needs them (most links are clean).
const NOTICE_LOADERS: Record<Language, () => Promise<NoticeWords>> = {
  en: () => import('./notices-en.ts').then((m) => m.noticesEn),
  es: () => import('./notices-es.ts').then((m) => m.noticesEs),
};

/** The words of the link notices in a language (English if that one cannot load). */
export function loadNoticeWords(lang: Language): Promise<NoticeWords> {
  return NOTICE_LOADERS[lang]().catch(() => NOTICE_LOADERS.en());
}

/** A language's table if it has been loaded, else English, else the one that is (one always is before the first paint). */
export function textFor(lang: Language): UiText {
  const table = loaded[lang] ?? loaded.en ?? LANGUAGES.map((l) => loaded[l]).find((t) => t !== undefined);
  if (!table) throw new Error('No text table is loaded: src/main.tsx loads one before the first paint.');
  return table;
}
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

export function useText(store: SimStoreApi): UiText {
  const lang = useSim(store, (s) => s.lang);
  return textFor(lang);
}
