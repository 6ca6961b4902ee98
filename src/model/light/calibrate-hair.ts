/**
 * The hair's calibration run: a client's own shaved hair as opaque (or, for lighter hair, partly
 * transparent) shafts in their follicles over the skin, and the share of light they take
 * (src/model/light/calibrate.ts runs the deposits' kernels and fields the same way).
 */
import type { Rgb } from '../colour.ts';
import { mulberry32 } from '../random.ts';
import { type SkinSpec, SKIN_REFRACTIVE_INDEX, skinLayers } from './skin.ts';
import { type OpaqueRod, simulateTransport } from './transport.ts';
import { lin, meanAndError, perWavelength, ratio } from './calibrate-common.ts';

/** Hair colours the reference knows by eumelanin (docs/model.md; grey: half its shafts white). */
export const HAIR_EUMELANIN = { black: 8, 'dark-brown': 3, brown: 1.3, 'light-brown': 0.6 } as const;
export type PigmentedHair = keyof typeof HAIR_EUMELANIN;

/**
 * Share of the light a shaft takes when a ray meets it: eumelanin's absorption per unit fibre
 * radius is C_eu·(0.419, 0.697, 1.37) at R, G, B (Chiang et al 2016), which a power law
 * 0.419·(620 nm / λ)^3.97 follows within 4 %; the chord through the round fibre is averaged over
 * where the ray meets it.
 */
export function shaftAbsorbed(eumelanin: number, nm: number): number {
  const perRadius = eumelanin * 0.419 * (620 / nm) ** 3.97;
  let passed = 0;
  const n = 64;
  for (let i = 0; i < n; i++) {
    const u = (i + 0.5) / n;
    passed += Math.exp(-2 * perRadius * Math.sqrt(1 - u * u)) / n;
  }
  return 1 - passed;
}

/** Follicular units per mm², shares of 1, 2, 3 shafts, shaft diameter: as src/model/hair.ts has them. */
export interface FollicleSpec {
  unitsPerMm2: number;
  hairsPerUnitShares: readonly [number, number, number];
  shaftDiameterMm: number;
  /** How deep the shaft goes (mm), at 45° to the skin. */
  depthMm: number;
}

/**
 * A periodic tile of follicular units on a jittered grid, as the app lays them (one unit a cell,
 * kept JITTER_MARGIN from the cell's sides), each with its 1–3 shafts 0.11 mm apart going into the
 * skin at 45° against the growth direction (here −y, turned by up to ±0.45 rad per unit).
 */
export function follicleTile(spec: FollicleSpec, cellsPerSide: number, seed: number, margin = 0.17): { rods: OpaqueRod[]; tileMm: number } {
  const cell = 1 / Math.sqrt(spec.unitsPerMm2);
  const tile = cell * cellsPerSide;
  const rand = mulberry32(seed);
  const rods: OpaqueRod[] = [];
  const r = spec.shaftDiameterMm / 2;
  for (let j = 0; j < cellsPerSide; j++)
    for (let i = 0; i < cellsPerSide; i++) {
      const x = -tile / 2 + (i + margin + (1 - 2 * margin) * rand()) * cell;
      const y = -tile / 2 + (j + margin + (1 - 2 * margin) * rand()) * cell;
      const u = rand();
      const count = u < spec.hairsPerUnitShares[0] ? 1 : u < spec.hairsPerUnitShares[0] + spec.hairsPerUnitShares[1] ? 2 : 3;
      const ang = (rand() - 0.5) * 0.9;
      // growth direction on the skin (the hair leaves the pore this way); inside, the shaft runs back
      const gx = Math.sin(ang),
        gy = -Math.cos(ang);
      for (let k = 0; k < count; k++) {
        const off = (k - 0.5 * (count - 1)) * 0.11;
        const px = x - gy * off + gx * 0.05 * k,
          py = y + gx * off + gy * 0.05 * k;
        rods.push({ a: [px, py, r], b: [px - gx * spec.depthMm, py - gy * spec.depthMm, spec.depthMm], radiusMm: r });
      }
    }
  return { rods, tileMm: tile };
}

/** Transmittance (per channel) of a field of shaved hair's shafts in their follicles. */
export function hairField(
  skin: SkinSpec,
  follicles: FollicleSpec,
  eumelanin: number,
  photons: number,
  seed: number,
  batches = 4,
): { transmittance: Rgb; error: Rgb } {
  const out: Rgb[] = [];
  for (let b = 0; b < batches; b++) {
    const { rods, tileMm } = follicleTile(follicles, 4, seed + 77 * b);
    const common = (nm: number, i: number) => ({
      layers: skinLayers(skin, nm),
      refractiveIndex: SKIN_REFRACTIVE_INDEX,
      photons: Math.ceil(photons / batches),
      seed: seed + 1000 * b + i,
      incidence: 'diffuse' as const,
      beamRadiusMm: 5,
    });
    const withHair = perWavelength((nm, i) =>
      simulateTransport({
        ...common(nm, i),
        rods,
        rodLatticeMm: tileMm,
        rodCells: [-1, 1, -1, 1],
        rodAbsorbed: shaftAbsorbed(eumelanin, nm),
      }),
    );
    const bare = perWavelength((nm, i) => simulateTransport(common(nm, i)));
    out.push(ratio(lin(withHair.map((r) => r.diffuse)), lin(bare.map((r) => r.diffuse))));
  }
  const { mean, error } = meanAndError(out);
  return { transmittance: mean, error };
}
