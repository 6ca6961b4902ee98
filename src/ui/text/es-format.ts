/** Values in Spanish words (src/ui/format.ts has the English). */
import { DAYS_PER_YEAR } from '../../model/calendar.ts';
import { formatNumber, formatShown, plural } from '../../state/intl.ts';

export function formatYearsEs(years: number): string {
  const days = Math.round(years * DAYS_PER_YEAR);
  if (days < 1) return 'el día del tratamiento';
  if (days < 60) return `${days} ${plural('es', days, 'día', 'días')}`;
  if (years < 1) return `${Math.round(years * 12)} meses`;
  const y = Math.round(years * 10) / 10;
  return `${formatNumber('es', y)} ${plural('es', y, 'año', 'años')}`;
}

const comma = (v: string): string => formatShown('es', v);

export function sunWordsEs(sun: number): string {
  if (sun < 0.1) return 'sin sol';
  if (sun < 0.3) return 'sol raro';
  if (sun < 0.65) return 'sol ocasional';
  if (sun < 0.88) return 'sol frecuente';
  return 'sol diario';
}

export function oilWordsEs(oil: number): string {
  if (oil < 0.15) return 'seca';
  if (oil < 0.35) return 'algo seca';
  if (oil < 0.65) return 'normal';
  if (oil < 0.88) return 'grasa';
  return 'muy grasa';
}

export function aftercareWordsEs(a: number): string {
  if (a < 0.2) return 'escasos';
  if (a < 0.45) return 'irregulares';
  if (a < 0.7) return 'razonables';
  if (a < 0.9) return 'buenos';
  return 'estrictos';
}

export function depthWordsEs(mm: number): string {
  const v = comma(mm.toFixed(2));
  if (mm < 0.6) return `${v} mm (correcta)`;
  if (mm < 0.8) return `${v} mm (profunda)`;
  if (mm < 1.0) return `${v} mm (demasiado profunda: se extiende)`;
  return `${v} mm (blow-out)`;
}

export { comma };
