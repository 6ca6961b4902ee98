/** Values in Spanish words (src/ui/format.ts has the English). */
import { DAYS_PER_YEAR } from '../../model/index.ts';

export function formatYearsEs(years: number): string {
  const days = Math.round(years * DAYS_PER_YEAR);
  if (days < 1) return 'el día del tratamiento';
  if (days < 60) return days === 1 ? '1 día' : `${days} días`;
  if (years < 1) return `${Math.round(years * 12)} meses`;
  const y = Math.round(years * 10) / 10;
  return y === 1 ? '1 año' : `${String(y).replace('.', ',')} años`;
}
