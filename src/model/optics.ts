/**
 * Optics of one dot (docs/model.md: the ink; its appearance comes from light transport,
 * issue 13): each pigment pool is a Gaussian of areal density in the skin with a per-channel optical
 * depth τ_k (the ink itself); what is seen of it is its opacity 1 − e^(−τ) blurred by the skin above
 * it (dotShadows, from the light-transport reference). This file turns pools into optical depths
 * at a dot's centre and the shadows, the quantities the shader and the TypeScript twin both consume.
 */
import { type Conditions, resolveConditions } from './conditions.ts';
import { type Rgb, hexToLinear, linearToHex } from './colour.ts';
import { type ShadowKernel, fieldSaturation, shadowKernel } from './light/shadow.ts';
import {
  HALO_SIGMA_MM,
  erythema,
  freshSigmaMm,
  haloShare,
  healedSigmaMm,
  healingSpread,
  hueDrift,
  pigmentPools,
  retainedSigma2Mm2,
  diffusionMm2PerYear,
  DAYS_PER_YEAR,
} from './degradation.ts';

/**
 * Optical depth of carbon ink per unit areal density, green channel [cal, issue 13]: set with the
 * healed width (degradation.ts, HEALED_WIDTH_RATIO) so that healed SMP at the default design matches
 * the client's own dark hair shaved to 0.5 mm (src/model/shades.ts), the way technicians match the
 * shade. A healed dose-1 dot's centre then has τ ≈ 3.3 (4 % of the light through): a black core
 * about 0.25 mm across in a softer cloud, as tattoo carbon is (healed column τ of order 50–200 at
 * the densest, Engel et al 2008; a third cleared in the first weeks).
 */
export const KAPPA = 4.5;
/**
 * Carbon's absorption runs as 1/λ (Bond and Bergstrom 2006): per channel at about 610, 540 and
 * 465 nm, relative to green.
 */
export const INK_SPECTRUM: Rgb = [540 / 610, 1, 540 / 465];
/** Areal density normalisation: a healed dose-1 dot has peak density 1. */
export const C_NORM = 0.65;
export const TRANSIENT_DEPTH_MM = 0.03;
/** The blow-out halo sits this much deeper than the deposit (docs/model.md). */
export const HALO_EXTRA_DEPTH_MM = 0.3;

/**
 * The shadows of a dot's pools as the renderer draws them: each pool's opaque footprint blurred by
 * the reference's kernel for the pool's depth (src/model/light/shadow.ts), with the saturation of a
 * field of dots folded in. The transient ink lies at the surface and hides just its own area.
 */
export interface DotShadows {
  transient: ShadowKernel;
  retained: ShadowKernel;
  halo: ShadowKernel;
}

function saturated(k: ShadowKernel, s: Rgb): ShadowKernel {
  return {
    core: [k.core[0] * s[0], k.core[1] * s[1], k.core[2] * s[2]],
    coreSigma2Mm2: k.coreSigma2Mm2,
    wide: [k.wide[0] * s[0], k.wide[1] * s[1], k.wide[2] * s[2]],
  };
}

/**
 * A shadow drawn wholly as a field: its core joins its wide part. The blow-out halo lies 0.3 mm
 * below a deposit that is already deeper than 0.8 mm, where the skin has blurred its core into the
 * wide part (the kernel's core share at 1.1 mm is under 3 % in green, nothing in red, and none at
 * 1.2 mm): drawing it dot by dot cost the shader a pool's maths for no visible shadow.
 */
function asField(k: ShadowKernel): ShadowKernel {
  return { core: [0, 0, 0], coreSigma2Mm2: [0, 0, 0], wide: [k.core[0] + k.wide[0], k.core[1] + k.wide[1], k.core[2] + k.wide[2]] };
}

/** The tables are fixed: each tone's field saturation is worked out once. */
const fieldSaturations = new Map<number, Rgb>();
function saturationOf(monkTone: number): Rgb {
  let s = fieldSaturations.get(monkTone);
  if (!s) fieldSaturations.set(monkTone, (s = fieldSaturation(monkTone)));
  return s;
}

