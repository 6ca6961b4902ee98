/**
 * TypeScript twin of the shader's per-pixel dot evaluation (shaders/dot-opacity.glsl and the loop
 * in scalp.frag.glsl). Tests use it to check the shader's maths against the model (a dot's centre
 * is exactly dotColorHex) and to measure what the shader will draw, dot by dot.
 */
import type { Rgb } from './colour.ts';
import type { DotOptics } from './optics.ts';
import type { ShadowKernel } from './light/shadow.ts';
import { susceptibilityFactor, susceptibilitySpread } from './degradation.ts';
import type { DotRecord } from './layout.ts';

/**
 * Ein(τ)/(1 − e^(−τ)), Ein(τ) = ∫₀^τ (1 − e^(−t))/t dt: how much wider (in σ²) a Gaussian pool's
 * opacity 1 − e^(−τ g) is than its ink, taken as a Gaussian of the same peak and the same integral.
 * Below τ = 1 the series; above, γ + ln τ + E₁(τ) with Abramowitz and Stegun's 5.1.56 for E₁
 * (error < 5·10⁻⁵). The shader has the same function (shaders/dot-opacity.glsl).
 */
export function opacityWidening(tau: number): number {
  const t = Math.max(0, tau);
  if (t < 1e-6) return 1;
  const ein = t < 1
    ? t * (0.99999193 + t * (-0.24991055 + t * (0.05519968 + t * (-0.00976004 + t * 0.00107857))))
    : 0.5772156649 + Math.log(t) + (Math.exp(-t) / t) * ((t * t + 2.334733 * t + 0.250621) / (t * t + 3.330657 * t + 1.681534));
  return ein / (1 - Math.exp(-t));
}

/**
 * The near shadow of one Gaussian pool seen through a pixel: its opacity (peak 1 − e^(−τ), σo² =
 * σ²·opacityWidening(τ)) blurred by the kernel's core (σc²) and by the pixel (pixel2), times the
 * core's share. Blur conserves the integral, gain·2π·σo²·peak, so reflectance is conserved at any
 * zoom: no moiré, no popping. With INK_ONLY it is the ink's own opacity at the centre.
 */
export function poolShadow(tau: Rgb, sigma2: number, k: ShadowKernel, r2: number, pixel2: number): Rgb {
  const out: [number, number, number] = [0, 0, 0];
  for (let c = 0; c < 3; c++) {
    const t = tau[c]!;
    const peak = 1 - Math.exp(-t);
    const so2 = sigma2 * opacityWidening(t);
    const s2 = so2 + k.coreSigma2Mm2[c]! + pixel2;
    out[c] = Math.min(1, k.core[c]! * peak * (so2 / s2) * Math.exp((-0.5 * r2) / s2));
  }
  return out;
}

/** Ein(τ) = ∫₀^τ (1 − e^(−t))/t dt: a Gaussian pool's opacity area over 2πσ². */
export const ein = (tau: number): number => opacityWidening(tau) * (1 - Math.exp(-Math.max(0, tau)));

/**
 * Two pools of one dot (the spread-out old ink and the newest deposit over it) overlap: together
 * they hide less than the sum of what each hides alone (opacity saturates). Per channel, the factor
 * that brings each pool's opacity down to their joint footprint, taken as one Gaussian holding both
 * inks (σ² weighted by ink): 2πσ̄²·Ein(τ̄) / Σ 2πσᵢ²·Ein(τᵢ). 1 when either pool is empty.
 * shaders/dot-opacity.glsl has the same function.
 */
export function jointFactor(tau1: Rgb, sigma2a: number, tau2: Rgb, sigma2b: number): Rgb {
  return [0, 1, 2].map((k) => {
    const m1 = tau1[k]! * sigma2a, m2 = tau2[k]! * sigma2b;
    if (m1 <= 1e-12 || m2 <= 1e-12) return 1;
    const sbar = (m1 * sigma2a + m2 * sigma2b) / (m1 + m2);
    return (sbar * ein((m1 + m2) / sbar)) / (sigma2a * ein(tau1[k]!) + sigma2b * ein(tau2[k]!));
  }) as unknown as Rgb;
}

