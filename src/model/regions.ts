/**
 * The designed hairline on the scalp chart: the top of the scalp above an adult hairline with
 * frontotemporal corners and temple points, down the sides above the ears and to the upper back of
 * the head, shaped by the technician's design (height, corners, temple points, symmetry, edge). The boundary is a curve θ_b(ψ) of polar angle (from the chart axis)
 * against chart azimuth ψ (0 = towards the face), with simplex-noise micro-irregularity so it is
 * never a drawn line; inside it, coverage ramps from 0 to 1 over a few millimetres, the soft,
 * broken edge practitioners build.
 */
import { createNoise2D } from 'simplex-noise';
import { mulberry32 } from './random.ts';
import { angleToChartRadius, chartToSurface } from './chart.ts';
import { type HeadShape, DEFAULT_HEAD } from './head.ts';
import type { Vec3 } from './vec.ts';

const DEG = Math.PI / 180;
const smooth = (t: number): number => (t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t));

/**
 * Control points (ψ°, θ°) of the hairline's base curve, one side (the other mirrors it), placed from
 * the head's landmarks: the front centre (its height is set by the design), the frontotemporal
 * corners, temple points forward and down in front of the ears, above the ears, and the upper back
 * of the head at about the level of the brow. Corner recession, temple points and asymmetry are
 * added on top by the design.
 */
const BASE_HAIRLINE: ReadonlyArray<readonly [number, number]> = [
  [0, 59],
  [22, 59],
  [40, 59.6],
  [58, 70],
  [72, 70],
  [90, 62],
  [115, 66],
  [145, 70],
  [180, 72],
];
const BASE_FRONT_DEG = 59;

/** Hairline designs used in practice. */
export const HAIRLINE_PRESETS = ['natural', 'soft', 'defined', 'mature'] as const;
export type HairlinePreset = (typeof HAIRLINE_PRESETS)[number];
/** How the edge is finished: a wide feathered fade, a medium broken edge, or a crisp edge-up. */
export const HAIRLINE_PROFILES = ['soft', 'medium', 'defined'] as const;
export type HairlineProfile = (typeof HAIRLINE_PROFILES)[number];

/** What a technician designs in a consultation. */
export interface HairlineDesign {
  /** Height of the front hairline's centre above the brows, along the skin, cm. */
  heightCm: number;
  /** Temple points: 0 flattened away, 0.5 natural, 1 prominent (forward and down). */
  temples: number;
  /** Recession of the frontotemporal corners: 0 a straight juvenile line, 1 deep. */
  recession: number;
  /** 1 mirror-symmetric; lower lets the sides differ, as every natural hairline does a little. */
  symmetry: number;
  profile: HairlineProfile;
}

export const HAIRLINE_LIMITS = {
  heightCm: [5, 11],
  temples: [0, 1],
  recession: [0, 1],
  symmetry: [0, 1],
} as const satisfies Partial<Record<keyof HairlineDesign, readonly [number, number]>>;

/**
 * Presets. The mid-frontal point of an adult hairline sits about 6.5–7.5 cm above the brows (the
 * upper third of the face); hair-restoration planning puts a mature line 7.5–9 cm up, never lower.
 * natural: medium broken edge, a little asymmetry; soft: a wide fade; defined: a crisp "edge-up",
 * symmetric; mature: higher, with receded corners and smaller temple points.
 */
export const HAIRLINE_DESIGNS: Readonly<Record<HairlinePreset, Readonly<HairlineDesign>>> = {
  natural: { heightCm: 7, temples: 0.5, recession: 0.35, symmetry: 0.85, profile: 'medium' },
  soft: { heightCm: 7, temples: 0.5, recession: 0.35, symmetry: 0.9, profile: 'soft' },
  defined: { heightCm: 6.8, temples: 0.6, recession: 0.25, symmetry: 1, profile: 'defined' },
  mature: { heightCm: 8, temples: 0.35, recession: 0.8, symmetry: 0.85, profile: 'medium' },
};

