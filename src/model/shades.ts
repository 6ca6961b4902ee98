/**
 * Pigment shades. SMP pigments are carbon greys; a technician mixes two or three strengths of the
 * same pigment (diluted with a carrier) and layers them: a darker base over the area, a mid shade
 * mixed in for depth, a lighter shade at the hairline's soft edge (src/model/layout.ts decides
 * which impression gets which). The strengths are matched to the client's hair colour the way a
 * technician does it, by eye against the shaved hair: here, computed so that healed SMP has the
 * same mean lightness as the client's hair shaved to 0.5 mm (src/model/hair.ts), on a typical
 * scalp of the client's skin tone, with the needle the technician uses, a month after the last of
 * the default three sessions (src/model/timeline.ts).
 *
 * Density mode (SMP between thinning hair) uses each shade a step lighter, so the impressions
 * read as the shadow of hair rather than as dots.
 */
import { type HairColour, stubbleMeanReflectance, stubbleOptics } from './hair.ts';
import { dotOptics } from './optics.ts';
import { averageDotOpacityAreaMm2, maxPoolSigma2, nearShadowMoments, opacityWidening } from './dot-field.ts';
import { INTERIOR_SHADE_SHARES, DEFAULT_DENSITY_PER_CM2 } from './layout.ts';
import { hexToLinear, monkHex } from './colour.ts';
import { type Conditions, presets, resolveConditions } from './conditions.ts';
import { DEFAULT_PLAN, type TreatmentPlan, lastSessionDay } from './timeline.ts';
import { type PlanOptics, planOptics } from './plan-optics.ts';
import { HEALED_REFERENCE_DAYS } from './degradation.ts';
import type { Rgb } from './colour.ts';

export const SMP_MODES = ['shaved', 'density'] as const;
export type SmpMode = (typeof SMP_MODES)[number];

/** Mid and light shades as shares of the base strength. */
export const SHADE_RATIOS: readonly [number, number, number] = [1, 0.78, 0.58];
/** Density mode's step lighter. */
export const DENSITY_MODE_LIGHTEN = 0.8;
/** The length the match is made at. */
export const MATCH_STUBBLE_MM = 0.5;

/**
 * Opacity-weighted area (mm², per channel) of the average impression inside the design, with the
 * base shade at `base` strength: the far field of the shader.
 */
export function shadedDotOpacityAreaMm2(o: ReturnType<typeof dotOptics>, shades: readonly [number, number, number], part: 'all' | 'wide' = 'all'): Rgb {
  const out: [number, number, number] = [0, 0, 0];
  shades.forEach((strength, i) => {
    const w = INTERIOR_SHADE_SHARES[i]!;
    if (w === 0) return;
    const a = averageDotOpacityAreaMm2(o, strength, part);
    for (let k = 0; k < 3; k++) out[k] = out[k]! + w * a[k]!;
  });
  return out;
}

/**
 * Opacity-weighted area per layout cell (mm², per channel) of a plan's impressions at a moment:
 * each session class's dot in the shade mix, weighted by the share of cells it holds (cells not yet
 * treated count as empty). Times the layout's cells per mm², it is what the far field removes.
 */
export function planOpticsFarAreaMm2(p: PlanOptics, shades: readonly [number, number, number], part: 'all' | 'wide' = 'all'): Rgb {
  const out: [number, number, number] = [0, 0, 0];
  p.classes.forEach((o, k) => {
    const share = p.shares[k]!;
    if (share <= 0) return;
    const a = shadedDotOpacityAreaMm2(o, shades, part);
    for (let ch = 0; ch < 3; ch++) out[ch] = out[ch]! + share * a[ch]!;
  });
  return out;
}

export interface PlanNearField {
  /** The wide part of every dot's shadow (a millimetre or two across), per layout cell: always a field (mm², per channel). */
  wideAreaMm2: Rgb;
  /** The near part (the cores), per layout cell (mm², per channel): drawn dot by dot, but for what the near window takes. */
  coreAreaMm2: Rgb;
  /** The near shadows' mean σ² (mm², nearShadowMoments), for the near window's field. */
  coreSigma2Mm2: number;
  /** Conservative largest σ² of any near shadow of any dot now (mm²): how far a pixel looks (0: no dot is drawn one by one). */
  maxReach2Mm2: number;
  /** Conservative largest opacityWidening of any dot's retained ink now: how far a dot of known σ² is looked for. */
  widenMax: number;
}

