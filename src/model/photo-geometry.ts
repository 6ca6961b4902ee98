/**
 * The client's own photo (issue 15) as skin: how many millimetres a pixel spans, and how much skin
 * a pixel of a top photo covers once the scalp's curve is allowed for. Pure functions of what the
 * user marks; the photo's pixels never enter the model.
 *
 * Coordinates are the photo's pixels (x right, y down). A top photo is taken as an orthographic
 * view of a spheroid cap: the outline the user marks is the head's widest contour (an ellipse,
 * semi-axes a and b in the photo), and the crown stands `heightMm` above that contour's plane.
 * Skin seen at a pixel then covers sqrt(1 + |∇z|²) times the pixel's own area; towards the outline
 * the skin turns away from the camera and one pixel holds more and more of it, so density per cm²
 * of skin asks for fewer dots per pixel there. Without the correction the picture assumes a flat
 * patch (factor 1 everywhere).
 */
import { SHADER_FLOATS } from './shader-constants.ts';

export type Point = readonly [number, number];

/** Millimetres per pixel from two points a known length apart (a ruler, or the head's breadth). */
export function mmPerPixel(a: Point, b: Point, lengthMm: number): number {
  const px = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (!(px > 0) || !(lengthMm > 0) || !Number.isFinite(lengthMm)) throw new RangeError('Two distinct points and a positive length are needed for the scale.');
  return lengthMm / px;
}

/** An axis-aligned ellipse in the photo (pixels). */
export interface Ellipse {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

/**
 * The axis-aligned ellipse through points marked along the scalp's outline, by least squares on
 * A x² + B y² + C x + D y = 1 (linear in A–D; x, y taken about the points' mean for conditioning).
 * Five or more points spread round the outline; null when they do not describe an ellipse (too
 * few, on a line, or a hyperbola's shape).
 */
export function fitEllipse(points: readonly Point[]): Ellipse | null {
  if (points.length < 5) return null;
  const mx = points.reduce((s, p) => s + p[0], 0) / points.length;
  const my = points.reduce((s, p) => s + p[1], 0) / points.length;
  const scale = Math.max(1e-9, Math.sqrt(points.reduce((s, p) => s + (p[0] - mx) ** 2 + (p[1] - my) ** 2, 0) / points.length));
  // Normal equations M·k = r for k = (A, B, C, D).
  const M = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
  const r = [0, 0, 0, 0];
  for (const p of points) {
    const x = (p[0] - mx) / scale,
      y = (p[1] - my) / scale;
    const row = [x * x, y * y, x, y];
    for (let i = 0; i < 4; i++) {
      r[i]! += row[i]!;
      for (let j = 0; j < 4; j++) M[i]![j]! += row[i]! * row[j]!;
    }
  }
  const k = solve4(M, r);
  if (!k) return null;
  const [A, B, C, D] = k;
  if (!(A! > 0 && B! > 0)) return null;
  // A (x − x0)² + B (y − y0)² = 1 + A x0² + B y0².
  const x0 = -C! / (2 * A!),
    y0 = -D! / (2 * B!);
  const g = 1 + A! * x0 * x0 + B! * y0 * y0;
  if (!(g > 0)) return null;
  return { cx: mx + x0 * scale, cy: my + y0 * scale, rx: Math.sqrt(g / A!) * scale, ry: Math.sqrt(g / B!) * scale };
}

/** Gaussian elimination with partial pivoting; null when the system is singular. */
function solve4(M: number[][], r: number[]): number[] | null {
  const a = M.map((row, i) => [...row, r[i]!]);
  for (let c = 0; c < 4; c++) {
    let p = c;
    for (let i = c + 1; i < 4; i++) if (Math.abs(a[i]![c]!) > Math.abs(a[p]![c]!)) p = i;
    if (Math.abs(a[p]![c]!) < 1e-12) return null;
    [a[c], a[p]] = [a[p]!, a[c]!];
    for (let i = c + 1; i < 4; i++) {
      const f = a[i]![c]! / a[c]![c]!;
      for (let j = c; j < 5; j++) a[i]![j]! -= f * a[c]![j]!;
    }
  }
  const k = [0, 0, 0, 0];
  for (let i = 3; i >= 0; i--) {
    let s = a[i]![4]!;
    for (let j = i + 1; j < 4; j++) s -= a[i]![j]! * k[j]!;
    k[i] = s / a[i]![i]!;
  }
  return k;
}

/**
 * Above this much skin per pixel the skin is seen nearly edge-on (about 70° from the camera): the
 * photo no longer shows its dots one by one, and the correction is held there rather than let grow
 * without bound at the outline. The photo's shader holds it at the same value.
 */
export const MAX_SKIN_PER_PIXEL = SHADER_FLOATS.PHOTO_MAX_SKIN_PER_PIXEL;

/**
 * The slope ∇z of the spheroid cap z = h·sqrt(1 − u² − v²) at pixel (x, y), u = (x − cx)/rx,
 * v = (y − cy)/ry (rx, ry and h in pixels: h = heightMm / mmPerPixel), shortened where needed so
 * that sqrt(1 + |∇z|²) stays within MAX_SKIN_PER_PIXEL; (0, 0) outside the outline (not scalp).
 * The skin's metric on the photo is I + ∇z ∇zᵀ: a pixel step along the slope covers more skin,
 * across it the same (shaders/photo.frag.glsl computes the same).
 */
export function surfaceGradient(x: number, y: number, outline: Ellipse, heightPx: number): [number, number] {
  const u = (x - outline.cx) / outline.rx,
    v = (y - outline.cy) / outline.ry;
  const rest = 1 - u * u - v * v;
  if (rest <= 0) return [0, 0];
  const k = -heightPx / Math.sqrt(rest);
  let gx = (k * u) / outline.rx,
    gy = (k * v) / outline.ry;
  const g2 = gx * gx + gy * gy;
  const most = MAX_SKIN_PER_PIXEL * MAX_SKIN_PER_PIXEL - 1;
  if (g2 > most) {
    const f = Math.sqrt(most / g2);
    gx *= f;
    gy *= f;
  }
  return [gx, gy];
}

/**
 * Skin area per unit of photo area at pixel (x, y) of a top photo: sqrt(1 + |∇z|²) (surfaceGradient).
 * 1 outside the outline (not scalp), held at MAX_SKIN_PER_PIXEL near it.
 */
export function skinPerPixel(x: number, y: number, outline: Ellipse, heightPx: number): number {
  const [gx, gy] = surfaceGradient(x, y, outline, heightPx);
  return Math.sqrt(1 + gx * gx + gy * gy);
}

/**
 * How high the crown stands above the outline's plane when the user has not said: as a
 * hemisphere's, the outline's mean semi-axis. An assumption, stated in the panel and docs/model.md.
 */
export function defaultCrownHeightPx(outline: Ellipse): number {
  return 0.5 * (outline.rx + outline.ry);
}