interface ProfileStyle {
  /** Width of the soft edge, degrees. */
  edgeDeg: number;
  /** Waviness and fine breakup of the line, degrees. */
  waveDeg: number;
  breakupDeg: number;
}
const PROFILE_STYLES: Record<HairlineProfile, ProfileStyle> = {
  soft: { edgeDeg: 6.5, waveDeg: 1.6, breakupDeg: 0.8 },
  medium: { edgeDeg: 3.5, waveDeg: 1.6, breakupDeg: 0.6 },
  defined: { edgeDeg: 1.0, waveDeg: 0.5, breakupDeg: 0 },
};

/**
 * Width of a profile's soft edge on the skin, mm: its angle at the head's mean radius (about 10 mm
 * soft, 5 mm medium, 1.5 mm defined). The photo's painted area finishes its edge with it.
 */
export function profileEdgeMm(profile: HairlineProfile, shape: HeadShape = DEFAULT_HEAD): number {
  return PROFILE_STYLES[profile].edgeDeg * DEG * 0.25 * (shape.lengthMm + shape.breadthMm);
}

/** A preset's design with any of its values replaced (each clamped to its limits). */
export function hairlineDesign(preset: HairlinePreset, overrides: Partial<HairlineDesign> = {}): HairlineDesign {
  const d = { ...HAIRLINE_DESIGNS[preset], ...overrides };
  const clamp = (v: number, [lo, hi]: readonly [number, number], fallback: number): number => (Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : fallback);
  const base = HAIRLINE_DESIGNS[preset];
  return {
    heightCm: clamp(d.heightCm, HAIRLINE_LIMITS.heightCm, base.heightCm),
    temples: clamp(d.temples, HAIRLINE_LIMITS.temples, base.temples),
    recession: clamp(d.recession, HAIRLINE_LIMITS.recession, base.recession),
    symmetry: clamp(d.symmetry, HAIRLINE_LIMITS.symmetry, base.symmetry),
    profile: HAIRLINE_PROFILES.includes(d.profile) ? d.profile : base.profile,
  };
}

/** Eyebrows on the head model: the top of the orbits, under the brow ridge. */
export const BROW_Y_MM = 22;

/**
 * The forehead's midline profile: skin distance (mm) from the brows up to polar angle θ, sampled
 * every 0.25° from 20° to 110°. Depends on the head shape.
 */
const profileCache = new WeakMap<HeadShape, { thetaDeg: Float64Array; aboveBrowMm: Float64Array }>();
function midlineProfile(shape: HeadShape): { thetaDeg: Float64Array; aboveBrowMm: Float64Array } {
  const hit = profileCache.get(shape);
  if (hit) return hit;
  const n = 361;
  const thetaDeg = new Float64Array(n),
    y = new Float64Array(n),
    arc = new Float64Array(n);
  let prev: Vec3 | null = null;
  for (let i = 0; i < n; i++) {
    thetaDeg[i] = 20 + 0.25 * i;
    const p = chartToSurface(0, angleToChartRadius(thetaDeg[i]! * DEG), shape);
    y[i] = p[1];
    arc[i] = prev ? arc[i - 1]! + Math.hypot(p[0] - prev[0], p[1] - prev[1], p[2] - prev[2]) : 0;
    prev = p;
  }
  // Arc length at the brows, where the profile first drops below BROW_Y_MM.
  let k = 1;
  while (k < n - 1 && y[k]! > BROW_Y_MM) k++;
  const t = (y[k - 1]! - BROW_Y_MM) / (y[k - 1]! - y[k]!);
  const browArc = arc[k - 1]! + t * (arc[k]! - arc[k - 1]!);
  const aboveBrowMm = arc.map((a) => browArc - a);
  const out = { thetaDeg, aboveBrowMm };
  profileCache.set(shape, out);
  return out;
}

/** Height above the brows (cm, along the skin) of the midline point at polar angle θ°. */
export function heightAboveBrowsCm(thetaDeg: number, shape: HeadShape = DEFAULT_HEAD): number {
  const { aboveBrowMm } = midlineProfile(shape);
  const f = Math.min(aboveBrowMm.length - 1.001, Math.max(0, (thetaDeg - 20) / 0.25));
  const i = Math.floor(f);
  return (aboveBrowMm[i]! + (aboveBrowMm[i + 1]! - aboveBrowMm[i]!) * (f - i)) / 10;
}

