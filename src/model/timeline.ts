/**
 * The client's journey in time (docs/model.md): sessions, touch-ups and laser removal as
 * deposits, each keeping its own clock, added up per dot. Dots fall into four session classes (which
 * sessions put pigment into them); each class's deposits are folded into one DotOptics
 * (src/model/plan-optics.ts).
 *
 * Time `tDays` is always measured from the first session (day 0) and is an input, never a clock.
 */
import type { Conditions } from './conditions.ts';
import { DAYS_PER_YEAR, HEALED_REFERENCE_DAYS, NOTICEABLE_FADE_RATIO, erythema, pigmentLoad, pigmentPools, transientShare } from './degradation.ts';
import { SHADER_UINTS } from './shader-constants.ts';
import { type LaserCourse, laserDays, laserFactor } from './laser.ts';

export type { LaserCourse } from './laser.ts';

export interface TreatmentPlan {
  /** Sessions carried out: 1, 2 or 3 (docs/model.md; 2–3 needed for full coverage). */
  sessions: 1 | 2 | 3;
  /** Days of sessions 2 and 3 after session 1, each 7–14 days after the one before. */
  sessionDays: readonly [number, number];
  /** Touch-ups, years after the first session. */
  touchUpYears: readonly number[];
  laser: LaserCourse | null;
}

export const DEFAULT_SESSION_DAYS: readonly [number, number] = [10, 21];
export const SESSION_GAP_DAYS: readonly [number, number] = [7, 14];
export const DEFAULT_PLAN: Readonly<TreatmentPlan> = Object.freeze({
  sessions: 3,
  sessionDays: DEFAULT_SESSION_DAYS,
  touchUpYears: [],
  laser: null,
});
/** RMS landing offset of a touch-up from the dot's visible centre, per axis (docs/model.md: 0.03 mm) [cal]. */
export const TOUCH_UP_OFFSET_MM = 0.03;
export const MAX_TOUCH_UPS = 12;

export interface Deposit {
  /** Day of the deposit, from the first session. */
  day: number;
  /** Dose relative to a full-strength fresh impression. */
  dose: number;
  /**
   * How many touch-ups have landed on this dot up to and including this one. The technician aims
   * at the dot as it looks now, whose centre has already moved, so landing offsets add up like a
   * random walk: this deposit's centre has variance steps × 0.03² per axis.
   */
  offsetSteps: number;
}

