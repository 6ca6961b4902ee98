/**
 * Optics of one dot (degradation-model.md §3–§4): each pigment pool is a Gaussian of areal density
 * in the skin; light of channel k reaching depth z is attenuated by v_k(z) = exp(−z/δ_k), and the
 * skin's reflectance is multiplied by exp(−τ_k). This file turns pools into per-channel optical
 * depths at a dot's centre, the quantities the shader and the TypeScript twin both consume.
 */
import { type Conditions, resolveConditions } from './conditions.ts';
import { type Rgb, hexToLinear, linearToHex } from './colour.ts';
import {
  HALO_SIGMA_MM, erythema, freshSigmaMm, haloShare, healedSigmaMm, hueDrift, pigmentPools,
  retainedSigma2Mm2, diffusionMm2PerYear, DAYS_PER_YEAR,
} from './degradation.ts';

/** Penetration depth of R, G, B light in skin (mm): red sees deepest, so deep black reads blue. */
export const PENETRATION_MM: Rgb = [2.0, 1.0, 0.7];
/** Optical depth per unit areal density; a healed dot transmits 15 % [cal]. */
export const KAPPA = 1.897;
/** Areal density normalisation: a healed dose-1 dot has peak density 1. */
export const C_NORM = 0.65;
export const TRANSIENT_DEPTH_MM = 0.03;
/**
 * Lateral spread of a buried dot's shadow per mm of depth, R, G, B [cal, rendering only]. Light
 * reaching pigment under the skin has scattered sideways on the way (red about 7× further than blue
 * in skin, d'Eon and Luebke), and it crosses the pigment layer more than once, so a dot's shadow is
 * wider than the pigment and takes more light than its own area. The peak (the dot's centre colour,
 * dotColorHex) is unchanged; the shadow's σ² grows by (depth × factor)².
 */
export const OPTICAL_SPREAD_PER_MM: Rgb = [0.24, 0.19, 0.15];

export function opticalSpreadSigma2Mm2(depthMm: number): Rgb {
  const z = Math.max(0, depthMm);
  return [(z * OPTICAL_SPREAD_PER_MM[0]) ** 2, (z * OPTICAL_SPREAD_PER_MM[1]) ** 2, (z * OPTICAL_SPREAD_PER_MM[2]) ** 2];
}

const attenuation = (zMm: number): Rgb => {
  const z = Math.max(0, zMm);
  return [Math.exp(-z / PENETRATION_MM[0]), Math.exp(-z / PENETRATION_MM[1]), Math.exp(-z / PENETRATION_MM[2])];
};

/**
 * Everything the per-pixel evaluation needs for one moment and one set of conditions. Optical
 * depths are peaks of each pool's Gaussian for a dose-1 dot at the healed width; the retained peak
 * is divided by σ²/σ_heal² per dot (ink is conserved while it spreads).
 */
export interface DotOptics {
  /** Transient pool: peak optical depth per channel, spread over the fresh footprint. */
  transientTau: Rgb;
  transientSigmaMm: number;
  /** Retained pools (shallow + deep share one width): optical depth at σ = σ_heal. */
  retainedTauAtHealed: Rgb;
  healedSigmaMm: number;
  /** 2·D·t in mm²: the migration term of σ², scaled per dot by its susceptibility. */
  migrationSigma2Mm2: number;
  /**
   * Scatter of the centres of the deposits folded into this dot (touch-ups landing off centre), mm²
   * per axis; 0 for a single deposit (src/model/timeline.ts).
   */
  offsetSigma2Mm2: number;
  /**
   * The newest deposit of a dot with a history (a touch-up, or session 2 over session 1), kept as a
   * second retained Gaussian so a sharp new dot shows over the spread-out old pigment instead of
   * being averaged into it: optical depth at the healed width, migration and centre scatter.
   * Zero for a single deposit.
   */
  recentTauAtHealed: Rgb;
  recentMigrationSigma2Mm2: number;
  recentOffsetSigma2Mm2: number;
  /** Blow-out halo: peak optical depth and fixed width. */
  haloTau: Rgb;
  haloSigmaMm: number;
  /** Skin multipliers from erythema (1 = none), linear RGB. */
  skinTint: Rgb;
  /** Optical spread of each pool's shadow (mm², per channel): transient, retained, halo. */
  transientSpread2: Rgb;
  retainedSpread2: Rgb;
  haloSpread2: Rgb;
}

