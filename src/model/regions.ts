/**
 * The treated area on the scalp chart. For now: the whole top of the scalp above a natural adult
 * hairline, with temporal recessions and temple points, down the sides above the ears and to the
 * upper back of the head. The boundary is a curve θ_b(ψ) of polar angle (from the chart axis)
 * against chart azimuth ψ (0 = towards the face), with simplex-noise micro-irregularity so it is
 * never a drawn line; inside it, coverage ramps from 0 to 1 over a few millimetres, the soft,
 * broken edge practitioners build.
 */
import { createNoise2D } from 'simplex-noise';
import { mulberry32 } from './random.ts';
import { angleToChartRadius } from './chart.ts';

const DEG = Math.PI / 180;

/**
 * Control points (ψ°, θ°) of a natural hairline, one side (the other mirrors it). Placed from the
 * head's landmarks: front hairline ≈ 60 mm above the brow ridge (y ≈ 82 mm), temporal corners
 * receding slightly, temple points forward and down in front of the ears, above the ears, and the
 * upper back of the head at about the level of the brow.
 */
const NATURAL_HAIRLINE: ReadonlyArray<readonly [number, number]> = [
  [0, 59], [22, 55.5], [40, 58], [58, 70], [72, 70], [90, 62], [115, 66], [145, 70], [180, 72],
];

/** Hairline designs used in practice. */
export const HAIRLINE_PRESETS = ['natural', 'soft', 'defined', 'mature'] as const;
export type HairlinePreset = (typeof HAIRLINE_PRESETS)[number];

interface HairlineStyle {
  /** Degrees added to the natural hairline's polar angle: negative recedes it. */
  recessDeg: (psiDeg: number) => number;
  /** Width of the soft edge, degrees. */
  edgeDeg: number;
  /** Waviness and fine breakup of the line, degrees. */
  waveDeg: number;
  breakupDeg: number;
}

/**
 * natural: soft, broken edge; soft: a wider fade; defined: a crisp "edge-up" line; mature: about
 * 8 mm higher at the front and receded at the temporal corners, as an older client's would be.
 */
const HAIRLINE_STYLES: Record<HairlinePreset, HairlineStyle> = {
  natural: { recessDeg: () => 0, edgeDeg: 3.5, waveDeg: 1.6, breakupDeg: 0.6 },
  soft: { recessDeg: () => 0, edgeDeg: 6.5, waveDeg: 1.6, breakupDeg: 0.8 },
  defined: { recessDeg: () => 0, edgeDeg: 1.0, waveDeg: 0.5, breakupDeg: 0 },
  mature: {
    recessDeg: (psi) => {
      const a = Math.abs(psi);
      const front = a < 60 ? -4.5 * (1 - Math.max(0, (a - 45) / 15)) : 0;
      return front - 4 * Math.exp(-(((a - 30) / 12) ** 2));
    },
    edgeDeg: 3.5, waveDeg: 1.6, breakupDeg: 0.6,
  },
};

export interface TreatedRegion {
  /** Boundary radius (chart units) sampled at `boundarySamples` azimuths over [−π, π). */
  boundaryRadius: Float32Array;
  /** Width of the soft edge, in chart units, measured inwards from the boundary. */
  edgeWidth: number;
  /** Chart bounding box of the region. */
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

const catmullRom = (p0: number, p1: number, p2: number, p3: number, t: number): number =>
  0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t * t + (-p0 + 3 * p1 - 3 * p2 + p3) * t * t * t);

/** θ_b(ψ) of the natural hairline, ψ and result in degrees; symmetric and smooth. */
export function hairlineAngleDeg(psiDeg: number): number {
  const a = Math.abs(((psiDeg + 540) % 360) - 180); // fold to [0, 180]
  const pts = NATURAL_HAIRLINE;
  let k = 0;
  while (k < pts.length - 2 && a > pts[k + 1]![0]) k++;
  const at = (i: number): number => {
    // mirror beyond both ends so the curve stays smooth across ψ = 0 and ψ = 180°
    if (i < 0) return pts[-i]![1];
    if (i >= pts.length) return pts[2 * (pts.length - 1) - i]![1];
    return pts[i]![1];
  };
  const t = (a - pts[k]![0]) / (pts[k + 1]![0] - pts[k]![0]);
  return catmullRom(at(k - 1), at(k), at(k + 1), at(k + 2), t);
}

export const BOUNDARY_SAMPLES = 2048;

export function buildTreatedRegion(seed: number, hairline: HairlinePreset = 'natural'): TreatedRegion {
  const style = HAIRLINE_STYLES[hairline];
  const noise = createNoise2D(mulberry32(seed ^ 0x5eed));
  const boundaryRadius = new Float32Array(BOUNDARY_SAMPLES);
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i < BOUNDARY_SAMPLES; i++) {
    const psi = -Math.PI + (2 * Math.PI * i) / BOUNDARY_SAMPLES;
    // Noise on a circle is periodic in ψ; two octaves: gentle waviness and fine breakup.
    const nx = Math.cos(psi), ny = Math.sin(psi);
    const wobbleDeg = style.waveDeg * noise(nx * 3, ny * 3) + style.breakupDeg * noise(nx * 40 + 7, ny * 40 + 7);
    const r = angleToChartRadius((hairlineAngleDeg(psi / DEG) + style.recessDeg(psi / DEG) + wobbleDeg) * DEG);
    boundaryRadius[i] = r;
    const x = r * Math.sin(psi), y = r * Math.cos(psi);
    x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  return { boundaryRadius, edgeWidth: angleToChartRadius(style.edgeDeg * DEG), bbox: { x0, y0, x1, y1 } };
}

export function boundaryRadiusAt(region: TreatedRegion, x: number, y: number): number {
  const psi = Math.atan2(x, y);
  const f = ((psi + Math.PI) / (2 * Math.PI)) * BOUNDARY_SAMPLES;
  const i = Math.floor(f);
  const t = f - i;
  const b = region.boundaryRadius;
  const a = b[i % BOUNDARY_SAMPLES]!, c = b[(i + 1) % BOUNDARY_SAMPLES]!;
  return a + (c - a) * t;
}

/** The treated area as a layout's coverage field. */
export function treatedField(region: TreatedRegion): { bbox: TreatedRegion['bbox']; coverage: (x: number, y: number) => number } {
  return { bbox: region.bbox, coverage: (x, y) => treatedCoverage(region, x, y) };
}

/** Whether a chart point lies in the treated area. */
export function isTreated(region: TreatedRegion, x: number, y: number): boolean {
  return Math.sqrt(x * x + y * y) < boundaryRadiusAt(region, x, y);
}

/** Dot coverage 0..1 at a chart point: full inside, a smooth ramp across the soft edge, 0 outside. */
export function treatedCoverage(region: TreatedRegion, x: number, y: number): number {
  const inside = (boundaryRadiusAt(region, x, y) - Math.sqrt(x * x + y * y)) / region.edgeWidth;
  if (inside <= 0) return 0;
  if (inside >= 1) return 1;
  return inside * inside * (3 - 2 * inside);
}
