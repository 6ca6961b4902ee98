/**
 * One slice's model for the view (issue 16): the state's conditions and plan turned into the
 * slice's particles (src/model/slice.ts), its look, its swatches, the parts named and the plain
 * words for what is happening now.
 */
import type { SimStore } from '../../state/store.ts';
import { CONDITION_FIELDS, PLAN_FIELDS, conditionsFor, planFor } from '../../state/sim-state.ts';
import { DAYS_PER_YEAR, hairLinear, linearToHex, monkHex, pigmentShades, planErythema } from '../../model/index.ts';
import { type ParticleKind, type Slice, SLICE_WIDTH_MM, CORRECT_DEPTH_MAX_MM, slice as makeSlice, sliceSwatches } from '../../model/slice.ts';
import { AIR_MM, type Anchor, CORNEUM_MM, GLAND_DEPTH_MM, type SliceLook, follicleX, vesselSpots } from './draw.ts';
import { EPIDERMIS_MM, PAPILLARY_DERMIS_MM, skinForMonkTone } from '../../model/light/skin.ts';
import type { PartKey, SliceText } from './slice-text.ts';

/** Seconds the light takes to run its paths, and the pause on the whole paths before it runs again. */
export const LIGHT_RUN_S = 4;
export const LIGHT_HOLD_S = 2;
/** With reduced motion, a time-lapse shows the slice as still frames this far apart (ms). */
export const STILL_FRAME_MS = 1000;

export const FIELDS = ['years', 'seed', 'density', 'skin', 'hair', 'stubble', 'mode', 'playing', ...CONDITION_FIELDS, ...PLAN_FIELDS] as const;
export type PaneState = Pick<SimStore, (typeof FIELDS)[number]>;

/** The slice view's rem in CSS pixels (its captions are set in rem). */
export const REM_PX = (): number => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

export const reducedMotion = (): boolean => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** The drawn particles by kind, and what went in: what the captions say and the tests hold against the model. */
export type Tally = Record<ParticleKind | 'spawned', number>;

export interface PaneModel {
  slice: Slice;
  tally: Tally;
  look: SliceLook;
  swatches: ReturnType<typeof sliceSwatches>;
  depthMm: number;
  tDays: number;
  sun: number;
  oil: number;
}

export function paneModel(st: PaneState): PaneModel {
  const c = conditionsFor(st);
  const plan = planFor(st);
  const tDays = st.years * DAYS_PER_YEAR;
  const sl = makeSlice({ conditions: c, plan, tDays, seed: st.seed, densityPerCm2: st.density });
  const centre = sl.sites.filter((s) => s.cls !== null).sort((a, b) => Math.abs(a.xMm - SLICE_WIDTH_MM * 0.35) - Math.abs(b.xMm - SLICE_WIDTH_MM * 0.35))[0];
  const skinHex = monkHex(Math.round(c.monkTone));
  const shades = pigmentShades(st.hair, st.mode, { monkTone: c.monkTone, needleMm: c.needleMm, needles: c.needles });
  const swatches = sliceSwatches(c, plan, tDays, skinHex, shades, st.density);
  return {
    slice: sl,
    look: {
      slice: sl,
      depthMm: c.depthMm,
      oil: c.oil,
      melanin: skinForMonkTone(c.monkTone).melanin,
      skinHex,
      hairHex: linearToHex(hairLinear(st.hair)),
      stubbleMm: st.mode === 'shaved' ? st.stubble : Math.min(st.stubble, AIR_MM),
      erythema: planErythema(plan, tDays),
      inkHex: swatches.ink,
      seed: st.seed,
      lightXMm: centre?.xMm ?? SLICE_WIDTH_MM * 0.35,
    },
    tally: tally(sl),
    swatches,
    depthMm: c.depthMm,
    tDays,
    sun: c.sun,
    oil: c.oil,
  };
}

