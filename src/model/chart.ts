/**
 * The scalp chart: Lambert's azimuthal equal-area projection of directions ω (seen from the head
 * centre) about an axis through the middle of the scalp. It is one seam-free disk of radius 2 that
 * covers every direction, and equal-area on the direction sphere, so the skin area of a chart patch
 * is r(ω)²/cos α times its chart area (α: angle between the skin normal and ω).
 *
 * Chart units are dimensionless (radius 2 = the antipode). Y points towards the face, X towards the
 * head's left.
 */
import { type Vec3, cross, dot, normalize } from './vec.ts';
import { type HeadShape, DEFAULT_HEAD, HEAD_CENTRE_MM, headNormal, headRadiusMm } from './head.ts';

/** Tilted back 12° from vertical so the treated area, forehead to upper back, sits around it. */
const TILT_RAD = (12 * Math.PI) / 180;
export const CHART_AXIS: Vec3 = [0, Math.cos(TILT_RAD), -Math.sin(TILT_RAD)];
export const CHART_E1: Vec3 = [1, 0, 0];
export const CHART_E2: Vec3 = normalize(cross(CHART_E1, CHART_AXIS)); // forward, tilted up

export function directionToChart(dir: Vec3): [number, number] {
  const c = Math.max(-0.999999, dot(dir, CHART_AXIS));
  const k = Math.sqrt(2 / (1 + c));
  return [k * dot(dir, CHART_E1), k * dot(dir, CHART_E2)];
}

export function chartToDirection(x: number, y: number): Vec3 {
  const rho2 = Math.min(4, x * x + y * y);
  const s = Math.sqrt(1 - rho2 / 4);
  const c = 1 - rho2 / 2;
  return [
    CHART_E1[0] * x * s + CHART_E2[0] * y * s + CHART_AXIS[0] * c,
    CHART_E1[1] * x * s + CHART_E2[1] * y * s + CHART_AXIS[1] * c,
    CHART_E1[2] * x * s + CHART_E2[2] * y * s + CHART_AXIS[2] * c,
  ];
}

/** Polar angle from the chart axis (radians) of the chart point at radius ρ. */
export const chartRadiusToAngle = (rho: number): number => 2 * Math.asin(Math.min(1, rho / 2));
export const angleToChartRadius = (theta: number): number => 2 * Math.sin(theta / 2);

/** Skin point (mm) for a chart point. */
export function chartToSurface(x: number, y: number, shape: HeadShape = DEFAULT_HEAD): Vec3 {
  const dir = chartToDirection(x, y);
  const r = headRadiusMm(dir, shape);
  return [HEAD_CENTRE_MM[0] + dir[0] * r, HEAD_CENTRE_MM[1] + dir[1] * r, HEAD_CENTRE_MM[2] + dir[2] * r];
}

export function surfaceToChart(p: Vec3): [number, number] {
  return directionToChart(normalize([p[0] - HEAD_CENTRE_MM[0], p[1] - HEAD_CENTRE_MM[1], p[2] - HEAD_CENTRE_MM[2]]));
}

/**
 * Skin area (mm²) per unit chart area at a chart point: r²/cos α. Tilted skin (cos α small) holds
 * more area per direction, so a layout that ignored it would be too sparse on steep slopes.
 */
export function skinAreaPerChartArea(x: number, y: number, shape: HeadShape = DEFAULT_HEAD): number {
  const dir = chartToDirection(x, y);
  const r = headRadiusMm(dir, shape);
  const p: Vec3 = [HEAD_CENTRE_MM[0] + dir[0] * r, HEAD_CENTRE_MM[1] + dir[1] * r, HEAD_CENTRE_MM[2] + dir[2] * r];
  const cosAlpha = Math.max(0.2, dot(headNormal(p, shape), dir));
  return (r * r) / cosAlpha;
}

/** A field sampled on a regular grid over a chart rectangle, read back with bilinear filtering. */
export interface ChartGrid {
  x0: number;
  y0: number;
  step: number;
  nx: number;
  ny: number;
  values: Float32Array;
}

export function sampleChartGrid(x0: number, y0: number, x1: number, y1: number, n: number, f: (x: number, y: number) => number): ChartGrid {
  const step = Math.max(x1 - x0, y1 - y0) / (n - 1);
  const nx = Math.ceil((x1 - x0) / step) + 1;
  const ny = Math.ceil((y1 - y0) / step) + 1;
  const values = new Float32Array(nx * ny);
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) values[j * nx + i] = f(x0 + i * step, y0 + j * step);
  return { x0, y0, step, nx, ny, values };
}

export function readChartGrid(g: ChartGrid, x: number, y: number): number {
  const fx = Math.min(g.nx - 1.000001, Math.max(0, (x - g.x0) / g.step));
  const fy = Math.min(g.ny - 1.000001, Math.max(0, (y - g.y0) / g.step));
  const i = Math.floor(fx),
    j = Math.floor(fy);
  const tx = fx - i,
    ty = fy - j;
  const v = g.values;
  const a = v[j * g.nx + i]!,
    b = v[j * g.nx + i + 1]!;
  const c = v[(j + 1) * g.nx + i]!,
    d = v[(j + 1) * g.nx + i + 1]!;
  return (a + (b - a) * tx) * (1 - ty) + (c + (d - c) * tx) * ty;
}