export function dotOptics(c: Partial<Conditions>, ageDays: number): DotOptics {
  const r = resolveConditions(c);
  const t = Math.max(0, Number.isFinite(ageDays) ? ageDays : 0);
  const pools = pigmentPools(r, t);
  const h = hueDrift(r, t);
  const drift: Rgb = [1 + 0.25 * h, 1, 1 - 0.25 * h];
  const fh = haloShare(r);
  const sh = healedSigmaMm(r);
  const sf = freshSigmaMm(r);
  const vT = attenuation(TRANSIENT_DEPTH_MM);
  const vS = attenuation(r.depthMm - 0.12);
  const vD = attenuation(r.depthMm + 0.12);
  const vH = attenuation(r.depthMm + 0.3);
  const cT = (pools.transient / C_NORM) * (sh / sf) ** 2;
  const cS = ((1 - fh) * pools.shallow) / C_NORM;
  const cD = ((1 - fh) * pools.deep) / C_NORM;
  const cH = ((fh * (pools.shallow + pools.deep)) / C_NORM) * (sh / HALO_SIGMA_MM) ** 2;
  const per = (f: (k: 0 | 1 | 2) => number): Rgb => [f(0), f(1), f(2)];
  const E = erythema(t);
  return {
    transientTau: per((k) => KAPPA * drift[k] * cT * vT[k]),
    transientSigmaMm: sf,
    retainedTauAtHealed: per((k) => KAPPA * drift[k] * (cS * vS[k] + cD * vD[k])),
    healedSigmaMm: sh,
    migrationSigma2Mm2: 2 * diffusionMm2PerYear(r) * (t / DAYS_PER_YEAR),
    offsetSigma2Mm2: 0,
    recentTauAtHealed: [0, 0, 0],
    recentMigrationSigma2Mm2: 0,
    recentOffsetSigma2Mm2: 0,
    haloTau: per((k) => KAPPA * drift[k] * cH * vH[k]),
    haloSigmaMm: HALO_SIGMA_MM,
    skinTint: [1, 1 - 0.12 * E, 1 - 0.1 * E],
    transientSpread2: opticalSpreadSigma2Mm2(TRANSIENT_DEPTH_MM),
    retainedSpread2: opticalSpreadSigma2Mm2(r.depthMm),
    haloSpread2: opticalSpreadSigma2Mm2(r.depthMm + 0.3),
  };
}

/** Skin colour (linear RGB) with the erythema of age `ageDays`. */
export function tintedSkin(skin: Rgb, o: DotOptics): Rgb {
  return [skin[0] * o.skinTint[0], skin[1] * o.skinTint[1], skin[2] * o.skinTint[2]];
}

/** Total optical depth at a dot's centre, for a dose-1, average dot. */
export function centreTau(o: DotOptics, sigma2Mm2 = o.healedSigmaMm ** 2 + o.migrationSigma2Mm2 + o.offsetSigma2Mm2): Rgb {
  const sh2 = o.healedSigmaMm * o.healedSigmaMm;
  const spread = sh2 / sigma2Mm2;
  const recent = sh2 / (sh2 + o.recentMigrationSigma2Mm2 + o.recentOffsetSigma2Mm2);
  return [0, 1, 2].map(
    (k) => (o.transientTau[k] ?? 0) + (o.retainedTauAtHealed[k] ?? 0) * spread + (o.recentTauAtHealed[k] ?? 0) * recent + (o.haloTau[k] ?? 0),
  ) as unknown as Rgb;
}

/** Colour of a dot's centre as sRGB '#rrggbb', on the given skin tone. */
export function dotColorHex(c: Partial<Conditions>, ageDays: number, skinHex: string): string {
  const o = dotOptics(c, ageDays);
  const skin = tintedSkin(hexToLinear(skinHex), o);
  const tau = centreTau(o, retainedSigma2Mm2(c, ageDays));
  return linearToHex([skin[0] * Math.exp(-tau[0]), skin[1] * Math.exp(-tau[1]), skin[2] * Math.exp(-tau[2])]);
}
