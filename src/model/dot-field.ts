/**
 * TypeScript twin of the shader's per-pixel dot evaluation (shaders/dot-opacity.glsl and the loop
 * in shaders/smp.glsl). Tests use it to check the shader's maths against the model (a dot's centre
 * is exactly dotColorHex) and to measure what the shader will draw, dot by dot.
 */
import type { Rgb } from './colour.ts';
import type { DotOptics } from './optics.ts';
import type { ShadowKernel } from './light/shadow.ts';
import { susceptibilityFactor, susceptibilitySpread } from './degradation.ts';
import type { DotRecord } from './layout.ts';
import { SHADER_FLOATS } from './shader-constants.ts';

/**
 * Ein(τ) = ∫₀^τ (1 − e^(−t))/t dt: a Gaussian pool's opacity area over 2πσ². One logarithm of a
 * rational function (SHADER_FLOATS.EIN_*: within 0.09 % of γ + ln τ + E₁(τ) at every τ), so the
 * shader pays one `log` a channel for it (shaders/dot-opacity.glsl has the same function).
 */
export function ein(tau: number): number {
  const t = Math.max(0, tau);
  const { EIN_B, EIN_C, EIN_D, EIN_D_EGAMMA } = SHADER_FLOATS;
  return Math.log(1 + (t * (1 + t * (EIN_C + t * EIN_D_EGAMMA))) / (1 + t * (EIN_B + t * EIN_D)));
}

/**
 * Ein(τ)/(1 − e^(−τ)): how much wider (in σ²) a Gaussian pool's opacity 1 − e^(−τ g) is than its
 * ink, taken as a Gaussian of the same peak and the same integral.
 */
export function opacityWidening(tau: number): number {
  const t = Math.max(0, tau);
  return t < 1e-6 ? 1 : ein(t) / (1 - Math.exp(-t));
}

/**
 * The window a pixel sees near dots through (1/W², mm⁻²; 0: none). Where the dots' near shadows
 * (mean σ² `meanSigma2Mm2`, ink and core: nearShadowMoments) are wider than WINDOW_REACH_CELLS
 * dot spacings (`spacingMm`, 1/√density) over REACH_SIGMAS, as in layouts far denser than the
 * design's, each shadow is multiplied by exp(−r²/2W²), which narrows the mean one to that, and
 * what the window takes goes to a field (nearWindowRemainderMm2): the mean is kept, some of the
 * dots' texture (faint at such overlap) is not, and a pixel looks at a few dots whatever the
 * density. At the design's 150/cm² no healed or spread dot is narrowed. The shader computes it
 * per pixel.
 */
export function nearWindowInvSigma2(meanSigma2Mm2: number, spacingMm: number): number {
  const reach = (SHADER_FLOATS.WINDOW_REACH_CELLS * spacingMm) / SHADER_FLOATS.REACH_SIGMAS;
  return meanSigma2Mm2 > 0 ? Math.max(0, 1 / (reach * reach) - 1 / meanSigma2Mm2) : 0;
}

/**
 * Ein of every channel from green's (one logarithm): Ein grows by 1 − e^(−τ) per unit of ln τ,
 * so a channel with k = τc/τg takes green's plus (1 − e^(−τg))·ln k + ½τg·e^(−τg)·(ln k)², ln k
 * as 2(k − 1)/(k + 1). Carbon's channels are within 16 % of green's: within 0.05 % of ein.
 */
export function einFromGreen(tau: Rgb): Rgb {
  const tg = Math.max(0, tau[1]);
  const eg = ein(tg);
  if (tg <= 1e-9) return [0, eg, 0];
  const peak = 1 - Math.exp(-tg);
  return [0, 1, 2].map((c) => {
    if (c === 1) return eg;
    const k = Math.max(0, tau[c]!) / tg;
    const l = (2 * (k - 1)) / (k + 1);
    return Math.max(0, eg + peak * l + 0.5 * tg * (1 - peak) * l * l);
  }) as unknown as Rgb;
}

