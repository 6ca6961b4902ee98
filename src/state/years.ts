/**
 * Moving through time by keyboard, written once for every place that does it (the years slider, the
 * timeline plot, the page's shortcuts): a day at a time while healing, a week in the first year,
 * then a tenth of a year; Page Up and Page Down a year; Home and End the two ends.
 */
import { DAYS_PER_YEAR } from '../model/calendar.ts';
import { MAX_YEARS } from './sim-state.ts';

/** Keyboard step of the years slider from `years` in a direction. */
export function yearsStep(years: number, direction: 1 | -1): number {
  const days = years * DAYS_PER_YEAR + (direction < 0 ? -1e-6 : 1e-6);
  if (days < 60) return 1 / DAYS_PER_YEAR;
  if (days < DAYS_PER_YEAR) return 7 / DAYS_PER_YEAR;
  return 0.1;
}

/** A time on the axis: within 0–MAX_YEARS, on a whole day (what the plot and the slider show). */
export function clampYears(years: number): number {
  return Math.min(MAX_YEARS, Math.max(0, Math.round(years * DAYS_PER_YEAR) / DAYS_PER_YEAR));
}

/** Where a key takes the time from `years`, or null for a key that does not move it. */
export function yearsAfterKey(years: number, key: string): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return clampYears(years + yearsStep(years, 1));
    case 'ArrowLeft':
    case 'ArrowDown':
      return clampYears(years - yearsStep(years, -1));
    case 'PageUp':
      return clampYears(years + 1);
    case 'PageDown':
      return clampYears(years - 1);
    case 'Home':
      return 0;
    case 'End':
      return MAX_YEARS;
    default:
      return null;
  }
}
