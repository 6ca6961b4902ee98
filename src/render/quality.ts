/**
 * Adaptive quality: while the view moves (playback, the demo, presentation's slow turn, an orbit
 * drag), frames must come often enough to read as motion; a weak GPU gets there by drawing fewer
 * pixels (pixel ratio) and less per pixel (how far a pixel looks for dots and hairs, how many hairs
 * of a unit it draws). When the view comes to rest, one frame is drawn at full quality, so what a
 * client studies and what the tests read is always the full picture.
 *
 * The governor is plain logic over frame intervals (no DOM, no three): it steps down as soon as
 * frames are clearly too slow, and steps back up only after sustained headroom; a step up that
 * did not hold makes the next one wait twice as long, so it does not see-saw.
 */

export interface QualityLevel {
  /** Largest pixel ratio drawn (the device's own is used when lower). */
  pixelRatioCap: number;
  /** Cells out from a pixel's own that are searched for dots (their blurred halos reach that far). */
  dotCells: number;
  /** The same for hair follicles. */
  hairCells: number;
  /** Hairs drawn per follicular unit (1–3). */
  strands: number;
}

/** Lowest first; the last is full quality, the only one a still view is drawn at. */
export const QUALITY_LEVELS: readonly QualityLevel[] = [
  { pixelRatioCap: 0.5, dotCells: 1, hairCells: 1, strands: 1 },
  { pixelRatioCap: 0.75, dotCells: 2, hairCells: 1, strands: 2 },
  { pixelRatioCap: 1, dotCells: 2, hairCells: 2, strands: 3 },
  { pixelRatioCap: 1.5, dotCells: 3, hairCells: 2, strands: 3 },
  { pixelRatioCap: 2, dotCells: 3, hairCells: 2, strands: 3 },
];
export const FULL_QUALITY = QUALITY_LEVELS.length - 1;

export interface GovernorOptions {
  /** Frame interval to keep under while moving (ms): 30 frames a second. */
  targetMs?: number;
  /** Below this there is headroom to step up (ms). */
  headroomMs?: number;
  /** Frames judged together. */
  window?: number;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : 0.5 * (s[m - 1]! + s[m]!);
};

export class QualityGovernor {
  level = FULL_QUALITY;
  private readonly targetMs: number;
  private readonly headroomMs: number;
  private readonly size: number;
  private samples: number[] = [];
  private goodWindows = 0;
  /** Good windows needed before stepping up; doubles when a step up fails. */
  private patience = 2;
  private steppedUpAt = -1;
  private windows = 0;

  constructor({ targetMs = 1000 / 30, headroomMs = 1000 / 50, window = 10 }: GovernorOptions = {}) {
    this.targetMs = targetMs;
    this.headroomMs = headroomMs;
    this.size = window;
  }

  /** One frame interval while moving; returns the level to draw the next frame at. */
  frame(intervalMs: number): number {
    if (!(intervalMs > 0) || !Number.isFinite(intervalMs)) return this.level;
    this.samples.push(intervalMs);
    // Far too slow (three frames at over twice the target): step down at once, not after a window.
    if (this.samples.length >= 3 && this.level > 0 && median(this.samples.slice(-3)) > 2 * this.targetMs) return this.down();
    if (this.samples.length < this.size) return this.level;
    const m = median(this.samples);
    this.samples = [];
    this.windows++;
    if (m > this.targetMs * 1.15 && this.level > 0) return this.down();
    if (m < this.headroomMs && this.level < FULL_QUALITY) {
      if (++this.goodWindows >= this.patience) {
        this.level++;
        this.goodWindows = 0;
        this.steppedUpAt = this.windows;
      }
    } else this.goodWindows = 0;
    return this.level;
  }

  private down(): number {
    // A step up that failed within two windows: wait longer before the next one.
    if (this.steppedUpAt >= 0 && this.windows - this.steppedUpAt <= 2) this.patience = Math.min(16, this.patience * 2);
    this.steppedUpAt = -1;
    this.level--;
    this.samples = [];
    this.goodWindows = 0;
    return this.level;
  }
}

/** The pixel ratio to draw at: the device's (at least 1, as the canvas is set up), capped by the level. */
export function pixelRatioFor(level: number, devicePixelRatio: number): number {
  const q = QUALITY_LEVELS[Math.max(0, Math.min(FULL_QUALITY, level))]!;
  return Math.min(Math.max(devicePixelRatio, 1), q.pixelRatioCap);
}
