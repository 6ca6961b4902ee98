/**
 * The page's side of the photon worker (src/ui/slice/photons.worker.ts): the latest request wins,
 * and each answer is kept by its inputs (tone, depth), so going back to a setting costs nothing.
 */
import type { PathFate } from '../../model/light/transport.ts';
import type { SliceBand } from '../../model/slice-light.ts';

export interface PhotonJob {
  id: number;
  monkTone: number;
  depthMm: number;
  seed: number;
  photons: number;
}

export interface ShownBand {
  nm: SliceBand;
  shown: Array<{ points: number[]; fate: PathFate; deepestMm: number }>;
  /** Over every packet of the run, not only those shown. */
  meanDeepestMm: number;
  inkShare: number;
}

export interface PhotonReply {
  id: number;
  bands: ShownBand[];
  error?: string;
}

/** Packets per band: a fraction of a second in the worker, plenty for the quartiles drawn. */
export const PHOTONS_PER_BAND = 400;

let worker: Worker | null = null;
let nextId = 0;
const cache = new Map<string, Promise<ShownBand[]>>();
const pending = new Map<number, { resolve: (b: ShownBand[]) => void; reject: (e: Error) => void }>();

/** The paths for a tone and depth (rounded as the slice shows them), from the worker. */
export function photonPaths(monkTone: number, depthMm: number): Promise<ShownBand[]> {
  const tone = Math.round(monkTone);
  const depth = Math.round(depthMm * 100) / 100;
  const key = `${tone}:${depth}`;
  const have = cache.get(key);
  if (have) return have;
  if (!worker) {
    worker = new Worker(new URL('./photons.worker.ts', import.meta.url), { type: 'module', name: 'slice-photons' });
    worker.onmessage = (e: MessageEvent<PhotonReply>) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (!p) return;
      if (e.data.error !== undefined) p.reject(new Error(e.data.error));
      else p.resolve(e.data.bands);
    };
    worker.onerror = (e) => {
      for (const p of pending.values()) p.reject(new Error(e.message || 'the photon worker could not start'));
      pending.clear();
    };
  }
  const id = ++nextId;
  const job: PhotonJob = { id, monkTone: tone, depthMm: depth, seed: 16, photons: PHOTONS_PER_BAND };
  const answer = new Promise<ShownBand[]>((resolve, reject) => pending.set(id, { resolve, reject }));
  answer.catch(() => cache.delete(key));
  cache.set(key, answer);
  worker.postMessage(job);
  return answer;
}
