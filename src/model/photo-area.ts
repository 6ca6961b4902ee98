/**
 * The treatment area on the client's photo (issue 15) and the dots in it. The user paints and
 * erases the area with a brush (or the sample starts with an ellipse); the area's edge is finished
 * as the hairline profile finishes the head's (coverage ramps from 0 at the edge to 1 an edge width
 * inside it). The dots are laid out by the head's own rules (src/model/layout.ts: jittered grid,
 * density per cm² of skin, shades, per-dot jitter and susceptibility, seed) on the photo's plane,
 * whose chart unit is one photo pixel: skin per chart area is mm per pixel squared, times the skin
 * per pixel of a round scalp when the outline is known (src/model/photo-geometry.ts).
 */
import { type Ellipse, type Point, skinPerPixel } from './photo-geometry.ts';
import { type CoverageField, type DotLayout, buildGeometry, generateLayout } from './layout.ts';
import { type ChartGrid, readChartGrid } from './chart.ts';

/** The mask's longer side, cells: fine enough for a brush of a few millimetres on any photo. */
export const MASK_MAX_SIDE = 512;

/** One step of painting: a brush stroke (a polyline swept by a disc) or a filled ellipse, painting or erasing. */
export type AreaOp =
  | { kind: 'stroke'; erase: boolean; radiusPx: number; points: readonly Point[] }
  | { kind: 'ellipse'; erase: boolean; cx: number; cy: number; rx: number; ry: number };

/** Painted or not, per mask cell; a cell spans `step` photo pixels a side. */
export interface AreaMask {
  cols: number;
  rows: number;
  step: number;
  inside: Uint8Array;
}

/**
 * A smooth curve through the hairline's points (Catmull–Rom, 8 steps a span), each end carried on
 * straight along its last direction by `reachPx`, so the curve divides the whole photo in two.
 */
export function hairlineCurve(points: readonly Point[], reachPx: number): Point[] {
  if (points.length < 2) return [];
  const p = (i: number): Point => points[Math.min(points.length - 1, Math.max(0, i))]!;
  const out: Point[] = [];
  for (let i = 0; i < points.length - 1; i++)
    for (let k = 0; k < 8; k++) {
      const t = k / 8,
        t2 = t * t,
        t3 = t2 * t;
      const [a, b, c, d] = [p(i - 1), p(i), p(i + 1), p(i + 2)];
      const f = (j: 0 | 1): number =>
        0.5 * (2 * b[j] + (c[j] - a[j]) * t + (2 * a[j] - 5 * b[j] + 4 * c[j] - d[j]) * t2 + (3 * b[j] - a[j] - 3 * c[j] + d[j]) * t3);
      out.push([f(0), f(1)]);
    }
  out.push(points[points.length - 1]!);
  const extend = (from: Point, to: Point): Point => {
    const dx = to[0] - from[0],
      dy = to[1] - from[1];
    const len = Math.hypot(dx, dy) || 1;
    return [to[0] + (dx / len) * reachPx, to[1] + (dy / len) * reachPx];
  };
  return [extend(out[1]!, out[0]!), ...out, extend(out[out.length - 2]!, out[out.length - 1]!)];
}

/**
 * The hairline: a curve through a few points across the area. It keeps the side of it that holds
 * more of the painted area (the scalp) and takes away the other (the forehead), so a curve drawn
 * in any direction, on a top or a front photo, trims the area to the line.
 */
