/**
 * Remaining hair: the client's own hair, shaved to a chosen length, where SMP is not. Real hair
 * does not fade, so over the years the border between hair and SMP shows; drawing it is the honest
 * answer to "will it still match?".
 *
 * Figures: about 86 follicular units per cm², 2.4 hairs each (223 hairs per cm², range 175–300),
 * terminal shafts about 0.075 mm thick, leaving the skin at about 45° (docs/model.md and
 * the trichology literature it cites).
 */
import { createNoise2D } from 'simplex-noise';
import { mulberry32 } from './random.ts';
import { angleToChartRadius } from './chart.ts';
import { type TreatedRegion, BOUNDARY_SAMPLES } from './regions.ts';
import type { CoverageField } from './layout.ts';
import { type HairLossPattern, DEFAULT_PATTERN, hairLossStageAt, lossAt, progressionSteps, smpCoverage } from './pattern.ts';
import { type ScarKind, scarAt, scarTreatment } from './scars.ts';
import type { SmpMode } from './shades.ts';
import { type Rgb, hexToLinear } from './colour.ts';
import { hairFieldTransmittance } from './light/shadow.ts';
import { HAIRS_PER_UNIT_SHARES, SHADER_FLOATS } from './shader-constants.ts';
import { type Vec3, normalize } from './vec.ts';

export const FOLLICULAR_UNITS_PER_CM2 = 86;
export { HAIRS_PER_UNIT_SHARES };
export const MEAN_HAIRS_PER_UNIT = HAIRS_PER_UNIT_SHARES[0] + 2 * HAIRS_PER_UNIT_SHARES[1] + 3 * HAIRS_PER_UNIT_SHARES[2];
export const SHAFT_DIAMETER_MM = 0.075;
/** Which way the hair grows out of the skin on average (head frame: down the back, a little rearward), before it is laid into each spot's tangent plane. */
export const HAIR_GROWTH_DIRECTION: Vec3 = normalize([0, -1, -0.35]);
/** Angle between a hair and the skin where it leaves it. */
export const EXIT_ANGLE_RAD = Math.PI / 4;

export const HAIR_COLOURS = ['black', 'dark-brown', 'brown', 'light-brown', 'grey'] as const;
export type HairColour = (typeof HAIR_COLOURS)[number];
/** sRGB of the shaft; grey is a blend of dark and white hairs. */
const HAIR_HEX: Record<HairColour, string> = {
  black: '#1b1715',
  'dark-brown': '#2f2219',
  brown: '#4a3425',
  'light-brown': '#7b5b40',
  grey: '#3a3330',
};
export const GREY_WHITE_SHARE = 0.5;
const WHITE_HAIR_HEX = '#d8d3cc';

export const STUBBLE_PRESETS_MM: readonly number[] = [0, 0.5, 1, 3];
export const MAX_STUBBLE_MM = 5;

export function hairLinear(c: HairColour): Rgb {
  return hexToLinear(HAIR_HEX[c]);
}
export const whiteHairLinear = (): Rgb => hexToLinear(WHITE_HAIR_HEX);

/** Hairs in a unit from its layout byte (the same byte the shader reads). */
export function hairsInUnit(byte: number): 1 | 2 | 3 {
  return byte < SHADER_FLOATS.ONE_HAIR_BELOW_BYTE ? 1 : byte < SHADER_FLOATS.TWO_HAIRS_BELOW_BYTE ? 2 : 3;
}

/** Projected length on the skin of a hair cut to `lengthMm`. */
export const projectedShaftMm = (lengthMm: number): number => Math.max(0, lengthMm) * Math.cos(EXIT_ANGLE_RAD);

/**
 * The natural hair-bearing area as a curve θ_h(ψ) (degrees), drawn from the head's landmarks: the
 * front hairline as the treated design has it, sideburns down in front of the ears, the hairline
 * over each ear, behind the ears and down to the nape.
 */