function tally(sl: Slice): Tally {
  const n: Tally = { transient: 0, retained: 0, broken: 0, halo: 0, spawned: sl.deposits.reduce((s, d) => s + d.spawned, 0) };
  for (const p of sl.particles) n[p.kind]++;
  return n;
}

/** What is happening now, in plain words. */
export function captions(m: PaneModel, t: SliceText, lang: 'en' | 'es'): string[] {
  const n = m.tally;
  if (n.spawned === 0) return [t.none];
  const out: string[] = [];
  const retainedShare = (n.retained + n.broken + n.halo) / n.spawned;
  if (n.transient / n.spawned > 0.005) out.push(t.fresh(n.transient / n.spawned, lang));
  else if (m.tDays < 90) out.push(t.healed(retainedShare, m.depthMm, lang));
  else {
    const live = m.slice.deposits.filter((d) => d.retained > 0);
    const sigma = live.length ? Math.sqrt(live.reduce((s, d) => s + d.sigmaMm ** 2, 0) / live.length) : 0;
    out.push(t.years(retainedShare, sigma, lang));
    if (m.sun > 0.6 || m.oil > 0.6) out.push(t.sun);
  }
  if (m.slice.deposits.some((d) => d.deposit.offsetSteps > 0 && d.ageDays < DAYS_PER_YEAR)) out.push(t.touchUp);
  if (n.broken > 0) out.push(t.laser);
  if (m.depthMm > CORRECT_DEPTH_MAX_MM) out.push(t.deep(m.depthMm, lang));
  return out;
}

/** The parts named this moment: the skin's always, the ink's while they are there. */
export function namedParts(n: Tally): PartKey[] {
  const parts: PartKey[] = ['corneum', 'epidermis', 'junction', 'papillary', 'vessels'];
  if (n.transient > 0) {
    parts.unshift('scab');
    parts.push('loose');
  }
  if (n.retained > 0) parts.push('ink');
  if (n.broken > 0) parts.push('broken');
  parts.push('gland', 'reticular', 'follicle');
  if (n.halo > 0) parts.push('halo');
  parts.push('subcutis');
  return parts;
}

/** The anchors of the parts named on the slice. */
export function partAnchors(look: SliceLook): Record<string, Anchor> {
  // The labels stand to the right: each names the rightmost of its kind, so no leader crosses the slice.
  const rightmost = (kinds: readonly string[]): number => {
    let x = -1;
    for (const p of look.slice.particles) if (kinds.includes(p.kind) && p.xMm < SLICE_WIDTH_MM - 0.2) x = Math.max(x, look.slice.sites[p.site]!.xMm);
    return x >= 0 ? x : look.lightXMm;
  };
  const inkX = rightmost(['retained']);
  const looseX = rightmost(['transient']);
  const vessels = vesselSpots(look.seed);
  const glandZ = (GLAND_DEPTH_MM[0] + GLAND_DEPTH_MM[1]) / 2;
  return {
    corneum: { xMm: 5.6, zMm: CORNEUM_MM / 2 },
    epidermis: { xMm: 5.7, zMm: EPIDERMIS_MM * 0.6 },
    junction: { xMm: 5.8, zMm: EPIDERMIS_MM },
    papillary: { xMm: 5.75, zMm: EPIDERMIS_MM + PAPILLARY_DERMIS_MM * 0.6 },
    vessels: vessels[vessels.length - 1]!,
    ink: { xMm: inkX, zMm: look.depthMm },
    reticular: { xMm: 5.7, zMm: 1.2 },
    follicle: { xMm: follicleX(1.3), zMm: 1.3 },
    gland: { xMm: follicleX(glandZ) - 0.12, zMm: glandZ },
    subcutis: { xMm: 5.6, zMm: 2.25 },
    scab: { xMm: looseX, zMm: -0.02 },
    loose: { xMm: looseX, zMm: 0.04 },
    broken: { xMm: rightmost(['broken']), zMm: look.depthMm },
    halo: { xMm: rightmost(['halo']), zMm: look.depthMm + 0.3 },
  };
}
