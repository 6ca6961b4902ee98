/**
 * All UI text, by language: `en` is the source, every other language must give every entry (the
 * type system checks it). Components read the current language's table with `useText(store)`.
 * Entries are strings, or functions for text with values in it.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { en } from './en.ts';
import type { LaterText } from './en-later.ts';
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

// What the first view does without (the keyboard list, the demo's steps, the printed summary):
// one small table per language, loaded after the first frame (src/main.tsx, allowLaterText) and
// when the language changes. Until it lands, those parts are drawn empty.
const LATER_LOADERS: Record<Language, () => Promise<LaterText>> = {
  en: () => import('./en-later.ts').then((m) => m.enLater),
  es: () => import('./es-later.ts').then((m) => m.esLater),
};
const later: Partial<Record<Language, LaterText>> = {};
const laterListeners = new Set<() => void>();
let laterAllowed = false;

/** Loads a language's later table (once); English if that one cannot load. */
export async function loadLaterText(lang: Language): Promise<LaterText> {
  const have = later[lang];
  if (have) return have;
  const table = await LATER_LOADERS[lang]().catch(() => LATER_LOADERS.en());
  later[lang] = table;
  laterListeners.forEach((f) => f());
  return table;
}

/** The first frame is up (or there will be none): the later tables may load now, the page's language first. */
export function allowLaterText(lang: Language): void {
  laterAllowed = true;
  void loadLaterText(lang).catch(() => undefined);
}

/** The current language's later table, or null until it has loaded. */
export function useLaterText(store: SimStoreApi): LaterText | null {
  const lang = useSim(store, (s) => s.lang);
  const table = useSyncExternalStore(
    (f) => {
      laterListeners.add(f);
      return () => laterListeners.delete(f);
    },
    () => later[lang] ?? null,
  );
  useEffect(() => {
    if (!table && laterAllowed) void loadLaterText(lang).catch(() => undefined);
  }, [table, lang]);
  return table;
}
