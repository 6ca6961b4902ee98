/**
 * The calibration runs: what the renderer takes from the light-transport reference (issue 13).
 * Each run is a pure, seeded function of its job (node or a worker); `npm run calibrate`
 * (test/tools/calibrate.ts) runs them all and writes src/model/light/tables.ts, and a unit test
 * reruns one small job against the committed table.
 *
 * Results are in linear sRGB under diffuse D65 light, per channel, relative to the same skin
 * without the absorbers (ΔC/C), so the renderer can apply them to any skin colour it draws.
 */
import type { Rgb } from '../colour.ts';
import { type SkinSpec, SKIN_REFRACTIVE_INDEX, WAVELENGTHS_NM, skinLayers } from './skin.ts';
import { simulateTransport } from './transport.ts';
import type { LIGHT_TABLES } from './tables.ts';
import { lin, meanAndError, perWavelength, ratio } from './calibrate-common.ts';

export * from './calibrate-hair.ts';

/** Melanin by Monk tone where the reference has a figure (docs/model.md): tones 3 and 6. */
export const CALIBRATED_TONES = [3, 6] as const;
export const TONE_MELANIN: Record<(typeof CALIBRATED_TONES)[number], number> = { 3: 0.008, 6: 0.03 };
export const skinOfTone = (tone: (typeof CALIBRATED_TONES)[number]): SkinSpec => ({
  melanin: TONE_MELANIN[tone],
  papillaryBlood: 0.015,
  reticularBlood: 0.0075,
});

/** Depths (mm) at which a deposit's shadow is measured; the renderer interpolates between them. */
export const KERNEL_DEPTHS_MM = [0.2, 0.35, 0.5, 0.8, 1.2] as const;
/** The ball the kernel is measured with: its shadow's shape does not depend on its size up to ~0.4 mm (docs/model.md), its amplitude scales with its area. */
export const KERNEL_BALL_RADIUS_MM = 0.1;
/** Radius of the diffuse beam (mm): light entering farther away than this rarely reaches the ball (about 2 % in red). */
const KERNEL_BEAM_MM = 3;
const KERNEL_BIN_MM = 0.04;
const KERNEL_BINS = 55;

/** The field saturation is measured at the design density with deposits of this opaque size. */
export const FIELD_DENSITY_PER_MM2 = 1.5;
export const FIELD_BALL_DIAMETER_MM = 0.3;
export const FIELD_DEPTH_MM = 0.35;

/**
 * A buried deposit's shadow, per unit of its opaque (geometric) area: ΔC/C(r) ≈ core·e^(−r²/2σ²)/(2πσ²)
 * + halo·e^(−r/ℓ)/(2πℓ²), both per channel, with `core` and `halo` the shares of the darkening area
 * (mm² of darkening per mm² of ink) in each. The renderer draws the core per dot and the halo, a
 * millimetre or two wide, as a field.
 */
export interface DepositKernel {
  depthMm: number;
  core: Rgb;
  coreSigmaMm: Rgb;
  halo: Rgb;
  haloLengthMm: Rgb;
  /** core + halo, and its standard error from the batches. */
  total: Rgb;
  totalError: Rgb;
}

/** Where the core has died out: the halo is fitted to the profile beyond this radius (mm). */
export const HALO_FROM_MM = 0.6;

/**
 * Splits one channel's radial profile (ΔC/C per unit ink area, rings of binMm) into a wide halo
 * A₂e^(−r/ℓ), fitted (log-linear, weighted by ring light) where the core has died out, r ≥
 * HALO_FROM_MM, and a core: what is left nearer, with its integral and its second moment. A joint
 * least-squares fit of both trades the core for the halo on noisy profiles (an exponential
 * already peaks at r = 0); this split keeps the near shadow the renderer draws per dot.
 */
