/**
 * All UI text, by language: `en` is the source, every other language must give every entry (the
 * type system checks it). Components read the current language's table with `useText(store)`.
 * Entries are strings, or functions for text with values in it.
 */
import { en } from './en.ts';
import { es } from './es.ts';
import { type SimStoreApi, useSim } from '../../state/store.ts';

export type UiText = typeof en;
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const TEXT: Record<Language, UiText> = { en, es };
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

export function useText(store: SimStoreApi): UiText {
  const lang = useSim(store, (s) => s.lang);
  return TEXT[lang];
}
