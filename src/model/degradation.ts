/**
 * Pigment kinetics, blur and erythema of one SMP deposit (docs/model.md).
 * Pure functions of conditions and age; time is always an input, never read from a clock.
 */
import { type Conditions, resolveConditions } from './conditions.ts';
import { DAYS_PER_YEAR } from './calendar.ts';

export { DAYS_PER_YEAR };
/** Time constant of the transient pool (scab, epidermis, early lymph drainage) [cal]. */
export const TRANSIENT_TAU_DAYS = 2.5;
/** Shallow retained pool clearance per year of effective clock [cal]. */
export const K_SHALLOW_PER_YEAR = 0.13905;
export const K_DEEP_PER_YEAR = K_SHALLOW_PER_YEAR / 4;
/** A load at or below this share of the healed (30 d) load reads as noticeably faded [cal]. */
export const NOTICEABLE_FADE_RATIO = 0.7;
export const HEALED_REFERENCE_DAYS = 30;
/** FWHM of a Gaussian = this × σ. */
export const FWHM_PER_SIGMA = 2 * Math.sqrt(2 * Math.LN2);
/** Half-life of erythema (redness right after a session) [cal]. */
export const ERYTHEMA_TAU_DAYS = 1.5;
/** Fixed width of the blow-out halo Gaussian [cal]. */
export const HALO_SIGMA_MM = 0.25;

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const clearanceGrade = { premium: 0.92, standard: 1.0, low: 1.04 } as const;
const diffusionGrade = { premium: 0.8, standard: 1.0, low: 1.8 } as const;
const D0_MM2_PER_YEAR = 2.0e-4;

/** Share of a deposit that leaves within weeks (about a third, Bäumler). */
export function transientShare(c: Partial<Conditions>): number {
  const { aftercare, oil } = resolveConditions(c);
  return clamp(0.45 - 0.2 * aftercare + 0.1 * (oil - 0.5), 0.15, 0.6);
}

/**
 * Clearance rate multiplier r: sliders act quadratically so that the middle of a slider is
 * "occasional / normal" and the top is "daily sun / very oily" (docs/model.md).
 */
export function clearanceRate(c: Partial<Conditions>): number {
  const { aftercare, grade, sun, oil } = resolveConditions(c);
  const a = 1.08 - 0.16 * aftercare;
  return a * clearanceGrade[grade] * (2 / 3 + (2 / 3) * sun * sun + (2 / 3) * oil * oil);
}

/** The shallow and deep retained pools lie this far above and below the needle's depth (docs/model.md). */
export const POOL_OFFSET_MM = 0.12;

export interface PigmentPools {
  /** Transient pool: scab, epidermis, early drainage. */
  transient: number;
  /** Shallow retained pool at depth d − 0.12 mm. */
  shallow: number;
  /** Deep retained pool at depth d + 0.12 mm. */
  deep: number;
}

/** The three pools of a dose-1 deposit at a given age, under constant conditions. */
export function pigmentPools(c: Partial<Conditions>, ageDays: number): PigmentPools {
  const t = Math.max(0, Number.isFinite(ageDays) ? ageDays : 0);
  const fT = transientShare(c);
  const theta = clearanceRate(c) * (t / DAYS_PER_YEAR);
  return {
    transient: fT * Math.exp(-t / TRANSIENT_TAU_DAYS),
    shallow: (1 - fT) * 0.5 * Math.exp(-K_SHALLOW_PER_YEAR * theta),
    deep: (1 - fT) * 0.5 * Math.exp(-K_DEEP_PER_YEAR * theta),
  };
}

/** M(t): pigment load of a dose-1 deposit. */
export function pigmentLoad(c: Partial<Conditions>, ageDays: number): number {
  const p = pigmentPools(c, ageDays);
  return p.transient + p.shallow + p.deep;
}

/** Load relative to the healed load at 30 days, M(t)/M(30 d). */
export function relativeLoad(c: Partial<Conditions>, ageDays: number): number {
  return pigmentLoad(c, ageDays) / pigmentLoad(c, HEALED_REFERENCE_DAYS);
}

/**
 * First time (years) at which 30 % of the healed load is gone. M is decreasing after healing, so
 * bisection on [30 d, 200 y] finds the single crossing.
 */
export function noticeableFadeYears(c: Partial<Conditions>): number {
  let lo = HEALED_REFERENCE_DAYS;
  let hi = 200 * DAYS_PER_YEAR;
  if (relativeLoad(c, hi) > NOTICEABLE_FADE_RATIO) return Infinity;
  for (let i = 0; i < 60; i++) {
    const mid = 0.5 * (lo + hi);
    if (relativeLoad(c, mid) <= NOTICEABLE_FADE_RATIO) hi = mid;
    else lo = mid;
  }
  return hi / DAYS_PER_YEAR;
}

/** Width spanned by the needle grouping: one needle, or a 3RL row. */
export function needleSpanMm(c: Partial<Conditions>): number {
  const { needleMm, needles } = resolveConditions(c);
  return needles === 3 ? 2.155 * needleMm : needleMm;
}

export function freshSigmaMm(c: Partial<Conditions>): number {
  return (1.2 * needleSpanMm(c)) / FWHM_PER_SIGMA;
}

