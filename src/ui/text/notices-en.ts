/** The link notices' words in English (src/state/url.ts); loaded only when a link needs them. */
import type { NoticeWords } from '../../state/notice-words.ts';
import { plural } from '../../state/intl.ts';

export const noticesEn: NoticeWords = {
  unreadable: 'The link could not be read; showing the default view.',
  repeated: (key, times) => `“${key}” was given ${times} times; the first value is used.`,
  notNumber: (key, raw, using) => `${key}: ${raw} is not a number; ignored (using ${using}).`,
  notWhole: (key, raw, rounded) => `${key}: ${raw} is not a whole number; rounded to ${rounded}.`,
  outside: (key, raw, lo, hi, clamped) => `${key}: ${raw} is outside ${lo}–${hi}; clamped to ${clamped}.`,
  notOneOf: (key, raw, allowed) => `${key}: ${raw} is not one of ${allowed}; ignored.`,
  listJunk: (key, junk, count) => `${key}: ${junk} ${plural('en', count, 'is', 'are')} not a number; ignored.`,
  listClamped: (key, lo, hi) => `${key}: values outside ${lo}–${hi} were clamped.`,
  listTooMany: (key, max) => `${key}: at most ${max} values; the first ${max} are used.`,
  notFlag: (key, raw) => `${key}: ${raw} is not 0 or 1; ignored.`,
  ludwigBad: (raw) => `ludwig: ${raw} is not 1, 2 or 3; ignored.`,
  bothPatterns: 'Both norwood and ludwig were given; the Norwood stage is used.',
  sessionDaysCount: 'sessiondays: give the days of sessions 2 and 3, e.g. 10,21; ignored.',
  sessionDaysGap: (lo, hi, d2, d3) => `sessiondays: sessions are ${lo}–${hi} days apart; using days ${d2} and ${d3}.`,
  unknown: (shown, count, more) => `Unknown link ${plural('en', count, 'parameter', 'parameters')} ${shown}${more ? ' and more' : ''} ignored.`,
};
