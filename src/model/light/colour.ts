/**
 * From a reflectance spectrum at the reference's wavelengths (WAVELENGTHS_NM) to linear sRGB under
 * D65 light, and CIELAB lightness: how the reference's results are compared with the renderer's.
 */
import type { Rgb } from '../colour.ts';
import { WAVELENGTHS_NM } from './skin.ts';

/**
 * CIE 1931 2° colour-matching functions x̄, ȳ, z̄ and the D65 illuminant's relative power at
 * WAVELENGTHS_NM (CIE 15:2004 tables, sampled every 20 nm).
 */
const CMF_D65: ReadonlyArray<readonly [number, number, number, number]> = [
  [0.01431, 0.000396, 0.06785, 82.7549],
  [0.13438, 0.004, 0.6456, 93.4318],
  [0.34828, 0.023, 1.74706, 104.865],
  [0.2908, 0.06, 1.6692, 117.812],
  [0.09564, 0.13902, 0.81295, 115.923],
  [0.0049, 0.323, 0.272, 109.354],
  [0.06327, 0.71, 0.07825, 104.79],
  [0.2904, 0.954, 0.0203, 104.405],
  [0.5945, 0.995, 0.0039, 100],
  [0.9163, 0.87, 0.00165, 95.788],
  [1.0622, 0.631, 0.0008, 90.0062],
  [0.85445, 0.381, 0.00019, 87.6987],
  [0.4479, 0.175, 0.00002, 83.6992],
  [0.1649, 0.061, 0, 80.2146],
  [0.04677, 0.017, 0, 78.2842],
  [0.011359, 0.004102, 0, 71.6091],
];

/** XYZ (D65 white) to linear sRGB (IEC 61966-2-1). */
const XYZ_TO_SRGB = [
  [3.2404542, -1.5371385, -0.4985314],
  [-0.969266, 1.8760108, 0.041556],
  [0.0556434, -0.2040259, 1.0572252],
] as const;

function rawLinearSrgb(reflectance: readonly number[]): [number, number, number] {
  if (reflectance.length !== WAVELENGTHS_NM.length) throw new Error(`a spectrum has ${WAVELENGTHS_NM.length} values, not ${reflectance.length}`);
  let X = 0,
    Y = 0,
    Z = 0;
  CMF_D65.forEach(([x, y, z, e], i) => {
    const r = reflectance[i]!;
    X += r * e * x;
    Y += r * e * y;
    Z += r * e * z;
  });
  return XYZ_TO_SRGB.map((m) => m[0] * X + m[1] * Y + m[2] * Z) as [number, number, number];
}

/** The 20 nm sampling leaves D65's white a little off (1, 1, 1); each channel is scaled back to it. */
const WHITE = rawLinearSrgb(WAVELENGTHS_NM.map(() => 1));

/** Linear sRGB of a surface with this reflectance spectrum under D65 (a perfect white is 1, 1, 1). */
export function spectrumToLinearSrgb(reflectance: readonly number[]): Rgb {
  const raw = rawLinearSrgb(reflectance);
  return [raw[0] / WHITE[0], raw[1] / WHITE[1], raw[2] / WHITE[2]];
}

/** Relative luminance of linear sRGB (Rec. 709 weights). */
export const luminanceOf = (c: Rgb): number => 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];

/** CIELAB L* of a relative luminance (white = 1). */
export function lightness(y: number): number {
  const t = Math.max(0, y);
  return t > 216 / 24389 ? 116 * Math.cbrt(t) - 16 : (24389 / 27) * t;
}
