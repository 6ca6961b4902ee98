/// <reference lib="webworker" />
/**
 * Lays out the dots on the client's photo off the main thread (issue 15): the area painted so far,
 * its edge and the head's layout rules (src/model/photo-area.ts). A worker of its own, so neither
 * the first view nor the head's layout worker carries photo mode's code.
 */
import { paintMask, photoCoverage, photoLayout } from '../model/photo-area.ts';
import type { PhotoLayoutJob, PhotoLayoutReply } from './photo-layout-client.ts';

self.onmessage = (e: MessageEvent<PhotoLayoutJob>) => {
  const j = e.data;
  try {
    const field = photoCoverage(paintMask(j.widthPx, j.heightPx, j.area, j.hairline), j.edgePx);
    const layout = field ? photoLayout({ seed: j.seed, densityPerCm2: j.densityPerCm2, mmPerPx: j.mmPerPx, round: j.round, field }) : null;
    const reply: PhotoLayoutReply = { id: j.id, layout };
    self.postMessage(reply, { transfer: layout ? [layout.cells.buffer, layout.blockDensityPerMm2.buffer] : [] });
  } catch (error) {
    self.postMessage({ id: j.id, layout: null, error: error instanceof Error ? error.message : String(error) } satisfies PhotoLayoutReply);
  }
};
