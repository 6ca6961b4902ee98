/**
 * TypeScript twin of the shader's per-pixel dot evaluation (shaders/dot-opacity.glsl and the loop
 * in scalp.frag.glsl). Tests use it to check the shader's maths against the model (a dot's centre
 * is exactly dotColorHex) and to measure what the shader will draw, dot by dot.
 */
import type { Rgb } from './colour.ts';
import type { DotOptics } from './optics.ts';
import { susceptibilityFactor, susceptibilitySpread } from './degradation.ts';
import type { DotRecord } from './layout.ts';

/** Opacity of one Gaussian pool seen through a pixel of footprint variance pixel2 (mm²). */
export function poolOpacity(tau: Rgb, sigma2: number, spread2: Rgb, r2: number, pixel2: number): Rgb {
  const out: [number, number, number] = [0, 0, 0];
  for (let k = 0; k < 3; k++) {
    const t = tau[k]!;
    const peak = 1 - Math.exp(-t);
    const so2 = sigma2 * (1 + t * (0.27 - 0.005 * t)) + spread2[k]!;
    const s2 = so2 + pixel2;
    out[k] = peak * (so2 / s2) * Math.exp((-0.5 * r2) / s2);
  }
  return out;
}

export interface DotShape {
  sizeFactor: number;
  doseFactor: number;
  susceptibilityZ: number;
}

export const AVERAGE_DOT: DotShape = { sizeFactor: 1, doseFactor: 1, susceptibilityZ: 0 };

/** σ² of a dot's retained pigment, with its own size and susceptibility. */
export function dotRetainedSigma2(o: DotOptics, d: DotShape, oil: number): number {
  const sh2 = o.healedSigmaMm ** 2 * d.sizeFactor ** 2;
  return sh2 + o.migrationSigma2Mm2 * susceptibilityFactor(d.susceptibilityZ, oil) + o.offsetSigma2Mm2;
}

/** One Gaussian pool of a dot: peak optical depth per channel, σ² of its ink (mm²), optical spread². */
export type DotPool = readonly [tau: Rgb, sigma2Mm2: number, spread2: Rgb];

/**
 * The pools of one dot with its own size, dose and susceptibility, as the shader's loop builds
 * them: retained (its peak divided by σ²/σ_heal², so its ink is conserved while it spreads), the
 * newest deposit of a history, the transient pool and the blow-out halo.
 */
export function dotPools(o: DotOptics, d: DotShape, oil: number): DotPool[] {
  const sh2 = o.healedSigmaMm ** 2 * d.sizeFactor ** 2;
  const s2 = dotRetainedSigma2(o, d, oil);
  const scaleTau = (tau: Rgb, f: number): Rgb => [tau[0] * f, tau[1] * f, tau[2] * f];
  const pools: DotPool[] = [[scaleTau(o.retainedTauAtHealed, d.doseFactor * (sh2 / s2)), s2, o.retainedSpread2]];
  if (o.recentTauAtHealed[1] > 1e-5) {
    const r2n = sh2 + o.recentMigrationSigma2Mm2 * susceptibilityFactor(d.susceptibilityZ, oil) + o.recentOffsetSigma2Mm2;
    pools.push([scaleTau(o.recentTauAtHealed, d.doseFactor * (sh2 / r2n)), r2n, o.retainedSpread2]);
  }
  if (o.transientTau[1] > 1e-4) pools.push([scaleTau(o.transientTau, d.doseFactor), o.transientSigmaMm ** 2 * d.sizeFactor ** 2, o.transientSpread2]);
  if (o.haloTau[1] > 1e-4) pools.push([scaleTau(o.haloTau, d.doseFactor), o.haloSigmaMm ** 2, o.haloSpread2]);
  return pools;
}

/** Optical depth of a dot's ink (per channel) at squared distance r2 (mm²) from its centre. */
export function dotOpticalDepth(o: DotOptics, d: DotShape, oil: number, r2: number): Rgb {
  const t: [number, number, number] = [0, 0, 0];
  for (const [tau, s2] of dotPools(o, d, oil)) for (let k = 0; k < 3; k++) t[k] = t[k]! + tau[k]! * Math.exp((-0.5 * r2) / s2);
  return t;
}

/** Transmittance (per channel) of one dot at squared distance r2 (mm²) from its centre. */
export function dotTransmittance(o: DotOptics, d: DotShape, oil: number, r2: number, pixel2 = 0): Rgb {
  const t: [number, number, number] = [1, 1, 1];
  for (const [tau, s, spread] of dotPools(o, d, oil)) {
    const op = poolOpacity(tau, s, spread, r2, pixel2);
    for (let k = 0; k < 3; k++) t[k] = t[k]! * (1 - op[k]!);
  }
  return t;
}

/**
 * Opacity-weighted area of an average dot (mm², per channel): what one dot removes from the
 * skin's reflectance when it is far smaller than a pixel. The far field of the shader uses it.
 * `doseScale` is the strength of the dot's pigment shade.
 */
