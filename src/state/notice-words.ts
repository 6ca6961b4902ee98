/**
 * The words of the link notices (src/state/url.ts), as functions of the values they quote: each
 * language's are in its text table (src/ui/text), which loads before the page words its notices.
 */
export interface NoticeWords {
  unreadable: string;
  repeated: (key: string, times: number) => string;
  notNumber: (key: string, raw: string, using: string) => string;
  notWhole: (key: string, raw: string, rounded: number) => string;
  outside: (key: string, raw: string, lo: number, hi: number, clamped: number) => string;
  notOneOf: (key: string, raw: string, allowed: string) => string;
  listJunk: (key: string, junk: string, count: number) => string;
  listClamped: (key: string, lo: number, hi: number) => string;
  listTooMany: (key: string, max: number) => string;
  notFlag: (key: string, raw: string) => string;
  ludwigBad: (raw: string) => string;
  bothPatterns: string;
  sessionDaysCount: string;
  sessionDaysGap: (lo: number, hi: number, d2: number, d3: number) => string;
  unknown: (shown: string, count: number, more: boolean) => string;
}
