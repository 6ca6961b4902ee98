/**
 * What the prediction says at a moment, as facts the interface words (src/ui/Readout.tsx): where the
 * client is in healing, when the treatment fades noticeably and when a touch-up is due, the pigment
 * left and the dots' width, and the notes a technician would add. The rules and their thresholds
 * live here, in the model, so they are tested without a page and shared by every view that says them.
 */
import type { Conditions } from './conditions.ts';
import { DAYS_PER_YEAR } from './degradation.ts';
import { type SessionClass, type TreatmentPlan, eventDays, lastSessionDay, nextFadeDay, planClasses, relativePlanLoad, sessionDaysFor } from './timeline.ts';
import { planDotFwhmMm } from './plan-optics.ts';
import { laserDays, laserLightSpotShare } from './laser.ts';

/** A needle event's wound is "healing" for this long (the article's 4–6 weeks' first phase, as the page counts it) [cal]. */
export const HEALING_READOUT_DAYS = 30;
/** Needle depth from which the readout warns (the article: deeper than 0.8 mm spreads), and from which the halo shows. */
export const DEEP_NOTE_MM = 0.8;
export const HALO_NOTE_MM = 0.85;
/**
 * The "helmet" look: after this many touch-ups the dots have merged when they are this much wider
 * than when first healed (the article: repeated touch-ups over spread dots give a solid, helmet-like
 * shade) [cal].
 */
export const HELMET_TOUCH_UPS = 3;
export const HELMET_WIDTH_RATIO = 1.3;
/** Further hair loss is named once it reaches a twentieth of a stage. */
export const HAIR_LOSS_NOTE_STAGES = 0.05;
/** How far ahead the fade searches look (beyond the axis: "many years"). */
export const FADE_SEARCH_YEARS = 60;

export type ReadoutNote =
  | { kind: 'oneSession' }
  | { kind: 'building'; session: number; sessions: number }
  | { kind: 'deep'; depthMm: number; halo: boolean }
  | { kind: 'helmet'; touchUps: number; widthMm: number; healedWidthMm: number }
  | { kind: 'hairLoss'; stages: number }
  | { kind: 'laser'; done: number; sessions: number; pigmentPercent: number; lightSpotPercent: number };

export interface ReadoutFacts {
  /** Within HEALING_READOUT_DAYS of a needle event: the days since it and what it was; else null. */
  healing: { days: number; after: { kind: 'session'; n: number } | { kind: 'laser'; n: number } | { kind: 'touchUp' } } | null;
  /** Years from the last session until the treatment alone (no touch-up, no laser) fades noticeably; null: not within the search. */
  treatmentFadeYears: number | null;
  /** When the plan as it is fades noticeably from now on: already (`now`), in `years`, or never within the search. */
  due: { now: true } | { now: false; years: number } | null;
  pigmentPercent: number;
  dotWidthMm: number;
  notes: ReadoutNote[];
}

/** What depends on the plan and conditions only: worked out once per plan, not on every frame of playback. */
export interface ReadoutBasis {
  classes: SessionClass[];
  fadeDay: number | null;
  healedWidthMm: number;
  /** The next noticeable fade from a time (fadeSearch). */
  dueFrom: (tDays: number) => number | null;
}

/**
 * nextFadeDay(c, plan, tDays) remembered: the answer found from an earlier time holds for every time
 * up to it (no crossing lies between) and, when there is none within the search, for every later
 * time. The readout and the plot's due mark share it (playback asks at every frame).
 */
export function fadeSearch(c: Partial<Conditions>, plan: TreatmentPlan): (tDays: number) => number | null {
  let known: { from: number; due: number | null } | null = null;
  return (tDays) => {
    if (known && tDays >= known.from && (known.due === null || tDays <= known.due)) return known.due;
    known = { from: tDays, due: nextFadeDay(c, plan, tDays, FADE_SEARCH_YEARS * DAYS_PER_YEAR) };
    return known.due;
  };
}

export function readoutBasis(c: Partial<Conditions>, plan: TreatmentPlan): ReadoutBasis {
  // The treatment's own fading and width, before any touch-up or laser.
  const own = { ...plan, touchUpYears: [], laser: null };
  return {
    dueFrom: fadeSearch(c, plan),
    classes: planClasses(c, plan),
    fadeDay: nextFadeDay(c, own, 0, FADE_SEARCH_YEARS * DAYS_PER_YEAR),
    healedWidthMm: planDotFwhmMm(c, own, lastSessionDay(plan) + HEALING_READOUT_DAYS),
  };
}

export interface ReadoutInput {
  conditions: Conditions;
  plan: TreatmentPlan;
  tDays: number;
  /** Further hair loss gained by now (stages), from src/model/pattern.ts. */
  stagesGained: number;
}

export function readoutFacts({ conditions: c, plan, tDays, stagesGained }: ReadoutInput, basis = readoutBasis(c, plan)): ReadoutFacts {
  const events = eventDays(plan).filter((d) => d <= tDays + 1e-9);
  const lastEvent = events.at(-1) ?? 0;
  const since = tDays - lastEvent;
  const sessionDays = sessionDaysFor(plan).slice(0, plan.sessions);
  const sessionNo = sessionDays.filter((d) => d <= tDays + 1e-9).length;
  const laser = laserDays(plan.laser);
  const laserDone = laser.filter((d) => d <= tDays).length;
  const due = basis.dueFrom(tDays);
  const load = relativePlanLoad(c, plan, tDays, basis.classes);
  const width = planDotFwhmMm(c, plan, tDays, basis.classes);
  const touchUpsDone = plan.touchUpYears.filter((y) => y * DAYS_PER_YEAR <= tDays).length;

  const notes: ReadoutNote[] = [];
  if (plan.sessions === 1) notes.push({ kind: 'oneSession' });
  else if (tDays < lastSessionDay(plan)) notes.push({ kind: 'building', session: sessionNo, sessions: plan.sessions });
  if (c.depthMm >= DEEP_NOTE_MM) notes.push({ kind: 'deep', depthMm: c.depthMm, halo: c.depthMm >= HALO_NOTE_MM });
  if (touchUpsDone >= HELMET_TOUCH_UPS && width > HELMET_WIDTH_RATIO * basis.healedWidthMm)
    notes.push({ kind: 'helmet', touchUps: touchUpsDone, widthMm: width, healedWidthMm: basis.healedWidthMm });
  if (stagesGained > HAIR_LOSS_NOTE_STAGES) notes.push({ kind: 'hairLoss', stages: stagesGained });
  if (laserDone > 0)
    notes.push({
      kind: 'laser',
      done: laserDone,
      sessions: laser.length,
      pigmentPercent: Math.round(100 * load),
      lightSpotPercent: Math.round(100 * laserLightSpotShare(plan.laser, tDays, c.monkTone)),
    });

  return {
    healing:
      events.length > 0 && since < HEALING_READOUT_DAYS
        ? {
            days: since,
            after: sessionDays.includes(lastEvent)
              ? { kind: 'session', n: sessionNo }
              : laser.includes(lastEvent)
                ? { kind: 'laser', n: laserDone }
                : { kind: 'touchUp' },
          }
        : null,
    treatmentFadeYears: basis.fadeDay === null ? null : (basis.fadeDay - lastSessionDay(plan)) / DAYS_PER_YEAR,
    due: due === null ? null : due <= tDays + 1 ? { now: true } : { now: false, years: due / DAYS_PER_YEAR },
    pigmentPercent: Math.round(100 * load),
    dotWidthMm: width,
    notes,
  };
}
