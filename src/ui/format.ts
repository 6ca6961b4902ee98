/** Values in words, as a client would say them. */
import { DAYS_PER_YEAR } from '../model/calendar.ts';
import { formatNumber, plural } from '../state/intl.ts';

export function formatYears(years: number): string {
  const days = Math.round(years * DAYS_PER_YEAR);
  if (days < 1) return 'the day of treatment';
  if (days < 60) return `${days} ${plural('en', days, 'day', 'days')}`;
  if (years < 1) return `${Math.round(years * 12)} months`;
  const y = Math.round(years * 10) / 10;
  return `${formatNumber('en', y)} ${plural('en', y, 'year', 'years')}`;
}

export function describeSun(sun: number): string {
  if (sun < 0.1) return 'no sun';
  if (sun < 0.3) return 'rare sun';
  if (sun < 0.65) return 'occasional sun';
  if (sun < 0.88) return 'frequent sun';
  return 'daily sun';
}

export function describeOil(oil: number): string {
  if (oil < 0.15) return 'dry';
  if (oil < 0.35) return 'slightly dry';
  if (oil < 0.65) return 'normal';
  if (oil < 0.88) return 'oily';
  return 'very oily';
}

export function describeAftercare(a: number): string {
  if (a < 0.2) return 'poor';
  if (a < 0.45) return 'patchy';
  if (a < 0.7) return 'reasonable';
  if (a < 0.9) return 'good';
  return 'strict';
}

export function describeDepth(mm: number): string {
  if (mm < 0.6) return `${mm.toFixed(2)} mm (correct)`;
  if (mm < 0.8) return `${mm.toFixed(2)} mm (deep)`;
  if (mm < 1.0) return `${mm.toFixed(2)} mm (too deep: spreads)`;
  return `${mm.toFixed(2)} mm (blow-out)`;
}
