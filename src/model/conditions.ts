/** Treatment and lifestyle conditions that drive the degradation model (docs/model.md). */
export type PigmentGrade = 'premium' | 'standard' | 'low';
export type PigmentType = 'carbon' | 'iron_oxide' | 'blend';

export interface Conditions {
  /** Sun exposure slider, 0..1; 0.5 = occasional unprotected sun, 1 = daily. */
  sun: number;
  /** Skin oiliness slider, 0..1; 0.5 = normal skin. */
  oil: number;
  /** Aftercare quality, 0 = poor, 1 = strict. */
  aftercare: number;
  grade: PigmentGrade;
  pigment: PigmentType;
  /** Deposit depth below the skin surface. 0.15..0.6 is correct technique. */
  depthMm: number;
  /** Needle diameter. */
  needleMm: number;
  /** Needles in the grouping: 1RL or 3RL. */
  needles: 1 | 3;
  /**
   * The client's Monk skin tone (1–10): how much the epidermis's melanin dims the light that reaches
   * the ink and comes back (src/model/light/shadow.ts). It does not change how the ink fades.
   */
  monkTone: number;
}

export const defaultConditions: Readonly<Conditions> = Object.freeze({
  sun: 0.5,
  oil: 0.5,
  aftercare: 0.5,
  grade: 'standard',
  pigment: 'carbon',
  depthMm: 0.35,
  needleMm: 0.2,
  needles: 1,
  monkTone: 3,
});

export const PIGMENT_GRADES: readonly PigmentGrade[] = ['premium', 'standard', 'low'];
export const PIGMENT_TYPES: readonly PigmentType[] = ['carbon', 'iron_oxide', 'blend'];

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
const finiteOr = (x: unknown, fallback: number): number => (typeof x === 'number' && Number.isFinite(x) ? x : fallback);

/**
 * Fills missing fields with the defaults and brings numbers into their physical range, so every
 * model function is total: a NaN or an out-of-range slider never reaches the maths.
 */
export function resolveConditions(c: Partial<Conditions> = {}): Conditions {
  const d = defaultConditions;
  return {
    sun: clamp01(finiteOr(c.sun, d.sun)),
    oil: clamp01(finiteOr(c.oil, d.oil)),
    aftercare: clamp01(finiteOr(c.aftercare, d.aftercare)),
    grade: c.grade !== undefined && PIGMENT_GRADES.includes(c.grade) ? c.grade : d.grade,
    pigment: c.pigment !== undefined && PIGMENT_TYPES.includes(c.pigment) ? c.pigment : d.pigment,
    depthMm: Math.min(2, Math.max(0.05, finiteOr(c.depthMm, d.depthMm))),
    needleMm: Math.min(0.5, Math.max(0.1, finiteOr(c.needleMm, d.needleMm))),
    needles: c.needles === 3 ? 3 : 1,
    monkTone: Math.min(10, Math.max(1, finiteOr(c.monkTone, d.monkTone))),
  };
}

/** The scenario presets the checkpoints use (docs/model.md). */
export const presets = {
  typical: { sun: 0.5, oil: 0.5, aftercare: 0.5, grade: 'standard' },
  best: { sun: 0, oil: 0, aftercare: 1, grade: 'premium' },
  worst: { sun: 1, oil: 1, aftercare: 0, grade: 'low' },
} as const satisfies Record<string, Partial<Conditions>>;

/**
 * Needle (impression size) a practitioner picks for a skin tone: larger, more defined impressions
 * on darker skin, where contrast is low; finer on light skin. Within the 1RL range 0.18–0.30 mm used for SMP.
 */
export function needleForSkinTone(monkTone: number): number {
  const t = Math.min(10, Math.max(1, Math.round(Number.isFinite(monkTone) ? monkTone : 3)));
  return t <= 4 ? 0.2 : t <= 7 ? 0.25 : 0.3;
}
