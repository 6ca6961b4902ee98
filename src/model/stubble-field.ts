/**
 * TypeScript twin of the shader's per-pixel stubble (shaders/stubble.glsl): each follicular unit's
 * shafts above the skin as short strokes, and the part inside the follicle as a streak seen through
 * the skin. Tests hold the shader to it pixel by pixel (test/browser/twin.test.ts).
 */
import type { Rgb } from './colour.ts';
import type { StubbleOptics } from './hair.ts';
import { SHADER_FLOATS } from './shader-constants.ts';
import { type Vec3, add, cross, dot, normalize, scale, sub } from './vec.ts';

/** Opacity of a blurred line from a to a + dir·len: a Gaussian across it, a box along it, both convolved with the pixel. */
export function lineOpacity(p: Vec3, a: Vec3, dir: Vec3, len: number, sigma2: number, pixel2: number): number {
  const ap = sub(p, a);
  const t = dot(ap, dir);
  const across: Vec3 = [ap[0] - dir[0] * t, ap[1] - dir[1] * t, ap[2] - dir[2] * t];
  const s2 = sigma2 + pixel2;
  const s = Math.sqrt(s2);
  const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
  const along = clamp01((t + s) / (2 * s)) * clamp01((len - t + s) / (2 * s));
  return Math.sqrt(sigma2 / s2) * Math.exp((-0.5 * dot(across, across)) / s2) * along;
}

/**
 * Opacity of a shaft's streak under the skin at p: from the pore along dirIn (the shaft's way into
 * the skin, projected), σ(t) = σ₀ + slope·t across, e^(−t/decay) along, both convolved with the
 * pixel; peak 1 at the pore. shaders/stubble.glsl has the same function.
 */
export function streakOpacity(p: Vec3, pore: Vec3, dirIn: Vec3, pixel2: number): number {
  const { STREAK_LENGTH_MM: L, STREAK_SIGMA0_MM: s0, STREAK_SIGMA_SLOPE: k, STREAK_DECAY_MM: d } = SHADER_FLOATS;
  const ap = sub(p, pore);
  const t = dot(ap, dirIn);
  const across: Vec3 = [ap[0] - dirIn[0] * t, ap[1] - dirIn[1] * t, ap[2] - dirIn[2] * t];
  const tc = Math.min(L, Math.max(0, t));
  const sigma = s0 + k * tc;
  const s2 = sigma * sigma + pixel2;
  const s = Math.sqrt(s2);
  const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
  const along = clamp01((t + s) / (2 * s)) * clamp01((L - t + s) / (2 * s));
  return (sigma / s) * Math.exp(-tc / d) * Math.exp((-0.5 * dot(across, across)) / s2) * along;
}

/** One follicular unit as the shader reads it: its centre on the skin (mm) and its B and A bytes. */
export interface StubbleUnit {
  at: Vec3;
  b: number;
  a8: number;
}

const fract = (x: number): number => x - Math.floor(x);

/**
 * At skin point p (normal n): the transmittance of the shafts under the skin (per channel) and the
 * shafts' premultiplied colour and coverage above it. The pixel's colour is then
 * skin × under × (1 − coverage) + colour.
 */
export function stubbleAt(
  o: StubbleOptics,
  units: readonly StubbleUnit[],
  p: Vec3,
  n: Vec3,
  growth: Vec3,
  pixel2: number,
  strands = 3,
): { under: Rgb; colour: Rgb; coverage: number } {
  let grow = sub(growth, scale(n, dot(growth, n)));
  if (dot(grow, grow) > 0.04) grow = normalize(grow);
  else grow = normalize([-n[0] * n[2], -n[1] * n[2], -1 - n[2] * n[2]]);
  const side = cross(n, grow);
  const under: [number, number, number] = [1, 1, 1];
  const acc: [number, number, number, number] = [0, 0, 0, 0];
  for (const u of units) {
    const count = u.b < SHADER_FLOATS.ONE_HAIR_BELOW_BYTE ? 1 : u.b < SHADER_FLOATS.TWO_HAIRS_BELOW_BYTE ? 2 : 3;
    const ang = (fract(u.b * 0.6180339) - 0.5) * 0.9;
    const dir = add(scale(grow, Math.cos(ang)), scale(side, Math.sin(ang)));
    const perp = cross(n, dir);
    const len = o.shaftMm * (1 + (0.12 * (u.a8 - SHADER_FLOATS.SUSC_BYTE_ZERO)) / SHADER_FLOATS.SUSC_BYTE_PER_UNIT);
    const colour = fract(u.a8 * 0.3771) < o.whiteShare ? o.whiteColour : o.shaftColour;
    for (let k = 0; k < Math.min(count, strands); k++) {
      const base = add(add(u.at, scale(perp, (k - 0.5 * (count - 1)) * 0.11)), scale(dir, 0.05 * k));
      const sub1 = streakOpacity(p, base, scale(dir, -1), pixel2);
      for (let c = 0; c < 3; c++) under[c] = under[c]! * (1 - o.subsurfacePeak[c]! * sub1);
      if (len > 0) {
        const a = 0.95 * lineOpacity(p, base, dir, len, o.shaftSigma2Mm2, pixel2);
        for (let c = 0; c < 3; c++) acc[c] = acc[c]! * (1 - a) + colour[c]! * a;
        acc[3] = acc[3]! * (1 - a) + a;
      }
    }
  }
  return { under, colour: [acc[0], acc[1], acc[2]], coverage: acc[3] };
}
