/**
 * The cross-section's photon paths (issue 16): packets of the light-transport reference
 * (src/model/light/transport.ts, the Monte Carlo the renderer is calibrated against) sent into the
 * client's skin over one impression, in three wavebands, with their paths kept. Blue turns back
 * within the epidermis and upper dermis; red goes deeper and wider, reaches the ink and is taken
 * by it: why buried black reads blue-grey. Runs in a worker (src/ui/slice/photons.worker.ts).
 */
import { type PhotonPath, simulateTransport } from './light/transport.ts';
import { SKIN_REFRACTIVE_INDEX, skinForMonkTone, skinLayers } from './light/skin.ts';
import { KERNEL_BALL_RADIUS_MM } from './light/calibrate.ts';

/** The wavebands drawn (nm): blue, green and red, at the reference's wavelengths. */
export const SLICE_BANDS_NM = [460, 540, 640] as const;
export type SliceBand = (typeof SLICE_BANDS_NM)[number];

export interface SlicePhotonInput {
  monkTone: number;
  depthMm: number;
  seed: number;
  /** Packets per band whose paths are kept (all of them; the picture shows a handful). */
  photons: number;
}

export interface BandPaths {
  nm: SliceBand;
  paths: PhotonPath[];
}

/**
 * Packets of diffuse light entering the skin over a disc 0.3 mm about the impression's axis (its
 * shadow's reach at 0.35 mm, docs/model.md), the healed deposit taken as the reference's opaque
 * ball at the needle's depth.
 */
export function slicePhotonPaths({ monkTone, depthMm, seed, photons }: SlicePhotonInput): BandPaths[] {
  const skin = skinForMonkTone(monkTone);
  return SLICE_BANDS_NM.map((nm, i) => {
    const r = simulateTransport({
      layers: skinLayers(skin, nm),
      refractiveIndex: SKIN_REFRACTIVE_INDEX,
      photons,
      seed: seed + 7919 * i,
      incidence: 'diffuse',
      beamRadiusMm: 0.3,
      spheres: [{ centre: [0, 0, depthMm], radiusMm: KERNEL_BALL_RADIUS_MM }],
      recordPaths: photons,
    });
    return { nm, paths: r.paths ?? [] };
  });
}

/**
 * The handful shown of a band, chosen by a rule rather than by taste: of the packets that came back
 * out (what the eye sees), those at the terciles of how deep they went (a shallower and a deeper
 * typical path), and the first the ink took.
 */
export function shownPaths(paths: readonly PhotonPath[]): PhotonPath[] {
  const out = paths.filter((p) => p.fate === 'out').sort((a, b) => a.deepestMm - b.deepestMm);
  const at = (q: number): PhotonPath | undefined => out[Math.min(out.length - 1, Math.floor(q * out.length))];
  const ink = paths.find((p) => p.fate === 'ink');
  return [at(1 / 3), at(2 / 3), ink].filter((p): p is PhotonPath => p !== undefined);
}

/** Mean of the deepest point the paths reached (mm). */
export function meanDeepestMm(paths: readonly PhotonPath[]): number {
  return paths.length ? paths.reduce((s, p) => s + p.deepestMm, 0) / paths.length : 0;
}