/**
 * The split the shader draws a plan's dots with: the core of every dot within reach one by one
 * (narrowed by the near window where a pixel would otherwise search beyond WINDOW_REACH_CELLS
 * cells: src/model/dot-field.ts, nearWindowInvSigma2), and the wide part of every shadow, and
 * what the window takes, as fields. The material and the shader's twin both take it from here.
 */
export function planNearField(p: PlanOptics, shades: readonly [number, number, number], oil: number): PlanNearField {
  let reach = 0,
    area = 0,
    weighted = 0,
    widen = 1;
  p.classes.forEach((o, k) => {
    const share = p.shares[k]!;
    if (share <= 0) return;
    reach = Math.max(reach, maxPoolSigma2(o, oil));
    // The densest dot: dose jitter up to 1.12 (1.15 with margin), old and new ink together.
    widen = Math.max(widen, opacityWidening(1.15 * Math.max(...[0, 1, 2].map((c) => o.retainedTauAtHealed[c]! + o.recentTauAtHealed[c]!))));
    shades.forEach((strength, i) => {
      const w = share * INTERIOR_SHADE_SHARES[i]!;
      if (w === 0) return;
      const m = nearShadowMoments(o, oil, strength);
      area += w * m.areaMm2;
      weighted += w * m.areaMm2 * m.sigma2Mm2;
    });
  });
  const all = planOpticsFarAreaMm2(p, shades),
    wide = planOpticsFarAreaMm2(p, shades, 'wide');
  return {
    wideAreaMm2: wide,
    coreAreaMm2: [0, 1, 2].map((k) => Math.max(0, all[k]! - wide[k]!)) as unknown as Rgb,
    coreSigma2Mm2: area > 0 ? weighted / area : 0,
    maxReach2Mm2: reach,
    widenMax: widen,
  };
}

export function planFarAreaMm2(c: Partial<Conditions>, plan: TreatmentPlan, tDays: number, shades: readonly [number, number, number]): Rgb {
  return planOpticsFarAreaMm2(planOptics(c, plan, tDays), shades);
}

/** When the match is judged: a month after the last of the default three sessions. */
export const MATCH_DAYS = lastSessionDay(DEFAULT_PLAN) + HEALED_REFERENCE_DAYS;

const cache = new Map<string, number>();

/**
 * What the match depends on besides the hair: the client's skin tone, and the needle (a larger
 * needle lays down more ink, so the same look takes a more dilute pigment). Not the depth: a
 * needle too deep is a fault the picture must show, not one a shade hides.
 */
export type MatchClient = Partial<Pick<Conditions, 'monkTone' | 'needleMm' | 'needles'>>;

/** Base strength (0..1 of full pigment) matched to a hair colour for a client (tone 3 and the default needle unless given). */
export function matchedBaseStrength(hair: HairColour, client: MatchClient = {}): number {
  const { monkTone, needleMm, needles } = resolveConditions({ ...presets.typical, ...client });
  const key = `${hair} ${monkTone} ${needleMm} ${needles}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  // The tone's swatch under the tone's own shadows: melanin dims the ink's and the hair's alike.
  const skin = hexToLinear(monkHex(monkTone));
  const target = stubbleMeanReflectance(stubbleOptics(MATCH_STUBBLE_MM, hair, monkTone), skin)[1] / skin[1];
  const perMm2 = DEFAULT_DENSITY_PER_CM2 / 100;
  const scalp = { ...presets.typical, monkTone, needleMm, needles };
  const meanAt = (base: number): number =>
    Math.exp(-perMm2 * planFarAreaMm2(scalp, DEFAULT_PLAN, MATCH_DAYS, SHADE_RATIOS.map((r) => r * base) as unknown as [number, number, number])[1]);
  // Lighter SMP as the base weakens: bisect; full strength is the most a pigment gives.
  let lo = 0.1,
    hi = 1;
  if (meanAt(hi) >= target) {
    cache.set(key, hi);
    return hi;
  }
  for (let k = 0; k < 40; k++) {
    const mid = 0.5 * (lo + hi);
    if (meanAt(mid) > target) lo = mid;
    else hi = mid;
  }
  const base = 0.5 * (lo + hi);
  cache.set(key, base);
  return base;
}

/** Strengths of the base, mid and light shades for a client's hair, skin tone and needle, and the treatment mode. */
export function pigmentShades(hair: HairColour, mode: SmpMode = 'shaved', client: MatchClient = {}): [number, number, number] {
  const base = matchedBaseStrength(hair, client) * (mode === 'density' ? DENSITY_MODE_LIGHTEN : 1);
  return SHADE_RATIOS.map((r) => r * base) as unknown as [number, number, number];
}
