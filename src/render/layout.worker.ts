/// <reference lib="webworker" />
/** Builds the scalp's layouts off the main thread (see layout-job.ts and layout-client.ts). */
import { type LayoutJob, layoutBuilder, transferables } from './layout-job.ts';

let build = layoutBuilder();
self.onmessage = (e: MessageEvent<{ id: number; job: LayoutJob; fresh?: boolean }>) => {
  try {
    // A new scene: it needs every part, whatever was sent before.
    if (e.data.fresh) build = layoutBuilder();
    const result = build(e.data.job);
    self.postMessage({ id: e.data.id, result }, { transfer: transferables(result) });
  } catch (error) {
    self.postMessage({ id: e.data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
