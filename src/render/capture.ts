/**
 * Picture export: the scene registers a function that draws one frame at a given size (device
 * pixels) and hands it back as a 2D canvas; the UI adds the caption and saves it.
 */
import type { SimState } from '../state/sim-state.ts';

/** A frame at a size, optionally of the state with `base` over it (another time, no comparison). */
type Capture = (widthPx: number, heightPx: number, base?: Partial<SimState>, backdrop?: boolean, zoom?: number) => HTMLCanvasElement;

let capture: Capture | null = null;

export function registerCapture(f: Capture): () => void {
  capture = f;
  return () => {
    if (capture === f) capture = null;
  };
}

/** `backdrop`: the stage's dark background behind the head (off for paper); `zoom`: closer than the view. */
export function captureFrame(widthPx: number, heightPx: number, base?: Partial<SimState>, backdrop = true, zoom = 1): HTMLCanvasElement | null {
  return capture ? capture(widthPx, heightPx, base, backdrop, zoom) : null;
}
