/// <reference lib="webworker" />
/** Builds the scalp's layouts off the main thread (see layout-job.ts). */
import { type LayoutJob, layoutBuilder, transferables } from './layout-job.ts';

const build = layoutBuilder();
self.onmessage = (e: MessageEvent<{ id: number; job: LayoutJob }>) => {
  try {
    const result = build(e.data.job);
    self.postMessage({ id: e.data.id, result }, { transfer: transferables(result) });
  } catch (error) {
    self.postMessage({ id: e.data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