/** Opacity area 2π·σo²·(1 − e^(−τ)) of a Gaussian pool (mm², per channel): the ink's opaque footprint. */
export function poolOpacityAreaMm2(tau: Rgb, sigma2: number): Rgb {
  return tau.map((t) => 2 * Math.PI * sigma2 * opacityWidening(t) * (1 - Math.exp(-t))) as unknown as Rgb;
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

/** One Gaussian pool of a dot: peak optical depth per channel, σ² of its ink (mm²), how it is seen, and its share of the dot's joint opacity (jointFactor). */
export type DotPool = readonly [tau: Rgb, sigma2Mm2: number, shadow: ShadowKernel, joint: Rgb];

/**
 * The pools of one dot with its own size, dose and susceptibility, as the shader's loop builds
 * them: retained (its peak divided by σ²/σ_heal², so its ink is conserved while it spreads), the
 * newest deposit of a history, the transient pool and the blow-out halo.
 */
export function dotPools(o: DotOptics, d: DotShape, oil: number): DotPool[] {
  const sh2 = o.healedSigmaMm ** 2 * d.sizeFactor ** 2;
  const s2 = dotRetainedSigma2(o, d, oil);
  const scaleTau = (tau: Rgb, f: number): Rgb => [tau[0] * f, tau[1] * f, tau[2] * f];
  const one: Rgb = [1, 1, 1];
  const retained = scaleTau(o.retainedTauAtHealed, d.doseFactor * (sh2 / s2));
  const pools: DotPool[] = [];
  if (o.recentTauAtHealed[1] > 1e-5) {
    const r2n = sh2 + o.recentMigrationSigma2Mm2 * susceptibilityFactor(d.susceptibilityZ, oil) + o.recentOffsetSigma2Mm2;
    const recent = scaleTau(o.recentTauAtHealed, d.doseFactor * (sh2 / r2n));
    const f = jointFactor(retained, s2, recent, r2n);
    pools.push([retained, s2, o.shadows.retained, f], [recent, r2n, o.shadows.retained, f]);
  } else pools.push([retained, s2, o.shadows.retained, one]);
  if (o.transientTau[1] > 1e-4) pools.push([scaleTau(o.transientTau, d.doseFactor), o.transientSigmaMm ** 2 * d.sizeFactor ** 2, o.shadows.transient, one]);
  if (o.haloTau[1] > 1e-4) pools.push([scaleTau(o.haloTau, d.doseFactor), o.haloSigmaMm ** 2, o.shadows.halo, one]);
  return pools;
}

/** Optical depth of a dot's ink (per channel) at squared distance r2 (mm²) from its centre. */
export function dotOpticalDepth(o: DotOptics, d: DotShape, oil: number, r2: number): Rgb {
  const t: [number, number, number] = [0, 0, 0];
  for (const [tau, s2] of dotPools(o, d, oil)) for (let k = 0; k < 3; k++) t[k] = t[k]! + tau[k]! * Math.exp((-0.5 * r2) / s2);
  return t;
}

/**
 * Transmittance (per channel) of one dot's near shadow (the cores of its pools) at squared distance
 * r2 (mm²) from its centre. The wide part of every dot's shadow is drawn as a field (dotWideAreaMm2).
 */
export function dotTransmittance(o: DotOptics, d: DotShape, oil: number, r2: number, pixel2 = 0): Rgb {
  const t: [number, number, number] = [1, 1, 1];
  for (const [tau, s, sk, joint] of dotPools(o, d, oil)) {
    const op = poolShadow(tau, s, sk, r2, pixel2);
    for (let k = 0; k < 3; k++) t[k] = t[k]! * (1 - joint[k]! * op[k]!);
  }
  return t;
}

/**
 * What one average dot takes from the skin's reflectance (mm², per channel), when it is far smaller
 * than a pixel: each pool's opaque footprint times its kernel's core and wide shares (`part`:
 * both, or the wide part alone, which the shader always draws as a field). `doseScale` is the
 * strength of the dot's pigment shade.
 */
export function averageDotOpacityAreaMm2(o: DotOptics, doseScale = 1, part: 'all' | 'wide' = 'all'): Rgb {
  const area = (tau0: Rgb, sigma2: number, k: ShadowKernel, joint: Rgb = [1, 1, 1]): Rgb => {
    const a = poolOpacityAreaMm2(tau0.map((t) => t * doseScale) as unknown as Rgb, sigma2);
    return a.map((v, c) => joint[c]! * v * ((part === 'all' ? k.core[c]! : 0) + k.wide[c]!)) as unknown as Rgb;
  };
  const s2 = o.healedSigmaMm ** 2 + o.migrationSigma2Mm2 + o.offsetSigma2Mm2;
  const s2n = o.healedSigmaMm ** 2 + o.recentMigrationSigma2Mm2 + o.recentOffsetSigma2Mm2;
  const tauR = o.retainedTauAtHealed.map((t) => (t * o.healedSigmaMm ** 2) / s2) as unknown as Rgb;
  const tauRn = o.recentTauAtHealed.map((t) => (t * o.healedSigmaMm ** 2) / s2n) as unknown as Rgb;
  const dosed = (t: Rgb): Rgb => t.map((v) => v * doseScale) as unknown as Rgb;
  const joint = jointFactor(dosed(tauR), s2, dosed(tauRn), s2n);
  const ret = area(tauR, s2, o.shadows.retained, joint);
  const recent = area(tauRn, s2n, o.shadows.retained, joint);
  const tr = area(o.transientTau, o.transientSigmaMm ** 2, o.shadows.transient);
  const halo = area(o.haloTau, o.haloSigmaMm ** 2, o.shadows.halo);
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
  // The near (core) shadow beyond the radius: the wide part is a field everywhere already.
  const add = (tau0: Rgb, sigma2: number, sk: ShadowKernel, w: number, joint: Rgb = [1, 1, 1]): void => {
    for (let k = 0; k < 3; k++) {
      const t = tau0[k]! * doseScale;
      if (t <= 0) continue;
      const so2 = sigma2 * opacityWidening(t);
      out[k] = out[k]! + w * joint[k]! * sk.core[k]! * 2 * Math.PI * so2 * (1 - Math.exp(-t)) * Math.exp((-0.5 * radiusMm * radiusMm) / (so2 + sk.coreSigma2Mm2[k]!));
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
    const tauR = o.retainedTauAtHealed.map((t) => (t * sh2) / s2) as unknown as Rgb;
    if (o.recentTauAtHealed[1] > 1e-5) {
      const s2n = sh2 + o.recentMigrationSigma2Mm2 * susc + o.recentOffsetSigma2Mm2;
      const tauRn = o.recentTauAtHealed.map((t) => (t * sh2) / s2n) as unknown as Rgb;
      const dosed = (t: Rgb): Rgb => t.map((v) => v * doseScale) as unknown as Rgb;
      const joint = jointFactor(dosed(tauR), s2, dosed(tauRn), s2n);
      add(tauR, s2, o.shadows.retained, w, joint);
      add(tauRn, s2n, o.shadows.retained, w, joint);
    } else add(tauR, s2, o.shadows.retained, w);
  }
  if (o.transientTau[1] > 1e-4) add(o.transientTau, o.transientSigmaMm ** 2, o.shadows.transient, 1);
  if (o.haloTau[1] > 1e-4) add(o.haloTau, o.haloSigmaMm ** 2, o.shadows.halo, 1);
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
  // The opacity profile is wider than the ink's (opacityWidening of the densest dot), and the
  // skin above blurs it by the kernel's core.
  const tauMax = 1.15 * Math.max(o.transientTau[2], o.retainedTauAtHealed[2] + o.recentTauAtHealed[2], o.haloTau[2]);
  const core = Math.max(...o.shadows.retained.coreSigma2Mm2, ...o.shadows.transient.coreSigma2Mm2, ...(halo > 0 ? o.shadows.halo.coreSigma2Mm2 : [0]));
  return opacityWidening(tauMax) * Math.max(ret, tr, halo) + core;
}

export type { DotRecord };