export function splitKernel(profile: readonly number[], binMm: number): { a2: number; ell: number; coreIntegral: number; coreSecondMoment: number } {
  let sw = 0,
    sx = 0,
    sy = 0,
    sxx = 0,
    sxy = 0;
  profile.forEach((v, i) => {
    const r = (i + 0.5) * binMm;
    if (r < HALO_FROM_MM || v <= 0) return;
    const w = v * r;
    sw += w;
    sx += w * r;
    sy += w * Math.log(v);
    sxx += w * r * r;
    sxy += w * r * Math.log(v);
  });
  const det = sw * sxx - sx * sx;
  const slope = det > 0 ? (sw * sxy - sx * sy) / det : -1 / 0.4;
  const ell = Math.min(1.5, Math.max(0.15, -1 / Math.min(-1e-3, slope)));
  // the amplitude for the clamped ℓ, fitted alone
  let num = 0,
    den = 0;
  profile.forEach((v, i) => {
    const r = (i + 0.5) * binMm;
    if (r < HALO_FROM_MM) return;
    const g = Math.exp(-r / ell);
    num += r * g * v;
    den += r * g * g;
  });
  const amp = den > 0 ? Math.max(0, num / den) : 0;
  let core = 0,
    moment = 0;
  profile.forEach((v, i) => {
    const r = (i + 0.5) * binMm;
    if (r >= 2 * HALO_FROM_MM) return;
    const rest = v - amp * Math.exp(-r / ell);
    const dA = 2 * Math.PI * r * binMm;
    core += rest * dA;
    moment += rest * r * r * dA;
  });
  return { a2: amp, ell, coreIntegral: Math.max(0, core), coreSecondMoment: core > 0 ? Math.max(0, moment / core) : 0 };
}

/** One deposit's shadow at `depthMm` on a skin, from `photons` packets a wavelength in `batches` seeded batches. */
export function depositKernel(skin: SkinSpec, depthMm: number, photons: number, seed: number, batches = 4): DepositKernel {
  const beamArea = Math.PI * KERNEL_BEAM_MM * KERNEL_BEAM_MM;
  const ballArea = Math.PI * KERNEL_BALL_RADIUS_MM * KERNEL_BALL_RADIUS_MM;
  const totals: Rgb[] = [];
  const base = WAVELENGTHS_NM.map(() => 0);
  const rings = Array.from({ length: KERNEL_BINS }, () => WAVELENGTHS_NM.map(() => 0));
  const shadow = WAVELENGTHS_NM.map(() => 0);
  for (let b = 0; b < batches; b++) {
    const results = perWavelength((nm, i) =>
      simulateTransport({
        layers: skinLayers(skin, nm),
        refractiveIndex: SKIN_REFRACTIVE_INDEX,
        photons: Math.ceil(photons / batches),
        seed: seed + 1000 * b + i,
        incidence: 'diffuse',
        beamRadiusMm: KERNEL_BEAM_MM,
        spheres: [{ centre: [0, 0, depthMm], radiusMm: KERNEL_BALL_RADIUS_MM }],
        shadow: true,
        radialBinMm: KERNEL_BIN_MM,
        radialBins: KERNEL_BINS,
      }),
    );
    const bBase = results.map((r) => r.diffuse + r.shadowTotal);
    const bShadow = results.map((r) => (r.shadowTotal * beamArea) / ballArea);
    totals.push(ratio(lin(bShadow), lin(bBase)));
    results.forEach((r, i) => {
      base[i]! += (r.diffuse + r.shadowTotal) / batches;
      shadow[i]! += (r.shadowTotal * beamArea) / ballArea / batches;
      r.shadowByRadius.forEach((v, j) => (rings[j]![i]! += v / batches));
    });
  }
  const baseRgb = lin(base);
  const { mean: total, error: totalError } = meanAndError(totals);
  // Profile per unit ink area: ring light × beam area / ring area / ball area, relative to the skin.
  const profiles = rings.map((ring, j) => {
    const ringArea = Math.PI * KERNEL_BIN_MM * KERNEL_BIN_MM * (2 * j + 1);
    return ratio(lin(ring.map((v) => (v * beamArea) / ringArea / ballArea)), baseRgb);
  });
  const out = {
    depthMm,
    core: [0, 0, 0] as [number, number, number],
    coreSigmaMm: [0, 0, 0] as [number, number, number],
    halo: [0, 0, 0] as [number, number, number],
    haloLengthMm: [0, 0, 0] as [number, number, number],
    total,
    totalError,
  };
  const splits = [0, 1, 2].map((k) =>
    splitKernel(
      profiles.map((p) => p[k]!),
      KERNEL_BIN_MM,
    ),
  );
  // One core width for all channels (the blur of the tissue above the ink, which the study finds
  // the same in each: σ 0.215–0.225 mm at 0.35 mm): the cores' second moments <r²> = 2σ², pooled
  // by their integrals, kept to 0.1–0.4 mm.
  const pooled =
    splits.reduce((s, x) => s + x.coreIntegral * x.coreSecondMoment, 0) /
    Math.max(
      1e-12,
      splits.reduce((s, x) => s + x.coreIntegral, 0),
    );
  const sigma = Math.min(0.4, Math.max(0.1, Math.sqrt(pooled / 2)));
  for (let k = 0; k < 3; k++) {
    const sp = splits[k]!;
    // The core's share from the split; the halo takes the rest of the measured total (its tail
    // beyond the rings included).
    const core = Math.min(total[k]!, sp.coreIntegral);
    out.core[k] = core;
    out.coreSigmaMm[k] = sigma;
    out.halo[k] = total[k]! - core;
    out.haloLengthMm[k] = sp.ell;
  }
  return out;
}