/**
 * Healed deposit width over the fresh one [cal, issue 13]. The specification's 0.55 (a 0.13 mm dot
 * for 1RL 0.20) gives, by light transport, a field at 150/cm² about a fifth as dark as a shaved
 * head (ΔL* −1.3 against −6 to −8, docs/model.md), whatever its ink: SMP chosen for a buzz-cut
 * look holds a wider cloud. With KAPPA (optics.ts) it is set so healed SMP at the default design
 * matches dark hair shaved to 0.5 mm; docs/model.md says what changed and why.
 */
export const HEALED_WIDTH_RATIO = 0.9;

/**
 * Oily skin spreads the ink further while the wound heals [cal, issue 13]: the healed width is
 * × (1 + OIL_HEALING_SPREAD (oil − ½)), the same ink over the wider footprint (optics.ts divides its
 * density by the square). Migration over the years is the specification's; by itself it moves the
 * ink's σ by a few hundredths of a millimetre, under a shadow the skin above blurs to ~0.25 mm
 * (docs/model.md), so without this an oily scalp's dots would look no softer than a dry one's.
 * The typical scalp (oil ½), and with it the shade match, is unchanged.
 */
export const OIL_HEALING_SPREAD = 0.5;

export function healingSpread(c: Partial<Conditions>): number {
  return 1 + OIL_HEALING_SPREAD * (resolveConditions(c).oil - 0.5);
}

export function healedSigmaMm(c: Partial<Conditions>): number {
  return HEALED_WIDTH_RATIO * healingSpread(c) * freshSigmaMm(c);
}

/** Effective diffusion coefficient of retained pigment (mm² per year) [cal]. */
export function diffusionMm2PerYear(c: Partial<Conditions>): number {
  const { oil, grade, sun, depthMm } = resolveConditions(c);
  const depthFactor = Math.min(20, Math.exp(Math.max(0, depthMm - 0.5) / 0.25));
  return D0_MM2_PER_YEAR * (0.6 + 1.6 * oil * oil) * diffusionGrade[grade] * (1 + 0.3 * sun) * depthFactor;
}

/** σ² of the retained pigment: the healed footprint widened by migration. */
export function retainedSigma2Mm2(c: Partial<Conditions>, ageDays: number, susceptibility = 1): number {
  const t = Math.max(0, Number.isFinite(ageDays) ? ageDays : 0);
  const sh = healedSigmaMm(c);
  return sh * sh + 2 * diffusionMm2PerYear(c) * susceptibility * (t / DAYS_PER_YEAR);
}

/**
 * Apparent FWHM of a dot. Once healed this is exactly the retained pigment's FWHM; in the first
 * days the wound's transient ink still fills the fresh footprint, and the dot reads at its fresh
 * width, shrinking with the transient pool (e^(−t/2.5 d)). That gives the fresh 0.240 mm and
 * healed 0.132 mm for 1RL 0.20 from one function.
 */
export function dotFwhmMm(c: Partial<Conditions>, ageDays: number): number {
  const t = Math.max(0, Number.isFinite(ageDays) ? ageDays : 0);
  const sf = freshSigmaMm(c);
  const sh = healedSigmaMm(c);
  const settling = (sf * sf - sh * sh) * Math.exp(-t / TRANSIENT_TAU_DAYS);
  return Math.sqrt(retainedSigma2Mm2(c, t) + settling) * FWHM_PER_SIGMA;
}

/** Share of retained pigment blown out into a wide halo when the deposit is too deep. */
export function haloShare(c: Partial<Conditions>): number {
  const { depthMm } = resolveConditions(c);
  return 0.6 * clamp((depthMm - 0.8) / 0.6, 0, 1);
}

/** E(t): erythema, 1 right after the needle, gone within a week. */
export function erythema(ageDays: number): number {
  const t = Math.max(0, Number.isFinite(ageDays) ? ageDays : 0);
  return Math.exp(-t / ERYTHEMA_TAU_DAYS);
}

const hueMax = { carbon: 0.05, iron_oxide: 0.3, blend: 0.4 } as const;
const hueGrade = { premium: 0.5, standard: 1, low: 2 } as const;

/** h(t): colour drift of the pigment, driven by sun (docs/model.md). */
export function hueDrift(c: Partial<Conditions>, ageDays: number): number {
  const r = resolveConditions(c);
  const t = Math.max(0, Number.isFinite(ageDays) ? ageDays : 0);
  const hMax = Math.min(0.8, hueMax[r.pigment] * hueGrade[r.grade]);
  return hMax * (1 - Math.exp(-(r.sun * r.sun * (t / DAYS_PER_YEAR)) / 3));
}

/**
 * Per-dot migration susceptibility: a log-normal factor with mean 1 whose spread grows with oil,
 * so an oily scalp ages unevenly (some dots blur much more than others). `z` is the dot's
 * standard-normal draw from the layout.
 */
export function susceptibilityFactor(z: number, oil: number): number {
  const spread = susceptibilitySpread(oil);
  return Math.exp(spread * z - 0.5 * spread * spread);
}

/**
 * σ of the susceptibility's logarithm. Up to issue 13 it reached 0.9 at oil 1, which put the median
 * dot's factor at e^(−0.405) = 0.67: oil widened the mean dot 50 % but the typical one barely, and a
 * few melted away. At 0.45 the median is 0.90 of the mean: oily skin softens most dots, and still
 * ages unevenly.
 */
export function susceptibilitySpread(oil: number): number {
  const o = clamp(Number.isFinite(oil) ? oil : 0.5, 0, 1);
  return 0.15 + 0.3 * o * o;
}
