/** The cross-section's light (issue 16): the reference's photon paths drawn over a drawn slice. */
import { SLICE_WIDTH_MM } from '../../model/slice.ts';
import { AIR_MM, type SliceLook, sliceHeightFor } from './draw.ts';
import type { ShownBand } from './photons.ts';

/** The wavebands' colours on the slice and in its legend. */
export const BAND_COLOURS: Record<number, string> = { 460: '#4aa8ff', 540: '#5fd36a', 640: '#ff5a4a' };

/**
 * Draws the photon paths over a drawn slice: each band's paths to `progress` of their points (1: the
 * whole paths, a still frame), entering over the lit impression.
 */
export function drawLight(ctx: CanvasRenderingContext2D, look: SliceLook, w: number, photons: readonly ShownBand[], progress: number): void {
  const s = w / SLICE_WIDTH_MM;
  const h = sliceHeightFor(w);
  const X = (x: number): number => x * s;
  const Y = (z: number): number => (z + AIR_MM) * s;
  const px = Math.max(1, w / 900);
  ctx.lineWidth = 2 * px;
  ctx.lineJoin = 'round';
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, 0, w, h);
  ctx.clip();
  for (const band of photons) {
    ctx.strokeStyle = BAND_COLOURS[band.nm] ?? '#fff';
    ctx.fillStyle = ctx.strokeStyle;
    band.shown.forEach((path) => {
      const n = path.points.length / 3;
      const upto = Math.max(2, Math.round(n * Math.min(1, Math.max(0, progress))));
      // Each packet enters where the reference launched it, about the lit impression's axis.
      const dx = look.lightXMm;
      ctx.beginPath();
      // Coming down from the air to where it entered.
      ctx.moveTo(X(dx + path.points[0]!), Y(-AIR_MM));
      for (let k = 0; k < Math.min(n, upto); k++) ctx.lineTo(X(dx + path.points[3 * k]!), Y(path.points[3 * k + 2]!));
      const last = Math.min(n, upto) - 1;
      const lx = X(dx + path.points[3 * last]!),
        ly = Y(path.points[3 * last + 2]!);
      if (upto >= n && path.fate === 'out') ctx.lineTo(lx, Y(-AIR_MM));
      ctx.stroke();
      ctx.beginPath();
      ctx.arc(lx, ly, 3 * px, 0, 2 * Math.PI);
      ctx.fill();
    });
  }
  ctx.restore();
}