/**
 * A field of opaque deposits on a square lattice at FIELD_DENSITY_PER_MM2: its transmittance per
 * channel (the field's light over the same skin's), from correlated sampling.
 */
export function depositField(skin: SkinSpec, photons: number, seed: number, batches = 4): { transmittance: Rgb; error: Rgb } {
  const out: Rgb[] = [];
  for (let b = 0; b < batches; b++) {
    const results = perWavelength((nm, i) =>
      simulateTransport({
        layers: skinLayers(skin, nm),
        refractiveIndex: SKIN_REFRACTIVE_INDEX,
        photons: Math.ceil(photons / batches),
        seed: seed + 1000 * b + i,
        incidence: 'diffuse',
        beamRadiusMm: 5,
        spheres: [{ centre: [0, 0, FIELD_DEPTH_MM], radiusMm: FIELD_BALL_DIAMETER_MM / 2 }],
        latticeMm: 1 / Math.sqrt(FIELD_DENSITY_PER_MM2),
        shadow: true,
      }),
    );
    out.push(ratio(lin(results.map((r) => r.diffuse)), lin(results.map((r) => r.diffuse + r.shadowTotal))));
  }
  const { mean, error } = meanAndError(out);
  return { transmittance: mean, error };
}

/** The skin's own colour (linear sRGB under D65) by the reference. */
export function skinColour(skin: SkinSpec, photons: number, seed: number): Rgb {
  return lin(
    perWavelength((nm, i) =>
      simulateTransport({ layers: skinLayers(skin, nm), refractiveIndex: SKIN_REFRACTIVE_INDEX, photons, seed: seed + i, incidence: 'diffuse' }),
    ).map((r) => r.diffuse),
  );
}

/**
 * The app's part of the tables (src/model/light/shadow.ts reads it from render-tables.ts): every
 * calibrated tone's kernels without their errors and fits, and its fields' transmittances. `npm run
 * calibrate` writes it to three significant digits (the tables' own errors are 0.3–5 %).
 */
export function renderTables(t: typeof LIGHT_TABLES): unknown {
  return {
    field: t.field,
    tones: t.tones.map((x) => ({
      tone: x.tone,
      kernels: x.kernels.map((k) => ({ depthMm: k.depthMm, core: k.core, coreSigmaMm: k.coreSigmaMm[0], halo: k.halo })),
      depositField: x.depositField.transmittance,
      hair: Object.fromEntries(Object.entries(x.hair).map(([h, v]) => [h, v.transmittance])),
    })),
  };
}
