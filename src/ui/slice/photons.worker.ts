/// <reference lib="webworker" />
/**
 * The cross-section's photon paths (issue 16), off the page's thread: a small run of the
 * light-transport reference per waveband (src/model/slice-light.ts), the handful to draw sent back.
 */
import { shownPaths, slicePhotonPaths, meanDeepestMm } from '../../model/slice-light.ts';
import type { PhotonJob, PhotonReply } from './photons.ts';

self.onmessage = (e: MessageEvent<PhotonJob>) => {
  const j = e.data;
  try {
    const bands = slicePhotonPaths(j).map((b) => ({
      nm: b.nm,
      shown: shownPaths(b.paths).map((p) => ({ points: p.points, fate: p.fate, deepestMm: p.deepestMm })),
      meanDeepestMm: meanDeepestMm(b.paths),
      inkShare: b.paths.filter((p) => p.fate === 'ink').length / Math.max(1, b.paths.length),
    }));
    self.postMessage({ id: j.id, bands } satisfies PhotonReply);
  } catch (error) {
    self.postMessage({ id: j.id, bands: [], error: error instanceof Error ? error.message : String(error) } satisfies PhotonReply);
  }
};