function clipByHairline(mask: AreaMask, points: readonly Point[]): void {
  const { cols, rows, step, inside } = mask;
  const curve = hairlineCurve(points, 4 * (cols + rows) * step);
  if (curve.length < 2) return;
  const side = new Int8Array(cols * rows);
  const counts = [0, 0];
  for (let j = 0; j < rows; j++)
    for (let i = 0; i < cols; i++) {
      const x = (i + 0.5) * step,
        y = (j + 0.5) * step;
      // The side of the nearest segment is the side of the curve.
      let best = Infinity,
        cross = 0;
      for (let k = 1; k < curve.length; k++) {
        const [ax, ay] = curve[k - 1]!,
          [bx, by] = curve[k]!;
        const dx = bx - ax,
          dy = by - ay;
        const len2 = dx * dx + dy * dy || 1;
        const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / len2));
        const ex = x - ax - t * dx,
          ey = y - ay - t * dy;
        const d2 = ex * ex + ey * ey;
        if (d2 < best) {
          best = d2;
          cross = dx * (y - ay) - dy * (x - ax);
        }
      }
      const s = cross >= 0 ? 1 : 0;
      side[j * cols + i] = s;
      if (inside[j * cols + i]) counts[s]!++;
    }
  const keep = counts[1]! >= counts[0]! ? 1 : 0;
  for (let k = 0; k < inside.length; k++) if (side[k] !== keep) inside[k] = 0;
}

/**
 * The mask the operations paint, in order, on a photo of widthPx × heightPx, trimmed by the
 * hairline when it has two or more points.
 */
export function paintMask(widthPx: number, heightPx: number, ops: readonly AreaOp[], hairline: readonly Point[] = []): AreaMask {
  const step = Math.max(1, Math.max(widthPx, heightPx) / MASK_MAX_SIDE);
  const cols = Math.max(1, Math.ceil(widthPx / step)),
    rows = Math.max(1, Math.ceil(heightPx / step));
  const inside = new Uint8Array(cols * rows);
  const cellRange = (lo: number, hi: number, n: number): [number, number] => [
    Math.max(0, Math.floor(lo / step - 0.5)),
    Math.min(n - 1, Math.ceil(hi / step - 0.5)),
  ];
  for (const op of ops) {
    const v = op.erase ? 0 : 1;
    if (op.kind === 'ellipse') {
      if (!(op.rx > 0 && op.ry > 0)) continue;
      const [i0, i1] = cellRange(op.cx - op.rx, op.cx + op.rx, cols);
      const [j0, j1] = cellRange(op.cy - op.ry, op.cy + op.ry, rows);
      for (let j = j0; j <= j1; j++)
        for (let i = i0; i <= i1; i++) {
          const u = ((i + 0.5) * step - op.cx) / op.rx,
            w = ((j + 0.5) * step - op.cy) / op.ry;
          if (u * u + w * w <= 1) inside[j * cols + i] = v;
        }
      continue;
    }
    const r = op.radiusPx;
    if (!(r > 0) || op.points.length === 0) continue;
    const pts = op.points.length === 1 ? [op.points[0]!, op.points[0]!] : op.points;
    for (let k = 1; k < pts.length; k++) {
      const [ax, ay] = pts[k - 1]!,
        [bx, by] = pts[k]!;
      const [i0, i1] = cellRange(Math.min(ax, bx) - r, Math.max(ax, bx) + r, cols);
      const [j0, j1] = cellRange(Math.min(ay, by) - r, Math.max(ay, by) + r, rows);
      const dx = bx - ax,
        dy = by - ay;
      const len2 = dx * dx + dy * dy;
      for (let j = j0; j <= j1; j++)
        for (let i = i0; i <= i1; i++) {
          const px = (i + 0.5) * step - ax,
            py = (j + 0.5) * step - ay;
          const t = len2 > 0 ? Math.min(1, Math.max(0, (px * dx + py * dy) / len2)) : 0;
          const ex = px - t * dx,
            ey = py - t * dy;
          if (ex * ex + ey * ey <= r * r) inside[j * cols + i] = v;
        }
    }
  }
  const mask = { cols, rows, step, inside };
  if (hairline.length >= 2) clipByHairline(mask, hairline);
  return mask;
}

/**
 * Distance (photo pixels) from each painted cell's centre to the nearest unpainted cell, by a
 * two-pass chamfer transform (steps 1 and √2: within 8 % of the true distance). Beyond the photo's
 * border counts as painted: the scalp goes on past the frame, so the edge is not finished there.
 */
