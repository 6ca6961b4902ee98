/**
 * Laser removal (docs/model.md, "Laser"): a course of Q-switched sessions, each breaking a share of
 * the retained pigment that macrophages then carry off, and the risk of light spots it leaves on
 * darker skin. Time is days from the first SMP session, an input.
 */
import { DAYS_PER_YEAR } from './degradation.ts';

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

export interface LaserCourse {
  /** First laser session, years after the first SMP session. */
  startYears: number;
  /** Q-switched sessions in the course (the article: 5–10). */
  sessions: number;
  /** Days between laser sessions. */
  intervalDays: number;
}

export const LASER_SESSIONS: readonly [number, number] = [5, 10];
/** Q-switched sessions are spaced 6–8 weeks apart to let the skin recover. */
export const LASER_INTERVAL_DAYS = 49;
/** Laser-broken pigment is carried off by macrophages over about six weeks (docs/model.md) [cal]. */
export const LASER_CLEARANCE_TAU_DAYS = 14;

/** Days of the laser sessions of a course. */
export function laserDays(laser: LaserCourse | null): number[] {
  if (!laser) return [];
  const n = Math.round(clamp(laser.sessions, LASER_SESSIONS[0], LASER_SESSIONS[1]));
  const start = Math.max(0, laser.startYears) * DAYS_PER_YEAR;
  return Array.from({ length: n }, (_, k) => start + k * laser.intervalDays);
}

/**
 * Share of retained pigment each laser session removes: the course leaves 10 % after its last
 * session (the article's 5–10 sessions give f_L = 0.37 to 0.21, docs/model.md).
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
