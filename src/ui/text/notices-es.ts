/** The link notices' words in Spanish (src/state/url.ts); loaded only when a link needs them. */
import type { NoticeWords } from '../../state/notice-words.ts';
import { formatNumber, plural } from '../../state/intl.ts';

const n = (v: number): string => formatNumber('es', v);

export const noticesEs: NoticeWords = {
  unreadable: 'No se ha podido leer el enlace; se muestra la vista inicial.',
  repeated: (key, times) => `«${key}» aparece ${times} veces; se usa el primer valor.`,
  notNumber: (key, raw, using) => `${key}: ${raw} no es un número; se ignora (se usa ${using}).`,
  notWhole: (key, raw, rounded) => `${key}: ${raw} no es un número entero; se redondea a ${n(rounded)}.`,
  outside: (key, raw, lo, hi, clamped) => `${key}: ${raw} está fuera de ${n(lo)}–${n(hi)}; se ajusta a ${n(clamped)}.`,
  notOneOf: (key, raw, allowed) => `${key}: ${raw} no es ninguno de ${allowed}; se ignora.`,
  listJunk: (key, junk, count) => `${key}: ${junk} no ${plural('es', count, 'es un número', 'son números')}; se ignora.`,
  listClamped: (key, lo, hi) => `${key}: los valores fuera de ${n(lo)}–${n(hi)} se han ajustado.`,
  listTooMany: (key, max) => `${key}: como máximo ${max} valores; se usan los ${max} primeros.`,
  notFlag: (key, raw) => `${key}: ${raw} no es 0 ni 1; se ignora.`,
  ludwigBad: (raw) => `ludwig: ${raw} no es 1, 2 ni 3; se ignora.`,
  bothPatterns: 'Se han dado norwood y ludwig; se usa el grado Norwood.',
  sessionDaysCount: 'sessiondays: indique los días de las sesiones 2 y 3, p. ej. 10,21; se ignora.',
  sessionDaysGap: (lo, hi, d2, d3) => `sessiondays: entre sesiones hay de ${lo} a ${hi} días; se usan los días ${n(d2)} y ${n(d3)}.`,
  unknown: (shown, count, more) =>
    `${plural('es', count, 'Parámetro desconocido', 'Parámetros desconocidos')} ${shown}${more ? ' y otros' : ''}: ${plural('es', count, 'se ignora', 'se ignoran')}.`,
};