/** How far (mm) a pixel looks for dots: REACH_SIGMAS of the widest near shadow, windowed, and the pixel. */
export function nearReachMm(maxReach2Mm2: number, invW2: number, pixel2: number): number {
  return SHADER_FLOATS.REACH_SIGMAS * Math.sqrt(maxReach2Mm2 / (1 + maxReach2Mm2 * invW2) + pixel2);
}

/**
 * The near shadow of one Gaussian pool seen through a pixel: its opacity (peak 1 − e^(−τ), σo² =
 * σ²·opacityWidening(τ)) blurred by the kernel's core (σc²) and by the pixel (pixel2), times the
 * core's share. Blur conserves the integral, gain·2π·σ²·Ein(τ), so reflectance is conserved at any
 * zoom: no moiré, no popping. Every channel keeps its own integral in one shape, green's (red's
 * opacity is a few per cent narrower than green's, under a core blur of ~0.2 mm: one exp, not
 * three). `invW2`: the near window (nearWindowInvSigma2), applied before the pixel's blur. With
 * INK_ONLY it is the ink's own opacity at the centre.
 */
export function poolShadow(tau: Rgb, sigma2: number, k: ShadowKernel, r2: number, pixel2: number, invW2 = 0, shape: PoolShape = 'green'): Rgb {
  const e = shape === 'green' ? einFromGreen(tau) : tau.map(ein);
  const width = (c: number) => {
    const peak = 1 - Math.exp(-tau[c]!);
    return Math.max((peak > 1e-9 ? (sigma2 * e[c]!) / peak : sigma2) + k.coreSigma2Mm2[c]!, 1e-9);
  };
  const green = width(1);
  return [0, 1, 2].map((c) => {
    const s2 = shape === 'green' ? green : width(c);
    const s2w = s2 / (1 + s2 * invW2);
    const sp = s2w + pixel2;
    return Math.min(1, k.core[c]! * e[c]! * (sigma2 / s2) * (s2w / sp) * Math.exp((-0.5 * r2) / sp));
  }) as unknown as Rgb;
}

/**
 * A pool's shadow in one shape for all channels (green's: under the skin's core blur of ~0.2 mm
 * the channels' widths differ by ~1 %) or each channel in its own (the fresh wound's ink, near the
 * surface and barely blurred: there red's narrower opacity shows).
 */
export type PoolShape = 'green' | 'own';

/**
 * A dot's spread-out old ink and the newest deposit over it, drawn as one Gaussian holding both
 * inks (σ̄² weighted by green's ink; each channel's ink, τ·σ², kept): where the two overlap the
 * opacity saturates, and one pool hides what they hide together (its footprint 2πσ̄²·Ein(τ̄) is
 * less than the sum of each alone). Old and new ink differ in width by the old ink's migration,
 * which the skin's core blur (σ ~0.2 mm) mostly hides; the shader draws one pool per dot.
 * shaders/dot-opacity.glsl has the same function.
 */
