/**
 * The page's side of the photo's layout worker (src/render/photo-layout.worker.ts): one job in
 * flight, and only the latest request kept while it runs, so a quick series of strokes or a
 * dragged scale point does not queue layouts.
 */
import type { DotLayout } from '../model/layout.ts';
import type { AreaOp } from '../model/photo-area.ts';
import type { Ellipse, Point } from '../model/photo-geometry.ts';

export interface PhotoLayoutJob {
  id: number;
  widthPx: number;
  heightPx: number;
  area: readonly AreaOp[];
  hairline: readonly Point[];
  /** The hairline profile's edge, photo pixels. */
  edgePx: number;
  seed: number;
  densityPerCm2: number;
  mmPerPx: number;
  round: { outline: Ellipse; heightPx: number } | null;
}

export interface PhotoLayoutReply {
  id: number;
  /** null: nothing painted. */
  layout: DotLayout | null;
  error?: string;
}

export interface PhotoLayoutClient {
  request: (job: Omit<PhotoLayoutJob, 'id'>, deliver: (layout: DotLayout | null) => void) => void;
  dispose: () => void;
}

export function createPhotoLayoutClient(onError: (message: string) => void): PhotoLayoutClient {
  const worker = new Worker(new URL('./photo-layout.worker.ts', import.meta.url), { type: 'module', name: 'photo-layout' });
  let nextId = 0;
  let busy = false;
  let waiting: { job: Omit<PhotoLayoutJob, 'id'>; deliver: (l: DotLayout | null) => void } | null = null;
  let current: ((l: DotLayout | null) => void) | null = null;
  const send = (job: Omit<PhotoLayoutJob, 'id'>, deliver: (l: DotLayout | null) => void): void => {
    busy = true;
    current = deliver;
    worker.postMessage({ ...job, id: ++nextId } satisfies PhotoLayoutJob);
  };
  worker.onmessage = (e: MessageEvent<PhotoLayoutReply>) => {
    busy = false;
    if (e.data.error !== undefined) onError(e.data.error);
    // A newer request supersedes this answer: draw the newest.
    if (waiting) {
      const w = waiting;
      waiting = null;
      send(w.job, w.deliver);
      return;
    }
    current?.(e.data.layout);
  };
  worker.onerror = (e) => onError(e.message || 'the photo layout worker could not start');
  return {
    request: (job, deliver) => {
      if (busy) waiting = { job, deliver };
      else send(job, deliver);
    },
    dispose: () => worker.terminate(),
  };
}
