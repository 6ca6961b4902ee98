/**
 * What the renderer takes from the light-transport tables (src/model/light/render-tables.ts, the
 * app's part of tables.ts, both written by `npm run calibrate`): a buried deposit's shadow kernel at a depth, the saturation of a field of
 * them, and the darkening of a field of shaved hair's shafts in their follicles, each for a Monk
 * tone. Pure numbers; no three, no DOM.
 */
import type { Rgb } from '../colour.ts';
import { LIGHT_RENDER } from './render-tables.ts';

/** A shadow kernel per unit of opaque ink area, per channel: core share and its σ², wide share. */
export interface ShadowKernel {
  /** mm² of darkening in the core (drawn per dot) per mm² of opaque ink. */
  core: Rgb;
  /** σ² of the core (mm²): the blur of the skin above the ink. */
  coreSigma2Mm2: Rgb;
  /** mm² of darkening in the wide part (a millimetre or two across: drawn as a field) per mm² of ink. */
  wide: Rgb;
}

const rgb = (v: readonly number[]): Rgb => [v[0]!, v[1]!, v[2]!];
const mix = (a: Rgb, b: Rgb, t: number): Rgb => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];

type Tone = (typeof LIGHT_RENDER.tones)[number];
type Kernel = Tone['kernels'][number];
const at = (k: Kernel): ShadowKernel => ({ core: rgb(k.core), coreSigma2Mm2: [k.coreSigmaMm ** 2, k.coreSigmaMm ** 2, k.coreSigmaMm ** 2], wide: rgb(k.halo) });

/** The Monk tones the reference was run for (docs/model.md gives melanin for 3 and 6). */
export const CALIBRATED_MONK_TONES: readonly number[] = LIGHT_RENDER.tones.map((t) => t.tone);

/**
 * A Monk tone (1–10) as the two calibrated tones it lies between and the weight of the darker one:
 * linear in the tone between them, held at the nearest beyond them (the reference has no melanin
 * figure for Monk 1–2 or 7–10; the lighter tones' shadows are then understated a little and the
 * darker ones' overstated, alike for ink and hair, so the shade match holds: docs/model.md).
 */
function toneBracket(monkTone: number): { lo: Tone; hi: Tone; t: number } {
  const tones = LIGHT_RENDER.tones;
  const m = Number.isFinite(monkTone) ? monkTone : 3;
  for (let i = 1; i < tones.length; i++) {
    const lo = tones[i - 1]!,
      hi = tones[i]!;
    if (m <= hi.tone || i === tones.length - 1) return { lo, hi, t: Math.min(1, Math.max(0, (m - lo.tone) / (hi.tone - lo.tone))) };
  }
  return { lo: tones[0]!, hi: tones[0]!, t: 0 };
}

const mixKernel = (a: ShadowKernel, b: ShadowKernel, t: number): ShadowKernel => ({
  core: mix(a.core, b.core, t),
  coreSigma2Mm2: mix(a.coreSigma2Mm2, b.coreSigma2Mm2, t),
  wide: mix(a.wide, b.wide, t),
});

/** A transmittance between two tones' in optical depth (−ln T is what adds up). */
const mixTransmittance = (a: Rgb, b: Rgb, t: number): Rgb => [0, 1, 2].map((k) => Math.exp((1 - t) * Math.log(a[k]!) + t * Math.log(b[k]!))) as unknown as Rgb;

/**
 * The shadow kernel of ink at `depthMm` under the skin of Monk tone `monkTone`, before field
 * saturation: linear between the calibrated depths, held beyond the deepest; between tones, as
 * toneBracket says.
 */
export function shadowKernel(depthMm: number, monkTone = 3): ShadowKernel {
  const { lo, hi, t } = toneBracket(monkTone);
  const a = kernelOfTone(lo, depthMm);
  return t === 0 ? a : mixKernel(a, kernelOfTone(hi, depthMm), t);
}

function kernelOfTone(tone: Tone, depthMm: number): ShadowKernel {
  const ks = tone.kernels;
  const d = Math.max(0, Number.isFinite(depthMm) ? depthMm : 0);
  const first = ks[0]!;
  if (d <= first.depthMm) {
    // Towards the surface the ink hides just its own area (core 1, no blur, nothing wide): the
    // fresh wound's ink sits in the top 0.05 mm.
    const k = at(first);
    const t0 = d / first.depthMm;
    return { core: mix([1, 1, 1], k.core, t0), coreSigma2Mm2: mix([0, 0, 0], k.coreSigma2Mm2, t0), wide: mix([0, 0, 0], k.wide, t0) };
  }
  for (let i = 1; i < ks.length; i++) {
    const k1 = ks[i]!;
    if (d <= k1.depthMm || i === ks.length - 1) {
      const k0 = ks[i - 1]!;
      const t = Math.min(1, (d - k0.depthMm) / (k1.depthMm - k0.depthMm));
      return mixKernel(at(k0), at(k1), t);
    }
  }
  return at(ks[ks.length - 1]!);
}

/**
 * How much less a field of deposits darkens than the sum of its dots, per channel: the reference's
 * field at the design density, −ln T over density × one deposit's darkening. Drawn as
 * exp(−density × area × this), which then gives the reference's field exactly at the design point
 * and less saturation for fainter fields.
 */
export function fieldSaturation(monkTone = 3): Rgb {
  const f = LIGHT_RENDER.field;
  const k = shadowKernel(f.depthMm, monkTone);
  const { lo, hi, t } = toneBracket(monkTone);
  const field = mixTransmittance(rgb(lo.depositField), rgb(hi.depositField), t);
  const area = (Math.PI * f.ballDiameterMm * f.ballDiameterMm) / 4;
  return [0, 1, 2].map((c) => -Math.log(field[c]!) / (f.densityPerMm2 * area * (k.core[c]! + k.wide[c]!))) as unknown as Rgb;
}

/** Hair colours by the reference (grey: half its shafts white, the rest dark brown). */
export type ReferenceHair = 'black' | 'dark-brown' | 'brown' | 'light-brown' | 'grey';

/**
 * Transmittance (per channel) of the skin of Monk tone `monkTone` with a shaved head's shafts in
 * their follicles, at the model's follicular density (src/model/hair.ts), relative to bald skin.
 */
export function hairFieldTransmittance(hair: ReferenceHair, monkTone = 3): Rgb {
  const { lo, hi, t } = toneBracket(monkTone);
  // A white shaft takes next to nothing: grey's field is half the dark-brown one (in optical depth).
  const of = (x: Tone): Rgb => (hair === 'grey' ? (rgb(x.hair['dark-brown']).map((v) => Math.sqrt(v)) as unknown as Rgb) : rgb(x.hair[hair]));
  return mixTransmittance(of(lo), of(hi), t);
}