const HAIR_BEARING: ReadonlyArray<readonly [number, number]> = [
  [0, 59],
  [22, 55.5],
  [40, 58],
  [54, 68],
  [61, 94],
  [69, 97],
  [76, 82],
  [84, 67],
  [96, 67],
  [106, 82],
  [118, 104],
  [128, 112],
  [145, 116],
  [165, 118],
  [180, 118],
];

function hairBearingAngleDeg(psiDeg: number): number {
  const a = Math.abs(((psiDeg + 540) % 360) - 180);
  let k = 0;
  while (k < HAIR_BEARING.length - 2 && a > HAIR_BEARING[k + 1]![0]) k++;
  const [p0, t0] = HAIR_BEARING[k]!,
    [p1, t1] = HAIR_BEARING[k + 1]!;
  // Smoothstep between control points: no overshoot where the line turns sharply round the ear.
  const t = (a - p0) / (p1 - p0);
  return t0 + (t1 - t0) * t * t * (3 - 2 * t);
}

export interface HairRegion {
  pattern: HairLossPattern;
  /** Shaved (SMP gives the whole area a buzz-cut look) or density (SMP between thinning hair). */
  mode: SmpMode;
  scar: ScarKind;
  seed: number;
  /** Hair-bearing boundary radius (chart units) at BOUNDARY_SAMPLES azimuths. */
  boundaryRadius: Float32Array;
  edgeWidth: number;
  treated: TreatedRegion;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

export function buildHairRegion(
  seed: number,
  treated: TreatedRegion,
  pattern: HairLossPattern = DEFAULT_PATTERN,
  scar: ScarKind = 'none',
  mode: SmpMode = 'shaved',
): HairRegion {
  const noise = createNoise2D(mulberry32(seed ^ 0x4a1f));
  const boundaryRadius = new Float32Array(BOUNDARY_SAMPLES);
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (let i = 0; i < BOUNDARY_SAMPLES; i++) {
    const psi = -Math.PI + (2 * Math.PI * i) / BOUNDARY_SAMPLES;
    const wobble = 1.2 * noise(Math.cos(psi) * 3, Math.sin(psi) * 3) + 0.5 * noise(Math.cos(psi) * 30 + 5, Math.sin(psi) * 30);
    // At the front the hair-bearing edge is the designed hairline itself.
    const own = angleToChartRadius(((hairBearingAngleDeg((psi * 180) / Math.PI) + wobble) * Math.PI) / 180);
    const front = treated.boundaryRadius[i]!;
    const w = Math.min(1, Math.max(0, ((Math.abs(psi) * 180) / Math.PI - 48) / 8));
    const r = front + (own - front) * w;
    boundaryRadius[i] = r;
    const x = r * Math.sin(psi),
      y = r * Math.cos(psi);
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  return { pattern, mode, scar, seed, boundaryRadius, edgeWidth: angleToChartRadius((4 * Math.PI) / 180), treated, bbox: { x0, y0, x1, y1 } };
}

const smooth = (t: number): number => (t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t));

/** Density of remaining hair, 0..1: the hair-bearing area less what the pattern has lost. */
export function hairCoverage(h: HairRegion, x: number, y: number): number {
  const rho = Math.sqrt(x * x + y * y);
  const psi = Math.atan2(x, y);
  const f = ((psi + Math.PI) / (2 * Math.PI)) * BOUNDARY_SAMPLES;
  const i = Math.floor(f),
    t = f - i;
  const a = h.boundaryRadius[i % BOUNDARY_SAMPLES]!,
    b = h.boundaryRadius[(i + 1) % BOUNDARY_SAMPLES]!;
  const bearing = smooth((a + (b - a) * t - rho) / h.edgeWidth);
  if (bearing <= 0) return 0;
  const scar = h.scar === 'none' ? 0 : scarAt(h.scar, h.seed, x, y);
  return bearing * (1 - lossAt(h.pattern, h.treated, x, y)) * (1 - scar);
}

/** The hair-bearing area alone (1 inside, soft edge), ignoring loss and scars. */
function bearingAt(h: HairRegion, x: number, y: number): number {
  const rho = Math.sqrt(x * x + y * y);
  const psi = Math.atan2(x, y);
  const f = ((psi + Math.PI) / (2 * Math.PI)) * BOUNDARY_SAMPLES;
  const i = Math.floor(f),
    t = f - i;
  const a = h.boundaryRadius[i % BOUNDARY_SAMPLES]!,
    b = h.boundaryRadius[(i + 1) % BOUNDARY_SAMPLES]!;
  return smooth((a + (b - a) * t - rho) / h.edgeWidth);
}

/** Where the SMP goes for this client: the pattern's loss inside the design (src/model/pattern.ts). */
export function smpField(h: HairRegion): CoverageField {
  if (h.scar === 'none') return { bbox: h.bbox, coverage: (x, y) => smpCoverage(h.pattern, h.treated, x, y, h.mode) };
  // Scars get SMP too, over the scar and a margin, within the hair-bearing area.
  return {
    bbox: h.bbox,
    coverage: (x, y) => Math.max(smpCoverage(h.pattern, h.treated, x, y, h.mode), scarTreatment(h.scar, h.seed, x, y) * bearingAt(h, x, y)),
  };
}

/** The scar map rasterised over the region, for the shader (R8, `size` texels a side). */
export function rasteriseScars(h: HairRegion, size = 768): { data: Uint8Array; size: number; x0: number; y0: number; span: number } {
  const span = Math.max(h.bbox.x1 - h.bbox.x0, h.bbox.y1 - h.bbox.y0);
  const data = new Uint8Array(size * size);
  if (h.scar !== 'none')
    for (let j = 0; j < size; j++)
      for (let i = 0; i < size; i++)
        data[j * size + i] = Math.round(255 * scarAt(h.scar, h.seed, h.bbox.x0 + ((i + 0.5) / size) * span, h.bbox.y0 + ((j + 0.5) / size) * span));
  return { data, size, x0: h.bbox.x0, y0: h.bbox.y0, span };
}

export function hairField(h: HairRegion): CoverageField {
  return { bbox: h.bbox, coverage: (x, y) => hairCoverage(h, x, y) };
}

/**
 * The streak a shaft in its follicle casts through the skin (shaders/stubble.glsl): from the pore
 * along the shaft, sharp there and widening as the shaft goes deeper, σ(t) = σ₀ + slope·t, fading as
 * e^(−t/decay) (docs/model.md: ~0.1 mm wide at the pore, ~0.7 mm 0.5 mm along). Its area
 * per unit peak opacity (mm²), ∫₀^L √(2π)·σ(t)·e^(−t/decay) dt.
 */
export const STREAK_AREA_MM2 = (() => {
  const { STREAK_LENGTH_MM: L, STREAK_SIGMA0_MM: s0, STREAK_SIGMA_SLOPE: k, STREAK_DECAY_MM: d } = SHADER_FLOATS;
  const e = Math.exp(-L / d);
  return Math.sqrt(2 * Math.PI) * (s0 * d * (1 - e) + k * (d * d - d * (L + d) * e));
})();
/** Share of a shaft's darkening drawn as its streak (the rest: the diffuse shadow of the deeper shaft, as a field). */
export const STREAK_SHARE = 0.5;
/** The most a streak takes at the pore (the cut shaft's end itself is black). */
const STREAK_PEAK_MAX = 0.9;

export interface StubbleOptics {
  /** Projected length of the visible shaft, mm. */
  shaftMm: number;
  /** σ² of a shaft's cross-section, mm². */
  shaftSigma2Mm2: number;
  shaftColour: Rgb;
  whiteColour: Rgb;
  whiteShare: number;
  /** Opacity of the streak at the pore, per channel (red absorbed most). */
  subsurfacePeak: Rgb;
  /** The rest of a shaft's shadow under the skin, drawn as a field (mm² per hair, per channel). */
  subsurfaceFieldMm2: Rgb;
}

/**
 * Shafts in their follicles darken the skin by the light-transport reference's field
 * (hairFieldTransmittance, at this model's follicular density): −ln T per hair is each shaft's
 * share, STREAK_SHARE of it (up to a peak of STREAK_PEAK_MAX) in its streak and the rest as a field.
 */
export function stubbleOptics(lengthMm: number, colour: HairColour, monkTone = 3): StubbleOptics {
  const hairsPerMm2 = (FOLLICULAR_UNITS_PER_CM2 / 100) * MEAN_HAIRS_PER_UNIT;
  const perHair = hairFieldTransmittance(colour, monkTone).map((t) => -Math.log(t) / hairsPerMm2);
  const peak = perHair.map((a) => Math.min(STREAK_PEAK_MAX, (STREAK_SHARE * a) / STREAK_AREA_MM2));
  return {
    shaftMm: projectedShaftMm(lengthMm),
    shaftSigma2Mm2: (SHAFT_DIAMETER_MM / 2.3548) ** 2,
    shaftColour: hairLinear(colour),
    whiteColour: whiteHairLinear(),
    whiteShare: colour === 'grey' ? GREY_WHITE_SHARE : 0,
    subsurfacePeak: peak as unknown as Rgb,
    subsurfaceFieldMm2: perHair.map((a, k) => a - peak[k]! * STREAK_AREA_MM2) as unknown as Rgb,
  };
}

/**
 * Mean reflectance of skin under stubble, per channel, at `unitsPerMm2` follicular units — the
 * far-field formula the shader uses where single hairs are smaller than a pixel.
 */
export function stubbleMeanReflectance(o: StubbleOptics, skin: Rgb, unitsPerMm2 = FOLLICULAR_UNITS_PER_CM2 / 100): Rgb {
  const hairs = unitsPerMm2 * MEAN_HAIRS_PER_UNIT;
  const a = 1 - Math.exp(-hairs * o.shaftMm * Math.sqrt(2 * Math.PI * o.shaftSigma2Mm2) * 0.95);
  return [0, 1, 2].map((k) => {
    const under = Math.exp(-hairs * (o.subsurfacePeak[k]! * STREAK_AREA_MM2 + o.subsurfaceFieldMm2[k]!));
    const col = o.shaftColour[k]! * (1 - o.whiteShare) + o.whiteColour[k]! * o.whiteShare;
    return skin[k]! * under * (1 - a) + col * a;
  }) as unknown as Rgb;
}

/**
 * The stages of further hair loss each spot keeps its hair for, rasterised for the shader (R8,
 * value = stages × 32, 255 = never), over the region's box.
 */
export function rasteriseHairLoss(h: HairRegion, size = 192): { data: Uint8Array; size: number; x0: number; y0: number; span: number } {
  const span = Math.max(h.bbox.x1 - h.bbox.x0, h.bbox.y1 - h.bbox.y0);
  const data = new Uint8Array(size * size).fill(255);
  if (progressionSteps(h.pattern).length > 1)
    for (let j = 0; j < size; j++)
      for (let i = 0; i < size; i++) {
        const x = h.bbox.x0 + ((i + 0.5) / size) * span,
          y = h.bbox.y0 + ((j + 0.5) / size) * span;
        if (bearingAt(h, x, y) <= 0) continue;
        const stage = hairLossStageAt(h.pattern, h.treated, x, y);
        data[j * size + i] = Number.isFinite(stage) ? Math.min(254, Math.round(stage * SHADER_FLOATS.HAIR_LOSS_BYTE_PER_STAGE)) : 255;
      }
  return { data, size, x0: h.bbox.x0, y0: h.bbox.y0, span };
}