export function mergedPool(tau1: Rgb, sigma2a: number, tau2: Rgb, sigma2b: number): [tau: Rgb, sigma2Mm2: number] {
  const m1 = tau1[1] * sigma2a,
    m2 = tau2[1] * sigma2b;
  if (m1 + m2 <= 1e-12) return [tau1, sigma2a];
  const sbar = (m1 * sigma2a + m2 * sigma2b) / (m1 + m2);
  return [[0, 1, 2].map((c) => (tau1[c]! * sigma2a + tau2[c]! * sigma2b) / sbar) as unknown as Rgb, sbar];
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
export type DotPool = readonly [tau: Rgb, sigma2Mm2: number, shadow: ShadowKernel, shape: PoolShape];

/**
 * The pools of one dot with its own size, dose and susceptibility, as the shader's loop builds
 * them: retained (its peak divided by σ²/σ_heal², so its ink is conserved while it spreads), the
 * newest deposit of a history, and the transient pool. (The blow-out halo has no near shadow:
 * dotShadows draws all of it as a field.)
 */
export function dotPools(o: DotOptics, d: DotShape, oil: number): DotPool[] {
  const sh2 = o.healedSigmaMm ** 2 * d.sizeFactor ** 2;
  const s2 = dotRetainedSigma2(o, d, oil);
  const scaleTau = (tau: Rgb, f: number): Rgb => [tau[0] * f, tau[1] * f, tau[2] * f];
  const retained = scaleTau(o.retainedTauAtHealed, d.doseFactor * (sh2 / s2));
  const pools: DotPool[] = [];
  if (o.recentTauAtHealed[1] > 1e-5) {
    const r2n = sh2 + o.recentMigrationSigma2Mm2 * susceptibilityFactor(d.susceptibilityZ, oil) + o.recentOffsetSigma2Mm2;
    const [tau, sigma2] = mergedPool(retained, s2, scaleTau(o.recentTauAtHealed, d.doseFactor * (sh2 / r2n)), r2n);
    pools.push([tau, sigma2, o.shadows.retained, 'green']);
  } else pools.push([retained, s2, o.shadows.retained, 'green']);
  if (o.transientTau[1] > 1e-4) pools.push([scaleTau(o.transientTau, d.doseFactor), o.transientSigmaMm ** 2 * d.sizeFactor ** 2, o.shadows.transient, 'own']);
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
/**
 * `widenMax`: the largest opacityWidening of any dot's retained ink now (PlanNearField.widenMax):
 * beyond REACH_SIGMAS of the widest shadow its σ² allows, a dot's retained pool is skipped, as the
 * shader skips it before its dearer maths.
 */
export function dotTransmittance(o: DotOptics, d: DotShape, oil: number, r2: number, pixel2 = 0, invW2 = 0, widenMax = Infinity): Rgb {
  const t: [number, number, number] = [1, 1, 1];
  for (const [i, [tau, s, sk, shape]] of dotPools(o, d, oil).entries()) {
    // The retained pool (the first) beyond REACH_SIGMAS of its widest possible shadow, as the shader skips it.
    const bound = s * widenMax + sk.coreSigma2Mm2[1];
    if (i === 0 && r2 > SHADER_FLOATS.REACH_SIGMAS ** 2 * (bound / (1 + bound * invW2) + pixel2)) continue;
    const op = poolShadow(tau, s, sk, r2, pixel2, invW2, shape);
    for (let k = 0; k < 3; k++) t[k] = t[k]! * (1 - op[k]!);
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
  const area = (tau0: Rgb, sigma2: number, k: ShadowKernel): Rgb => {
    const a = poolOpacityAreaMm2(tau0.map((t) => t * doseScale) as unknown as Rgb, sigma2);
    return a.map((v, c) => v * ((part === 'all' ? k.core[c]! : 0) + k.wide[c]!)) as unknown as Rgb;
  };
  const s2 = o.healedSigmaMm ** 2 + o.migrationSigma2Mm2 + o.offsetSigma2Mm2;
  const s2n = o.healedSigmaMm ** 2 + o.recentMigrationSigma2Mm2 + o.recentOffsetSigma2Mm2;
  const tauR = o.retainedTauAtHealed.map((t) => (t * o.healedSigmaMm ** 2) / s2) as unknown as Rgb;
  const tauRn = o.recentTauAtHealed.map((t) => (t * o.healedSigmaMm ** 2) / s2n) as unknown as Rgb;
  // The old ink and the newest deposit as the shader draws them: one pool (mergedPool).
  const [tau, sigma2] = o.recentTauAtHealed[1] > 1e-5 ? mergedPool(tauR, s2, tauRn, s2n) : ([tauR, s2] as const);
  const ret = area(tau, sigma2, o.shadows.retained);
  const tr = area(o.transientTau, o.transientSigmaMm ** 2, o.shadows.transient);
  const halo = area(o.haloTau, o.haloSigmaMm ** 2, o.shadows.halo);
  return [0, 1, 2].map((k) => ret[k]! + tr[k]! + halo[k]!) as unknown as Rgb;
}

/**
 * Where a dot's near shadows lie (the cores of its pools, green): their area (mm², the share of a
 * dot's darkening drawn per dot) and their σ² (ink opacity and the skin's core blur) weighted by
 * it, over the dots' spread of migration susceptibility (Gauss–Hermite, 5 points). The near
 * window's field (nearWindowRemainderMm2) takes one σ² for all dots: this mean.
 */
export function nearShadowMoments(o: DotOptics, oil: number, doseScale = 1): { areaMm2: number; sigma2Mm2: number } {
  let area = 0,
    weighted = 0;
  const nodes: ReadonlyArray<readonly [number, number]> = [
    [-2.857, 0.0113],
    [-1.3556, 0.2221],
    [0, 0.5333],
    [1.3556, 0.2221],
    [2.857, 0.0113],
  ];
  for (const [z, w] of nodes) {
    for (const [tau, sigma2, k] of dotPools(o, { sizeFactor: 1, doseFactor: doseScale, susceptibilityZ: z }, oil)) {
      const e = ein(tau[1]),
        peak = 1 - Math.exp(-tau[1]);
      if (peak <= 1e-9 || k.core[1] <= 0) continue;
      const a = w * k.core[1] * 2 * Math.PI * sigma2 * e;
      area += a;
      weighted += a * ((sigma2 * e) / peak + k.coreSigma2Mm2[1]);
    }
  }
  return { areaMm2: area, sigma2Mm2: area > 0 ? weighted / area : 0 };
}

/**
 * What the near window (nearWindowInvSigma2) takes from the dots one by one, per layout cell (mm²,
 * per channel): a pool's near shadow keeps W²/(σ² + W²) of its area through the window, so
 * `coreAreaMm2` × σ̄²/(σ̄² + W²) with the dots' mean σ̄² goes to the field instead.
 */
export function nearWindowRemainderMm2(coreAreaMm2: Rgb, sigma2Mm2: number, invW2: number): Rgb {
  const x = sigma2Mm2 * invW2;
  return coreAreaMm2.map((a) => (a * x) / (1 + x)) as unknown as Rgb;
}

const hasCore = (k: ShadowKernel): boolean => k.core[0] + k.core[1] + k.core[2] > 0;

/**
 * Largest σ² (ink and the skin's core blur) any pool with a near shadow of any dot can have now (3
 * standard deviations of susceptibility); 0 when no pool has one (ink so deep its shadow is all
 * wide: the shader then looks for no dot one by one).
 */
export function maxPoolSigma2(o: DotOptics, oil: number): number {
  const spread = susceptibilitySpread(oil);
  const worstSusc = Math.exp(3 * spread - 0.5 * spread * spread);
  const ret = hasCore(o.shadows.retained)
    ? o.healedSigmaMm ** 2 * 1.15 ** 2 +
      Math.max(o.migrationSigma2Mm2 * worstSusc + o.offsetSigma2Mm2, o.recentMigrationSigma2Mm2 * worstSusc + o.recentOffsetSigma2Mm2)
    : 0;
  const tr = o.transientTau[1] > 1e-4 && hasCore(o.shadows.transient) ? o.transientSigmaMm ** 2 * 1.15 ** 2 : 0;
  if (ret + tr === 0) return 0;
  // The opacity profile is wider than the ink's (opacityWidening of the densest dot), and the
  // skin above blurs it by the kernel's core.
  const tauMax = 1.15 * Math.max(o.transientTau[2], o.retainedTauAtHealed[2] + o.recentTauAtHealed[2]);
  const core = Math.max(...o.shadows.retained.coreSigma2Mm2, ...o.shadows.transient.coreSigma2Mm2);
  return opacityWidening(tauMax) * Math.max(ret, tr) + core;
}

export type { DotRecord };
