/**
 * Protection and the range of outcomes: what sun reaches the pigment with SPF and a hat, and the
 * best and worst lifestyles around the client's own choices (the range band and views).
 */
import { type Conditions, presets, resolveConditions } from './conditions.ts';
import { type TreatmentPlan, healedPlanLoad, meanLoad, planClasses } from './timeline.ts';

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/**
 * Sun protection (the article: SPF 30+ on the scalp, hats outdoors). The sun slider is the exposure
 * a person has; protection lowers what reaches the pigment [cal]: sunscreen as people apply it
 * (about a quarter to a half of the tested 2 mg/cm², which gives a small fraction of the label SPF:
 * Faurschou and Wulf, Br J Dermatol 2007) halves it; a hat outdoors takes off another 40 %.
 */
export const SPF_SUN_FACTOR = 0.5;
export const HAT_SUN_FACTOR = 0.6;
export function effectiveSun(sun: number, spf: boolean, hat: boolean): number {
  return clamp(sun, 0, 1) * (spf ? SPF_SUN_FACTOR : 1) * (hat ? HAT_SUN_FACTOR : 1);
}

/** The range's ends (docs/model.md presets), with the client's pigment, depth and needle kept. */
export function rangeConditions(c: Partial<Conditions>): { best: Conditions; worst: Conditions } {
  const r = resolveConditions(c);
  return { best: { ...r, ...presets.best }, worst: { ...r, ...presets.worst } };
}

/**
 * Every corner of the lifestyle box the range spans: sun, oil and aftercare at 0 and 1, each
 * pigment grade. Best and worst are two of them; while a touch-up heals, the load relative to the
 * healed load is not ordered between those two alone (more transient ink reads darker for a few
 * weeks), so the band takes all of them.
 */
export function rangeCorners(c: Partial<Conditions>): Conditions[] {
  const r = resolveConditions(c);
  const out: Conditions[] = [];
  for (const sun of [0, 1])
    for (const oil of [0, 1])
      for (const aftercare of [0, 1]) for (const grade of ['premium', 'standard', 'low'] as const) out.push({ ...r, sun, oil, aftercare, grade });
  return out;
}

/**
 * The honest range on the plot: at each time, the lowest and highest relative load over the
 * range's corners (best and worst among them), with the same plan.
 */
export function rangeBand(c: Partial<Conditions>, plan: TreatmentPlan, days: readonly number[]): Array<[number, number]> {
  const corners = rangeCorners(c).map((cc) => ({ cc, classes: planClasses(cc, plan), healed: healedPlanLoad(cc, plan) }));
  return days.map((t) => {
    let lo = Infinity,
      hi = -Infinity;
    for (const { cc, classes, healed } of corners) {
      const v = meanLoad(cc, plan, t, classes) / healed;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return [lo, hi];
  });
}
