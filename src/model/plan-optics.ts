/**
 * The plan's optics at a moment: each session class's deposits (src/model/timeline.ts) folded into
 * one DotOptics, so the shader evaluates one Gaussian per pool per dot whatever the history.
 */
import type { Conditions } from './conditions.ts';
import { FWHM_PER_SIGMA, HEALED_REFERENCE_DAYS, healedSigmaMm } from './degradation.ts';
import { type DotOptics, dotOptics } from './optics.ts';
import type { Rgb } from './colour.ts';
import { type LaserCourse, laserFactor } from './laser.ts';
import { type Deposit, type TreatmentPlan, TOUCH_UP_OFFSET_MM, planClasses, planErythema } from './timeline.ts';

/**
 * The deposits of one class folded into one dot. Optical depths add up (each deposit aged and
 * drifted on its own clock). The retained pigment is drawn as two Gaussians: the newest deposit
 * (when there is more than one) and everything before it, each moment-matched: the load-weighted
 * mean of its deposits' σ² plus the scatter of their centres (touch-ups land off centre, and the
 * offsets add up like a random walk). Two, because a fresh touch-up is a sharp dot over the old
 * pigment's wide haze, and one averaged Gaussian would blur it. Its fields mean what dotOptics'
 * fields mean, so the shader and dot-field.ts use it unchanged.
 */
export function classOptics(c: Partial<Conditions>, deposits: readonly Deposit[], tDays: number, laser: LaserCourse | null = null): DotOptics {
  const base = dotOptics(c, HEALED_REFERENCE_DAYS);
  const tauT: [number, number, number] = [0, 0, 0];
  const tauH: [number, number, number] = [0, 0, 0];
  const live: Array<{ tau: Rgb; w: number; mig: number; steps: number }> = [];
  for (const d of deposits) {
    if (tDays < d.day) continue;
    const o = dotOptics(c, tDays - d.day);
    const lf = laserFactor(laser, d.day, tDays);
    for (let k = 0; k < 3; k++) {
      tauT[k] = tauT[k]! + d.dose * o.transientTau[k]!;
      tauH[k] = tauH[k]! + d.dose * lf * o.haloTau[k]!;
    }
    const tau = o.retainedTauAtHealed.map((t) => d.dose * lf * t) as unknown as Rgb;
    live.push({ tau, w: tau[1], mig: o.migrationSigma2Mm2, steps: d.offsetSteps });
  }
  const old = live.length > 1 ? live.slice(0, -1) : live;
  const recent = live.length > 1 ? live.slice(-1) : [];
  const a = foldGroup(old),
    b = foldGroup(recent);
  return {
    ...base,
    transientTau: tauT,
    retainedTauAtHealed: a.tau,
    migrationSigma2Mm2: a.mig,
    offsetSigma2Mm2: a.offset,
    recentTauAtHealed: b.tau,
    recentMigrationSigma2Mm2: b.mig,
    recentOffsetSigma2Mm2: b.offset,
    haloTau: tauH,
    skinTint: [1, 1, 1],
  };
}

/**
 * One Gaussian for a group of deposits about the dot's original centre: summed optical depth,
 * load-weighted migration, and the expected second moment of the centres. Deposit k's centre has
 * walked k touch-up steps (variance k·v per axis), so E[Σ w δ²] − E[(Σ w δ)²] = v (Σ wᵢ kᵢ − Σᵢⱼ wᵢ wⱼ min(kᵢ, kⱼ))
 * within the group, plus the group's own mean offset (Σ w k v minus that) seen from the dot's centre:
 * together v Σ wᵢ kᵢ.
 */
function foldGroup(group: ReadonlyArray<{ tau: Rgb; w: number; mig: number; steps: number }>): { tau: Rgb; mig: number; offset: number } {
  const tau: [number, number, number] = [0, 0, 0];
  const total = group.reduce((s, x) => s + x.w, 0);
  let mig = 0,
    steps = 0;
  for (const g of group) {
    for (let k = 0; k < 3; k++) tau[k] = tau[k]! + g.tau[k]!;
    if (total > 0) {
      mig += (g.w / total) * g.mig;
      steps += (g.w / total) * g.steps;
    }
  }
  return { tau, mig, offset: TOUCH_UP_OFFSET_MM ** 2 * steps };
}

/** Everything the renderer needs for a moment: per-class optics, class shares and the skin's redness. */
export interface PlanOptics {
  classes: DotOptics[];
  shares: [number, number, number, number];
  skinTint: Rgb;
}

export function planOptics(c: Partial<Conditions>, plan: TreatmentPlan, tDays: number, classes = planClasses(c, plan)): PlanOptics {
  const E = planErythema(plan, tDays);
  return {
    classes: classes.map((cls) => classOptics(c, cls.deposits, tDays, plan.laser)),
    shares: classes.map((cls) => cls.share) as [number, number, number, number],
    skinTint: [1, 1 - 0.12 * E, 1 - 0.1 * E],
  };
}

/**
 * Apparent width (FWHM, mm) of the average dot with this history: the load-weighted mean of the
 * classes' moment-matched widths.
 */
export function planDotFwhmMm(c: Partial<Conditions>, plan: TreatmentPlan, tDays: number, classes = planClasses(c, plan)): number {
  const sh2 = healedSigmaMm(c) ** 2;
  let w = 0,
    s2 = 0;
  for (const cls of classes) {
    if (cls.share === 0) continue;
    const o = classOptics(c, cls.deposits, tDays, plan.laser);
    const a = cls.share * o.retainedTauAtHealed[1],
      b = cls.share * o.recentTauAtHealed[1];
    w += a + b;
    s2 += a * (sh2 + o.migrationSigma2Mm2 + o.offsetSigma2Mm2) + b * (sh2 + o.recentMigrationSigma2Mm2 + o.recentOffsetSigma2Mm2);
  }
  return w > 0 ? Math.sqrt(s2 / w) * FWHM_PER_SIGMA : 0;
}
