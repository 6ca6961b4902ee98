/**
 * What the renderer takes from the light-transport tables (src/model/light/tables.ts, written by
 * `npm run calibrate`): a buried deposit's shadow kernel at a depth, the saturation of a field of
 * them, and the darkening of a field of shaved hair's shafts in their follicles, each for a Monk
 * tone. Pure numbers; no three, no DOM.
 */
import type { Rgb } from '../colour.ts';
import { LIGHT_TABLES } from './tables.ts';

/** A shadow kernel per unit of opaque ink area, per channel: core share and its σ², wide share. */
export interface ShadowKernel {
  /** mm² of darkening in the core (drawn per dot) per mm² of opaque ink. */
  core: Rgb;
  /** σ² of the core (mm²): the blur of the skin above the ink. */
  coreSigma2Mm2: Rgb;
  /** mm² of darkening in the wide part (a millimetre or two across: drawn as a field) per mm² of ink. */
  wide: Rgb;
}

type ToneTable = (typeof LIGHT_TABLES.tones)[number];
const rgb = (v: readonly number[]): Rgb => [v[0]!, v[1]!, v[2]!];
const mix = (a: Rgb, b: Rgb, t: number): Rgb => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];

/**
 * The two calibrated tones and the weight of the second, for a Monk tone: linear between tones 3
 * and 6, held at the nearer one outside (the reference has melanin figures for those two only).
 * The renderer draws every tone with RENDER_TONE's relative shadows: on darker skin the epidermis's
 * melanin weakens the ink's and the hair's shadows nearly alike (test/unit/light-tables.test.ts),
 * so the SMP-to-hair match holds on every tone, though the darkening is overstated there by up to
 * ~15 % in optical depth (docs/model.md).
 */
function toneWeight(monkTone: number): [ToneTable, ToneTable, number] {
  const [a, b] = [LIGHT_TABLES.tones[0], LIGHT_TABLES.tones[1]];
  const t = Math.min(1, Math.max(0, ((Number.isFinite(monkTone) ? monkTone : a.tone) - a.tone) / (b.tone - a.tone)));
  return [a, b, t];
}

function kernelOfTone(t: ToneTable, depthMm: number): ShadowKernel {
  const ks = t.kernels;
  const at = (k: (typeof ks)[number]): ShadowKernel => ({
    core: rgb(k.core), coreSigma2Mm2: rgb(k.coreSigmaMm).map((s) => s * s) as unknown as Rgb, wide: rgb(k.halo),
  });
  const d = Math.max(0, depthMm);
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

/** The tone whose relative shadows the renderer draws on every skin (see toneWeight). */
export const RENDER_TONE = 3;

/** The shadow kernel of ink at `depthMm` on Monk tone `monkTone`, before field saturation. */
export function shadowKernel(depthMm: number, monkTone = RENDER_TONE): ShadowKernel {
  const [a, b, t] = toneWeight(monkTone);
  const ka = kernelOfTone(a, depthMm), kb = kernelOfTone(b, depthMm);
  return { core: mix(ka.core, kb.core, t), coreSigma2Mm2: mix(ka.coreSigma2Mm2, kb.coreSigma2Mm2, t), wide: mix(ka.wide, kb.wide, t) };
}

/**
 * How much less a field of deposits darkens than the sum of its dots, per channel: the reference's
 * field at the design density, −ln T over density × one deposit's darkening. Drawn as
 * exp(−density × area × this), which then gives the reference's field exactly at the design point
 * and less saturation for fainter fields.
 */
export function fieldSaturation(monkTone = RENDER_TONE): Rgb {
  const [a, b, t] = toneWeight(monkTone);
  const f = LIGHT_TABLES.field;
  const one = (tt: ToneTable): Rgb => {
    const k = kernelOfTone(tt, f.depthMm);
    const area = (Math.PI * f.ballDiameterMm * f.ballDiameterMm) / 4;
    return [0, 1, 2].map((c) => -Math.log(tt.depositField.transmittance[c]!) / (f.densityPerMm2 * area * (k.core[c]! + k.wide[c]!))) as unknown as Rgb;
  };
  return mix(one(a), one(b), t);
}

/** Hair colours by the reference (grey: half its shafts white, the rest dark brown). */
export type ReferenceHair = 'black' | 'dark-brown' | 'brown' | 'light-brown' | 'grey';

/**
 * Transmittance (per channel) of the skin with a shaved head's shafts in their follicles, at the
 * model's follicular density (src/model/hair.ts), relative to bald skin.
 */
export function hairFieldTransmittance(hair: ReferenceHair, monkTone = RENDER_TONE): Rgb {
  const [a, b, t] = toneWeight(monkTone);
  const one = (tt: ToneTable): Rgb => {
    // A white shaft takes next to nothing: grey's field is half the dark-brown one (in optical depth).
    if (hair === 'grey') return rgb(tt.hair['dark-brown'].transmittance).map((v) => Math.sqrt(v)) as unknown as Rgb;
    return rgb(tt.hair[hair].transmittance);
  };
  return mix(one(a), one(b), t);
}

/** The reference's own skin colour for a tone (linear sRGB), for comparing lightness changes. */
export function referenceSkin(monkTone: number): Rgb {
  const [a, b, t] = toneWeight(monkTone);
  return mix(rgb(a.skin), rgb(b.skin), t);
}