export function insideDistancePx(mask: AreaMask): Float32Array {
  const { cols, rows, inside, step } = mask;
  const big = 1e9;
  const d = new Float32Array(cols * rows);
  for (let k = 0; k < d.length; k++) d[k] = inside[k] ? big : 0;
  const D = Math.SQRT2;
  const at = (i: number, j: number): number => (i < 0 || j < 0 || i >= cols || j >= rows ? big : d[j * cols + i]!);
  for (let j = 0; j < rows; j++)
    for (let i = 0; i < cols; i++) {
      const k = j * cols + i;
      if (d[k] === 0) continue;
      d[k] = Math.min(d[k]!, at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + D, at(i + 1, j - 1) + D);
    }
  for (let j = rows - 1; j >= 0; j--)
    for (let i = cols - 1; i >= 0; i--) {
      const k = j * cols + i;
      if (d[k] === 0) continue;
      d[k] = Math.min(d[k]!, at(i + 1, j) + 1, at(i, j + 1) + 1, at(i + 1, j + 1) + D, at(i - 1, j + 1) + D);
    }
  // A painted cell next to an unpainted one is half a cell from the edge between them.
  for (let k = 0; k < d.length; k++) if (d[k]! > 0) d[k] = Math.min(d[k]!, 1e6) * step - 0.5 * step;
  return d;
}

/**
 * The design's coverage over the photo: 0 outside the painted area, rising smoothly to 1 an edge
 * width (`edgePx`, the hairline profile's: src/model/regions.ts, profileEdgeMm) inside its edge.
 * Null when nothing is painted.
 */
export function photoCoverage(mask: AreaMask, edgePx: number): CoverageField | null {
  const dist = insideDistancePx(mask);
  const { cols, rows, step } = mask;
  const values = new Float32Array(cols * rows);
  let i0 = cols,
    i1 = -1,
    j0 = rows,
    j1 = -1;
  for (let j = 0; j < rows; j++)
    for (let i = 0; i < cols; i++) {
      const k = j * cols + i;
      if (!mask.inside[k]) continue;
      const t = edgePx > 0 ? Math.min(1, Math.max(0, dist[k]! / edgePx)) : 1;
      values[k] = t * t * (3 - 2 * t);
      i0 = Math.min(i0, i);
      i1 = Math.max(i1, i);
      j0 = Math.min(j0, j);
      j1 = Math.max(j1, j);
    }
  if (i1 < 0) return null;
  const grid: ChartGrid = { x0: 0.5 * step, y0: 0.5 * step, step, nx: cols, ny: rows, values };
  return {
    bbox: { x0: i0 * step, y0: j0 * step, x1: (i1 + 1) * step, y1: (j1 + 1) * step },
    coverage: (x, y) => readChartGrid(grid, x, y),
  };
}

/** What the layout on a photo needs besides the area. */
export interface PhotoLayoutInput {
  seed: number;
  densityPerCm2: number;
  mmPerPx: number;
  /** The scalp's outline for the round-scalp correction and how high the crown stands (pixels); null: a flat patch. */
  round: { outline: Ellipse; heightPx: number } | null;
  field: CoverageField;
}

/** mm² of skin per photo pixel² at (x, y). */
export function photoSkinAreaPerPixel(x: number, y: number, mmPerPx: number, round: PhotoLayoutInput['round']): number {
  return mmPerPx * mmPerPx * (round ? skinPerPixel(x, y, round.outline, round.heightPx) : 1);
}

/** The dots on the photo: the head's layout rules with the photo's pixels as the chart. */
export function photoLayout({ seed, densityPerCm2, mmPerPx, round, field }: PhotoLayoutInput): DotLayout {
  const geometry = buildGeometry(field, (x, y) => photoSkinAreaPerPixel(x, y, mmPerPx, round), 64, 2);
  return generateLayout({ seed, densityPerCm2, field, geometry });
}
