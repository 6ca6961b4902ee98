/**
 * The two small best- and worst-case views beside the plot. They are drawn by the main renderer
 * (one WebGL context) into a corner of its buffer and copied into these 2D canvases before the
 * main view is drawn over it, so the main canvas never shows them.
 */
export type RangeEnd = 'best' | 'worst';

const targets: Record<RangeEnd, HTMLCanvasElement | null> = { best: null, worst: null };
const listeners = new Set<() => void>();

export function setRangeTarget(which: RangeEnd, canvas: HTMLCanvasElement | null): void {
  targets[which] = canvas;
  listeners.forEach((f) => f());
}

export function rangeTarget(which: RangeEnd): HTMLCanvasElement | null {
  return targets[which];
}

/** Called when a view appears or goes: the scene redraws to fill it. */
export function onRangeTargets(f: () => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}