export function averageDotOpacityAreaMm2(o: DotOptics, doseScale = 1): Rgb {
  const area = (tau0: Rgb, sigma2: number, spread2: Rgb): Rgb =>
    tau0.map((t0) => t0 * doseScale).map((t, k) => 2 * Math.PI * (sigma2 * (1 + t * (0.27 - 0.005 * t)) + spread2[k]!) * (1 - Math.exp(-t))) as unknown as Rgb;
  const s2 = o.healedSigmaMm ** 2 + o.migrationSigma2Mm2 + o.offsetSigma2Mm2;
  const ret = area(o.retainedTauAtHealed.map((t) => (t * o.healedSigmaMm ** 2) / s2) as unknown as Rgb, s2, o.retainedSpread2);
  const s2n = o.healedSigmaMm ** 2 + o.recentMigrationSigma2Mm2 + o.recentOffsetSigma2Mm2;
  const recent = area(o.recentTauAtHealed.map((t) => (t * o.healedSigmaMm ** 2) / s2n) as unknown as Rgb, s2n, o.retainedSpread2);
  const tr = area(o.transientTau, o.transientSigmaMm ** 2, o.transientSpread2);
  const halo = area(o.haloTau, o.haloSigmaMm ** 2, o.haloSpread2);
  return [0, 1, 2].map((k) => ret[k]! + recent[k]! + tr[k]! + halo[k]!) as unknown as Rgb;
}

/**
 * Opacity area (mm², per channel) that one dot puts beyond a distance `radiusMm` from its centre,
 * averaged over the dots' spread of migration susceptibility (an 11-point rule over z). When
 * pigment has spread wider than the dots' spacing, the shader draws the dots within that distance
 * of a pixel one by one and the rest, which overlap into a smooth haze, as a field (density ×
 * this area): the search stays a few cells wide however far the pigment has gone.
 */
export function dotTailAreaMm2(o: DotOptics, oil: number, radiusMm: number, doseScale = 1): Rgb {
  const out: [number, number, number] = [0, 0, 0];
  const add = (tau0: Rgb, sigma2: number, spread2: Rgb, w: number): void => {
    for (let k = 0; k < 3; k++) {
      const t = tau0[k]! * doseScale;
      if (t <= 0) continue;
      const so2 = sigma2 * (1 + t * (0.27 - 0.005 * t)) + spread2[k]!;
      out[k] = out[k]! + w * 2 * Math.PI * so2 * (1 - Math.exp(-t)) * Math.exp((-0.5 * radiusMm * radiusMm) / so2);
    }
  };
  const sh2 = o.healedSigmaMm ** 2;
  let total = 0;
  const nodes: Array<[number, number]> = [];
  for (let i = -5; i <= 5; i++) {
    const z = i * 0.7;
    const w = Math.exp(-0.5 * z * z);
    nodes.push([z, w]);
    total += w;
  }
  for (const [z, w0] of nodes) {
    const w = w0 / total;
    const susc = susceptibilityFactor(z, oil);
    const s2 = sh2 + o.migrationSigma2Mm2 * susc + o.offsetSigma2Mm2;
    add(o.retainedTauAtHealed.map((t) => (t * sh2) / s2) as unknown as Rgb, s2, o.retainedSpread2, w);
    if (o.recentTauAtHealed[1] > 1e-5) {
      const s2n = sh2 + o.recentMigrationSigma2Mm2 * susc + o.recentOffsetSigma2Mm2;
      add(o.recentTauAtHealed.map((t) => (t * sh2) / s2n) as unknown as Rgb, s2n, o.retainedSpread2, w);
    }
  }
  if (o.transientTau[1] > 1e-4) add(o.transientTau, o.transientSigmaMm ** 2, o.transientSpread2, 1);
  if (o.haloTau[1] > 1e-4) add(o.haloTau, o.haloSigmaMm ** 2, o.haloSpread2, 1);
  return out;
}

/** Largest σ² any pool of any dot can have now (3 standard deviations of susceptibility). */
export function maxPoolSigma2(o: DotOptics, oil: number): number {
  const spread = susceptibilitySpread(oil);
  const worstSusc = Math.exp(3 * spread - 0.5 * spread * spread);
  const ret = o.healedSigmaMm ** 2 * 1.15 ** 2
    + Math.max(o.migrationSigma2Mm2 * worstSusc + o.offsetSigma2Mm2, o.recentMigrationSigma2Mm2 * worstSusc + o.recentOffsetSigma2Mm2);
  const tr = o.transientTau[1] > 1e-4 ? o.transientSigmaMm ** 2 * 1.15 ** 2 : 0;
  const halo = o.haloTau[1] > 1e-4 ? o.haloSigmaMm ** 2 : 0;
  // The opacity profile is wider than the density profile (σo² ≤ 1.6 σ² for τ ≤ 3), plus the
  // shadow's optical spread.
  const optical = Math.max(...o.retainedSpread2, ...(halo > 0 ? o.haloSpread2 : [0]));
  return 1.6 * Math.max(ret, tr, halo) + optical;
}

export type { DotRecord };