/** How each of a dot's pools is seen through the skin of the client's tone, at the needle's depth. */
export function dotShadows(c: Partial<Conditions>): DotShadows {
  const { depthMm, monkTone } = resolveConditions(c);
  const s = saturationOf(monkTone);
  return {
    transient: saturated(shadowKernel(TRANSIENT_DEPTH_MM, monkTone), s),
    retained: saturated(shadowKernel(depthMm, monkTone), s),
    halo: asField(saturated(shadowKernel(depthMm + HALO_EXTRA_DEPTH_MM, monkTone), s)),
  };
}

/** The ink's own transmittance, no skin above it: what the ink's colour checkpoints describe. */
export const INK_ONLY: ShadowKernel = { core: [1, 1, 1], coreSigma2Mm2: [0, 0, 0], wide: [0, 0, 0] };
export const INK_ONLY_SHADOWS: DotShadows = { transient: INK_ONLY, retained: INK_ONLY, halo: INK_ONLY };

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
  /** How each pool's ink is seen through the skin above it (light transport). */
  shadows: DotShadows;
}

/** The colour drift h (hueDrift) as multipliers of the ink's optical depth per channel: red up, blue down. */
export const driftFactors = (h: number): Rgb => [1 + 0.25 * h, 1, 1 - 0.25 * h];

export function dotOptics(c: Partial<Conditions>, ageDays: number): DotOptics {
  const r = resolveConditions(c);
  const t = Math.max(0, Number.isFinite(ageDays) ? ageDays : 0);
  const pools = pigmentPools(r, t);
  const drift = driftFactors(hueDrift(r, t));
  const fh = haloShare(r);
  const sh = healedSigmaMm(r);
  const sf = freshSigmaMm(r);
  // Densities relative to a healed dose-1 dot of the typical scalp: oily skin heals the same ink
  // over a wider footprint (healingSpread), so its density is lower by the square.
  const ink = 1 / healingSpread(r) ** 2;
  const cT = ink * (pools.transient / C_NORM) * (sh / sf) ** 2;
  const cS = (ink * (1 - fh) * pools.shallow) / C_NORM;
  const cD = (ink * (1 - fh) * pools.deep) / C_NORM;
  const cH = ((ink * fh * (pools.shallow + pools.deep)) / C_NORM) * (sh / HALO_SIGMA_MM) ** 2;
  const per = (f: (k: 0 | 1 | 2) => number): Rgb => [f(0), f(1), f(2)];
  const E = erythema(t);
  return {
    transientTau: per((k) => KAPPA * INK_SPECTRUM[k] * drift[k] * cT),
    transientSigmaMm: sf,
    retainedTauAtHealed: per((k) => KAPPA * INK_SPECTRUM[k] * drift[k] * (cS + cD)),
    healedSigmaMm: sh,
    migrationSigma2Mm2: 2 * diffusionMm2PerYear(r) * (t / DAYS_PER_YEAR),
    offsetSigma2Mm2: 0,
    recentTauAtHealed: [0, 0, 0],
    recentMigrationSigma2Mm2: 0,
    recentOffsetSigma2Mm2: 0,
    haloTau: per((k) => KAPPA * INK_SPECTRUM[k] * drift[k] * cH),
    haloSigmaMm: HALO_SIGMA_MM,
    skinTint: [1, 1 - 0.12 * E, 1 - 0.1 * E],
    shadows: dotShadows(r),
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

/** Colour of a dot's ink at its centre as sRGB '#rrggbb', on the given skin tone, as if no skin lay over it (INK_ONLY). */
export function dotColorHex(c: Partial<Conditions>, ageDays: number, skinHex: string): string {
  const o = dotOptics(c, ageDays);
  const skin = tintedSkin(hexToLinear(skinHex), o);
  const tau = centreTau(o, retainedSigma2Mm2(c, ageDays));
  return linearToHex([skin[0] * Math.exp(-tau[0]), skin[1] * Math.exp(-tau[1]), skin[2] * Math.exp(-tau[2])]);
}
