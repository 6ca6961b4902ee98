/**
 * The client's journey in time (degradation-model.md §5): sessions, touch-ups and laser removal as
 * deposits, each keeping its own clock, added up per dot. Dots fall into four session classes (which
 * sessions put pigment into them); each class's deposits are folded into one DotOptics, so the
 * shader evaluates one Gaussian per pool per dot whatever the history.
 *
 * Time `tDays` is always measured from the first session (day 0) and is an input, never a clock.
 */
import { type Conditions, presets, resolveConditions } from './conditions.ts';
import {
  DAYS_PER_YEAR,
  HEALED_REFERENCE_DAYS,
  NOTICEABLE_FADE_RATIO,
  FWHM_PER_SIGMA,
  erythema,
  pigmentLoad,
  pigmentPools,
  transientShare,
  healedSigmaMm,
} from './degradation.ts';
import { type DotOptics, dotOptics } from './optics.ts';
import type { Rgb } from './colour.ts';
import { SHADER_UINTS } from './shader-constants.ts';

export interface LaserCourse {
  /** First laser session, years after the first SMP session. */
  startYears: number;
  /** Q-switched sessions in the course (the article: 5–10). */
  sessions: number;
  /** Days between laser sessions. */
  intervalDays: number;
}

export interface TreatmentPlan {
  /** Sessions carried out: 1, 2 or 3 (spec §5; 2–3 needed for full coverage). */
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
export const LASER_SESSIONS: readonly [number, number] = [5, 10];
/** Q-switched sessions are spaced 6–8 weeks apart to let the skin recover. */
export const LASER_INTERVAL_DAYS = 49;
/** Laser-broken pigment is carried off by macrophages over about six weeks (spec §5) [cal]. */
export const LASER_CLEARANCE_TAU_DAYS = 14;
/** RMS landing offset of a touch-up from the dot's visible centre, per axis (spec §5: 0.03 mm) [cal]. */
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
 * The session classes (spec §5, [cal]): session 1 places about 50 % of the dots at dose 0.7;
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

/** Days of the laser sessions of a course. */
export function laserDays(laser: LaserCourse | null): number[] {
  if (!laser) return [];
  const n = Math.round(clamp(laser.sessions, LASER_SESSIONS[0], LASER_SESSIONS[1]));
  const start = Math.max(0, laser.startYears) * DAYS_PER_YEAR;
  return Array.from({ length: n }, (_, k) => start + k * laser.intervalDays);
}

/**
 * Share of retained pigment each laser session removes: the course leaves 10 % after its last
 * session (the article's 5–10 sessions give f_L = 0.37 to 0.21, spec §5).
 */
export function laserRemovalShare(sessions: number): number {
  const n = Math.round(clamp(sessions, LASER_SESSIONS[0], LASER_SESSIONS[1]));
  return 1 - 0.1 ** (1 / n);
}

/** What is left of a deposit's retained pigment at tDays, after the laser sessions since it was placed. */
export function laserFactor(laser: LaserCourse | null, depositDay: number, tDays: number): number {
  if (!laser) return 1;
  const f = laserRemovalShare(laser.sessions);
  let left = 1;
  for (const day of laserDays(laser)) {
    if (day < depositDay || day > tDays) continue;
    left *= 1 - f * (1 - Math.exp(-(tDays - day) / LASER_CLEARANCE_TAU_DAYS));
  }
  return left;
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
 * Touch-up dose (spec §5): what brings a dot back to the healed load of a fresh dot, given what it
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

/**
 * The deposits of one class folded into one dot. Optical depths add up (each deposit aged and
 * drifted on its own clock). The retained pigment is drawn as two Gaussians: the newest deposit
 * (when there is more than one) and everything before it, each moment-matched: the load-weighted
 * mean of its deposits' σ² plus the scatter of their centres (touch-ups land off centre, and the
 * offsets add up like a random walk). Two, because a fresh touch-up is a sharp dot over the old
 * pigment's wide haze, and one averaged Gaussian would blur it. Its fields mean what dotOptics'
 * fields mean, so the shader and dot-field.ts use it unchanged.
 */
export function classOptics(c: Partial<Conditions>, deposits: readonly Deposit[], tDays: number, laser: LaserCourse | null = null): DotOptics {
  const base = dotOptics(c, HEALED_REFERENCE_DAYS);
  const tauT: [number, number, number] = [0, 0, 0];
  const tauH: [number, number, number] = [0, 0, 0];
  const live: Array<{ tau: Rgb; w: number; mig: number; steps: number }> = [];
  for (const d of deposits) {
    if (tDays < d.day) continue;
    const o = dotOptics(c, tDays - d.day);
    const lf = laserFactor(laser, d.day, tDays);
    for (let k = 0; k < 3; k++) {
      tauT[k] = tauT[k]! + d.dose * o.transientTau[k]!;
      tauH[k] = tauH[k]! + d.dose * lf * o.haloTau[k]!;
    }
    const tau = o.retainedTauAtHealed.map((t) => d.dose * lf * t) as unknown as Rgb;
    live.push({ tau, w: tau[1], mig: o.migrationSigma2Mm2, steps: d.offsetSteps });
  }
  const old = live.length > 1 ? live.slice(0, -1) : live;
  const recent = live.length > 1 ? live.slice(-1) : [];
  const a = foldGroup(old),
    b = foldGroup(recent);
  return {
    ...base,
    transientTau: tauT,
    retainedTauAtHealed: a.tau,
    migrationSigma2Mm2: a.mig,
    offsetSigma2Mm2: a.offset,
    recentTauAtHealed: b.tau,
    recentMigrationSigma2Mm2: b.mig,
    recentOffsetSigma2Mm2: b.offset,
    haloTau: tauH,
    skinTint: [1, 1, 1],
  };
}

/**
 * One Gaussian for a group of deposits about the dot's original centre: summed optical depth,
 * load-weighted migration, and the expected second moment of the centres. Deposit k's centre has
 * walked k touch-up steps (variance k·v per axis), so E[Σ w δ²] − E[(Σ w δ)²] = v (Σ wᵢ kᵢ − Σᵢⱼ wᵢ wⱼ min(kᵢ, kⱼ))
 * within the group, plus the group's own mean offset (Σ w k v minus that) seen from the dot's centre:
 * together v Σ wᵢ kᵢ.
 */
function foldGroup(group: ReadonlyArray<{ tau: Rgb; w: number; mig: number; steps: number }>): { tau: Rgb; mig: number; offset: number } {
  const tau: [number, number, number] = [0, 0, 0];
  const total = group.reduce((s, x) => s + x.w, 0);
  let mig = 0,
    steps = 0;
  for (const g of group) {
    for (let k = 0; k < 3; k++) tau[k] = tau[k]! + g.tau[k]!;
    if (total > 0) {
      mig += (g.w / total) * g.mig;
      steps += (g.w / total) * g.steps;
    }
  }
  return { tau, mig, offset: TOUCH_UP_OFFSET_MM ** 2 * steps };
}

/** Everything the renderer needs for a moment: per-class optics, class shares and the skin's redness. */
export interface PlanOptics {
  classes: DotOptics[];
  shares: [number, number, number, number];
  skinTint: Rgb;
}

export function planOptics(c: Partial<Conditions>, plan: TreatmentPlan, tDays: number, classes = planClasses(c, plan)): PlanOptics {
  const E = planErythema(plan, tDays);
  return {
    classes: classes.map((cls) => classOptics(c, cls.deposits, tDays, plan.laser)),
    shares: classes.map((cls) => cls.share) as [number, number, number, number],
    skinTint: [1, 1 - 0.12 * E, 1 - 0.1 * E],
  };
}

/**
 * Apparent width (FWHM, mm) of the average dot with this history: the load-weighted mean of the
 * classes' moment-matched widths.
 */
export function planDotFwhmMm(c: Partial<Conditions>, plan: TreatmentPlan, tDays: number, classes = planClasses(c, plan)): number {
  const sh2 = healedSigmaMm(c) ** 2;
  let w = 0,
    s2 = 0;
  for (const cls of classes) {
    if (cls.share === 0) continue;
    const o = classOptics(c, cls.deposits, tDays, plan.laser);
    const a = cls.share * o.retainedTauAtHealed[1],
      b = cls.share * o.recentTauAtHealed[1];
    w += a + b;
    s2 += a * (sh2 + o.migrationSigma2Mm2 + o.offsetSigma2Mm2) + b * (sh2 + o.recentMigrationSigma2Mm2 + o.recentOffsetSigma2Mm2);
  }
  return w > 0 ? Math.sqrt(s2 / w) * FWHM_PER_SIGMA : 0;
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
 * Sun protection (the article: SPF 30+ on the scalp, hats outdoors). The sun slider is the exposure
 * a person has; protection lowers what reaches the pigment [cal]: sunscreen as people apply it
 * (about a quarter to a half of the tested 2 mg/cm², which gives a small fraction of the label SPF:
 * Faurschou and Wulf, Br J Dermatol 2007) halves it; a hat outdoors takes off another 40 %.
 */
export const SPF_SUN_FACTOR = 0.5;
export const HAT_SUN_FACTOR = 0.6;
export function effectiveSun(sun: number, spf: boolean, hat: boolean): number {
  return clamp(sun, 0, 1) * (spf ? SPF_SUN_FACTOR : 1) * (hat ? HAT_SUN_FACTOR : 1);
}

/** The range's ends (spec §6 presets), with the client's pigment, depth and needle kept. */
export function rangeConditions(c: Partial<Conditions>): { best: Conditions; worst: Conditions } {
  const r = resolveConditions(c);
  return { best: { ...r, ...presets.best }, worst: { ...r, ...presets.worst } };
}

/**
 * Every corner of the lifestyle box the range spans: sun, oil and aftercare at 0 and 1, each
 * pigment grade. Best and worst are two of them; while a touch-up heals, the load relative to the
 * healed load is not ordered between those two alone (more transient ink reads darker for a few
 * weeks), so the band takes all of them.
 */
export function rangeCorners(c: Partial<Conditions>): Conditions[] {
  const r = resolveConditions(c);
  const out: Conditions[] = [];
  for (const sun of [0, 1])
    for (const oil of [0, 1])
      for (const aftercare of [0, 1]) for (const grade of ['premium', 'standard', 'low'] as const) out.push({ ...r, sun, oil, aftercare, grade });
  return out;
}

/**
 * The honest range on the plot: at each time, the lowest and highest relative load over the
 * range's corners (best and worst among them), with the same plan.
 */
export function rangeBand(c: Partial<Conditions>, plan: TreatmentPlan, days: readonly number[]): Array<[number, number]> {
  const corners = rangeCorners(c).map((cc) => ({ cc, classes: planClasses(cc, plan), healed: healedPlanLoad(cc, plan) }));
  return days.map((t) => {
    let lo = Infinity,
      hi = -Infinity;
    for (const { cc, classes, healed } of corners) {
      const v = meanLoad(cc, plan, t, classes) / healed;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return [lo, hi];
  });
}

/**
 * The plot's and the playback's time axis: √(t / end). The first month takes about 6 % of a 20-year
 * axis, so healing can be seen and dragged through day by day, and playback spends time there.
 */
export function yearsToAxis(years: number, endYears: number): number {
  return Math.sqrt(clamp(years / endYears, 0, 1));
}
export function axisToYears(x: number, endYears: number): number {
  const u = clamp(x, 0, 1);
  return u * u * endYears;
}

/** Playback: model years after `elapsedS` seconds of a `durationS` time-lapse to `endYears`. */
export function playbackYears(elapsedS: number, durationS: number, endYears: number): number {
  return axisToYears(Math.max(0, elapsedS) / Math.max(1e-3, durationS), endYears);
}

/**
 * Which session class the dot of layout cell (col, row) belongs to, or −1 where no session has
 * placed one: an integer hash of the cell, so the shader (scalp.frag.glsl, sessionClass) makes the
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

/**
 * Risk of light spots (hypopigmentation) from the laser, per session [cal]: the article names the
 * risk without a figure; Q-switched lasers also hit melanin, so darker skin carries more of it.
 * Returns the share of the treated skin left lighter after the sessions done by tDays.
 */
export function laserLightSpotShare(laser: LaserCourse | null, tDays: number, monkTone: number): number {
  const done = laserDays(laser).filter((d) => d <= tDays).length;
  if (done === 0) return 0;
  const tone = clamp(Number.isFinite(monkTone) ? monkTone : 3, 1, 10);
  const perSession = 0.01 + (0.03 * (tone - 1)) / 9;
  return 1 - (1 - perSession) ** done;
}