export interface SessionClass {
  /** Share of the layout's cells in this class (the rest of the shares: not yet treated). */
  share: number;
  deposits: Deposit[];
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Session days clamped so that each gap is 7–14 days. */
export function sessionDaysFor(plan: Pick<TreatmentPlan, 'sessionDays'>): [number, number, number] {
  const [lo, hi] = SESSION_GAP_DAYS;
  const d2 = clamp(plan.sessionDays[0], lo, hi);
  const d3 = d2 + clamp(plan.sessionDays[1] - d2, lo, hi);
  return [0, d2, d3];
}

/**
 * The session classes (docs/model.md, [cal]): session 1 places about 50 % of the dots at dose 0.7;
 * session 2 adds about 35 % at 0.85 and re-passes about 30 % of the first (here 15 % of all dots);
 * session 3 adds the last 15 % (hairline, detail) at full dose. With two sessions, the second
 * completes the coverage; with one, half the dots are there, light: patchy by design.
 * Always four classes in this order (the shader's uniforms): s1 only, s1 + re-pass, s2, s3.
 */
export function sessionClasses(plan: Pick<TreatmentPlan, 'sessions' | 'sessionDays'>): SessionClass[] {
  const [, d2, d3] = sessionDaysFor(plan);
  const s1 = { day: 0, dose: 0.7, offsetSteps: 0 };
  const s2 = { day: d2, dose: 0.85, offsetSteps: 0 };
  const s3 = { day: d3, dose: 1.0, offsetSteps: 0 };
  if (plan.sessions === 1)
    return [
      { share: 0.5, deposits: [s1] },
      { share: 0, deposits: [] },
      { share: 0, deposits: [] },
      { share: 0, deposits: [] },
    ];
  const second = plan.sessions === 2 ? 0.5 : 0.35;
  return [
    { share: 0.35, deposits: [s1] },
    { share: 0.15, deposits: [s1, s2] },
    { share: second, deposits: [s2] },
    { share: plan.sessions === 3 ? 0.15 : 0, deposits: plan.sessions === 3 ? [s3] : [] },
  ];
}

/** Pigment load of a set of deposits at tDays (each on its own clock), laser removal included. */
export function depositsLoad(c: Partial<Conditions>, deposits: readonly Deposit[], tDays: number, laser: LaserCourse | null = null): number {
  let sum = 0;
  for (const d of deposits) {
    if (tDays < d.day) continue;
    const p = pigmentPools(c, tDays - d.day);
    sum += d.dose * (p.transient + laserFactor(laser, d.day, tDays) * (p.shallow + p.deep));
  }
  return sum;
}

/** M_ref: the healed load of a fresh full-dose dot. */
export function referenceLoad(c: Partial<Conditions>): number {
  return pigmentLoad(c, HEALED_REFERENCE_DAYS);
}

/**
 * Touch-up dose (docs/model.md): what brings a dot back to the healed load of a fresh dot, given what it
 * still holds; the transient share of the new ink leaves within weeks, hence the division.
 */
export function touchUpDose(c: Partial<Conditions>, existingLoad: number): number {
  return Math.max(0, (referenceLoad(c) - existingLoad) / (1 - transientShare(c)));
}

/** Each class's deposits with the plan's touch-ups added, in time order. */
export function planClasses(c: Partial<Conditions>, plan: TreatmentPlan): SessionClass[] {
  const touchUps = [...plan.touchUpYears]
    .filter((y) => Number.isFinite(y) && y >= 0)
    .sort((a, b) => a - b)
    .slice(0, MAX_TOUCH_UPS);
  return sessionClasses(plan).map((cls) => {
    const deposits = [...cls.deposits];
    if (cls.share > 0)
      touchUps.forEach((years, k) => {
        const day = years * DAYS_PER_YEAR;
        const dose = touchUpDose(c, depositsLoad(c, deposits, day, plan.laser));
        if (dose > 1e-4) deposits.push({ day, dose, offsetSteps: k + 1 });
      });
    return { share: cls.share, deposits };
  });
}

/** Load of a whole treated area per dot site (dots not yet placed count as empty) at tDays. */
export function meanLoad(c: Partial<Conditions>, plan: TreatmentPlan, tDays: number, classes = planClasses(c, plan)): number {
  return classes.reduce((s, cls) => s + cls.share * depositsLoad(c, cls.deposits, tDays, plan.laser), 0);
}

/** The plan's last session day. */
export function lastSessionDay(plan: Pick<TreatmentPlan, 'sessions' | 'sessionDays'>): number {
  return sessionDaysFor(plan)[plan.sessions - 1]!;
}

/**
 * The load a complete treatment (three sessions on the same days) has healed to, a month after its
 * last session: the 100 % of the timeline plot. One or two sessions then show as the share of a
 * full result they give.
 */
export function healedPlanLoad(c: Partial<Conditions>, plan: Pick<TreatmentPlan, 'sessionDays'>): number {
  const full: TreatmentPlan = { sessions: 3, sessionDays: plan.sessionDays, touchUpYears: [], laser: null };
  return meanLoad(c, full, lastSessionDay(full) + HEALED_REFERENCE_DAYS);
}

/** The plot's curve: load relative to a complete healed treatment. */
export function relativePlanLoad(c: Partial<Conditions>, plan: TreatmentPlan, tDays: number, classes = planClasses(c, plan)): number {
  return meanLoad(c, plan, tDays, classes) / healedPlanLoad(c, plan);
}

/** Days of every needle event (sessions, touch-ups, laser), in order: they redden the skin. */
export function eventDays(plan: TreatmentPlan): number[] {
  const sessions = sessionDaysFor(plan).slice(0, plan.sessions);
  return [...sessions, ...plan.touchUpYears.map((y) => y * DAYS_PER_YEAR), ...laserDays(plan.laser)].sort((a, b) => a - b);
}

/** Erythema now: that of the most recent event. */
export function planErythema(plan: TreatmentPlan, tDays: number): number {
  let e = 0;
  for (const d of eventDays(plan)) if (d <= tDays) e = erythema(tDays - d);
  return e;
}

/** First day at or after `fromDays` (and after healing) when the plan's load is noticeably faded. */
export function nextFadeDay(c: Partial<Conditions>, plan: TreatmentPlan, fromDays: number, maxDays = 40 * DAYS_PER_YEAR): number | null {
  const classes = planClasses(c, plan);
  const rel = (t: number): number => relativePlanLoad(c, plan, t, classes);
  const settled = (t: number): number => {
    // Not while a deposit of the last 30 days is healing.
    let s = t;
    for (const d of eventDays(plan)) if (d <= t + 1e-9 && t < d + HEALED_REFERENCE_DAYS) s = d + HEALED_REFERENCE_DAYS;
    return s;
  };
  let t = settled(Math.max(fromDays, lastSessionDay(plan) + HEALED_REFERENCE_DAYS));
  if (rel(t) <= NOTICEABLE_FADE_RATIO) return t;
  // Step forward in 20-day steps to the first crossing, then bisect it. Touch-ups and laser restart
  // the search at their own healed time.
  const step = 20;
  while (t < maxDays) {
    const next = settled(t + step);
    if (next > t + step + 1e-9) {
      t = next;
      if (rel(t) <= NOTICEABLE_FADE_RATIO) return t;
      continue;
    }
    if (rel(next) <= NOTICEABLE_FADE_RATIO) {
      let lo = t,
        hi = next;
      for (let k = 0; k < 40; k++) {
        const mid = 0.5 * (lo + hi);
        if (rel(mid) <= NOTICEABLE_FADE_RATIO) hi = mid;
        else lo = mid;
      }
      return hi;
    }
    t = next;
  }
  return null;
}

/** Touch-up years every `everyYears`, up to `endYears` (a convenience for the touch-up editor). */
export function touchUpsEvery(everyYears: number, endYears = 20): number[] {
  if (!(everyYears >= 1)) return [];
  const out: number[] = [];
  for (let y = everyYears; y <= endYears + 1e-9 && out.length < MAX_TOUCH_UPS; y += everyYears) out.push(Math.round(y * 100) / 100);
  return out;
}

/**
 * Which session class the dot of layout cell (col, row) belongs to, or −1 where no session has
 * placed one: an integer hash of the cell, so the shader (shaders/smp.glsl, sessionClass) makes the
 * same choice without storing it, and changing the sessions needs no new layout.
 */
export function sessionClassOfCell(col: number, row: number, shares: readonly number[]): number {
  let h = (Math.imul(col, SHADER_UINTS.CLASS_HASH_X) ^ Math.imul(row, SHADER_UINTS.CLASS_HASH_Y)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, SHADER_UINTS.CLASS_HASH_M1) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, SHADER_UINTS.CLASS_HASH_M2) >>> 0;
  h ^= h >>> 16;
  const u = (h >>> 8) / 16777216;
  let cut = 0;
  for (let k = 0; k < shares.length; k++) {
    cut += shares[k]!;
    if (u < cut) return k;
  }
  return -1;
}
