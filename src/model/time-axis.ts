const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

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
