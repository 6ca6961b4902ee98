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

/**
 * The renderer draws every Monk tone with Monk 3's relative shadows (the app's tables hold that
 * tone only): on darker skin the epidermis's melanin weakens the ink's and the hair's shadows nearly
 * alike (test/unit/light-tables.test.ts), so the SMP-to-hair match holds on every tone, though the
 * darkening is overstated there by up to ~15 % in optical depth (docs/model.md).
 */
export const RENDER_TONE = LIGHT_RENDER.tone;

type Kernel = (typeof LIGHT_RENDER.kernels)[number];
const at = (k: Kernel): ShadowKernel => ({ core: rgb(k.core), coreSigma2Mm2: [k.coreSigmaMm ** 2, k.coreSigmaMm ** 2, k.coreSigmaMm ** 2], wide: rgb(k.halo) });

/** The shadow kernel of ink at `depthMm`, before field saturation: linear between the calibrated depths, held beyond the deepest. */
export function shadowKernel(depthMm: number): ShadowKernel {
  const ks = LIGHT_RENDER.kernels;
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
      const a = at(k0), b = at(k1);
      return { core: mix(a.core, b.core, t), coreSigma2Mm2: mix(a.coreSigma2Mm2, b.coreSigma2Mm2, t), wide: mix(a.wide, b.wide, t) };
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
export function fieldSaturation(): Rgb {
  const f = LIGHT_RENDER.field;
  const k = shadowKernel(f.depthMm);
  const area = (Math.PI * f.ballDiameterMm * f.ballDiameterMm) / 4;
  return [0, 1, 2].map((c) => -Math.log(LIGHT_RENDER.depositField[c]!) / (f.densityPerMm2 * area * (k.core[c]! + k.wide[c]!))) as unknown as Rgb;
}

/** Hair colours by the reference (grey: half its shafts white, the rest dark brown). */
export type ReferenceHair = 'black' | 'dark-brown' | 'brown' | 'light-brown' | 'grey';

/**
 * Transmittance (per channel) of the skin with a shaved head's shafts in their follicles, at the
 * model's follicular density (src/model/hair.ts), relative to bald skin.
 */
export function hairFieldTransmittance(hair: ReferenceHair): Rgb {
  // A white shaft takes next to nothing: grey's field is half the dark-brown one (in optical depth).
  if (hair === 'grey') return rgb(LIGHT_RENDER.hair['dark-brown']).map((v) => Math.sqrt(v)) as unknown as Rgb;
  return rgb(LIGHT_RENDER.hair[hair]);
}