/** Polar angle θ° of the midline point `heightCm` above the brows. */
export function midlineAngleForHeightDeg(heightCm: number, shape: HeadShape = DEFAULT_HEAD): number {
  const { thetaDeg, aboveBrowMm } = midlineProfile(shape);
  const mm = heightCm * 10;
  let i = 0;
  while (i < aboveBrowMm.length - 2 && aboveBrowMm[i + 1]! > mm) i++;
  const t = (aboveBrowMm[i]! - mm) / (aboveBrowMm[i]! - aboveBrowMm[i + 1]!);
  return thetaDeg[i]! + Math.min(1, Math.max(0, t)) * 0.25;
}

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

const gauss = (x: number): number => Math.exp(-x * x);

/** θ_b(ψ) of the base curve (no design applied), ψ and result in degrees; symmetric and smooth. */
function baseAngleDeg(psiDeg: number): number {
  const a = Math.abs(((psiDeg + 540) % 360) - 180); // fold to [0, 180]
  const pts = BASE_HAIRLINE;
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

/**
 * θ_b(ψ) of a designed hairline before micro-irregularity, degrees. ψ > 0 is the head's left.
 * The front (|ψ| < 35°, fading out by 58°) moves as a whole to the designed height; the corners
 * recede by up to 10°; the temple points come forward and down by up to ±6°; asymmetry lifts one
 * side and lowers the other by up to 3.5° at the corners.
 */
export function hairlineAngleDeg(psiDeg: number, design: HairlineDesign = HAIRLINE_DESIGNS.natural, shape: HeadShape = DEFAULT_HEAD): number {
  const p = ((psiDeg + 540) % 360) - 180;
  const a = Math.abs(p);
  const frontWeight = a <= 35 ? 1 : a >= 58 ? 0 : 1 - smooth((a - 35) / 23);
  const front = (midlineAngleForHeightDeg(design.heightCm, shape) - BASE_FRONT_DEG) * frontWeight;
  const corners = -10 * design.recession * gauss((a - 24) / 11);
  const temples = 12 * (design.temples - 0.5) * gauss((a - 64) / 8);
  const asym = 7 * (1 - design.symmetry) * Math.sin(p * DEG) * gauss((a - 30) / 22);
  return baseAngleDeg(p) + front + corners + temples + asym;
}

export const BOUNDARY_SAMPLES = 2048;

export function buildTreatedRegion(seed: number, design: HairlinePreset | HairlineDesign = 'natural', shape: HeadShape = DEFAULT_HEAD): TreatedRegion {
  const d = typeof design === 'string' ? HAIRLINE_DESIGNS[design] : design;
  const style = PROFILE_STYLES[d.profile];
  const noise = createNoise2D(mulberry32(seed ^ 0x5eed));
  const boundaryRadius = new Float32Array(BOUNDARY_SAMPLES);
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (let i = 0; i < BOUNDARY_SAMPLES; i++) {
    const psi = -Math.PI + (2 * Math.PI * i) / BOUNDARY_SAMPLES;
    // Noise on a circle is periodic in ψ; two octaves: gentle waviness and fine breakup.
    const nx = Math.cos(psi),
      ny = Math.sin(psi);
    const wobbleDeg = style.waveDeg * noise(nx * 3, ny * 3) + style.breakupDeg * noise(nx * 40 + 7, ny * 40 + 7);
    const r = angleToChartRadius((hairlineAngleDeg(psi / DEG, d, shape) + wobbleDeg) * DEG);
    boundaryRadius[i] = r;
    const x = r * Math.sin(psi),
      y = r * Math.cos(psi);
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  return { boundaryRadius, edgeWidth: angleToChartRadius(style.edgeDeg * DEG), bbox: { x0, y0, x1, y1 } };
}

export function boundaryRadiusAt(region: TreatedRegion, x: number, y: number): number {
  const psi = Math.atan2(x, y);
  const f = ((psi + Math.PI) / (2 * Math.PI)) * BOUNDARY_SAMPLES;
  const i = Math.floor(f);
  const t = f - i;
  const b = region.boundaryRadius;
  const a = b[i % BOUNDARY_SAMPLES]!,
    c = b[(i + 1) % BOUNDARY_SAMPLES]!;
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
