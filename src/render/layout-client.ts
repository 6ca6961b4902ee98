/**
 * The page's side of the layout worker: one worker per scene, one job in flight, and only the
 * latest request kept while it runs (dragging the density slider does not queue a stack of 1 M-dot
 * layouts). Module workers are in every browser that has WebGL 2 and the ES2022 the build targets
 * (Firefox since 114); where one cannot start, the error says so instead of an empty scalp.
 */
import { useEffect, useRef, useState } from 'react';
import type { LayoutJob, LayoutResult } from './layout-job.ts';

type Deliver = (r: LayoutResult) => void;

export interface LayoutWorker {
  request: (job: LayoutJob, deliver: Deliver) => void;
  dispose: () => void;
}

export function createLayoutWorker(onError: (message: string) => void): LayoutWorker {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'layout' });
    worker.addEventListener('error', (e) => onError(e.message || 'the layout worker could not start'));
  } catch (e) {
    onError(e instanceof Error ? e.message : String(e));
  }
  let busy = false;
  let next: { job: LayoutJob; deliver: Deliver } | null = null;
  let disposed = false;
  let id = 0;

  const pump = (): void => {
    if (busy || !next || disposed) return;
    const { job, deliver } = next;
    next = null;
    busy = true;
    const done = (r: LayoutResult): void => {
      busy = false;
      if (!disposed) deliver(r);
      pump();
    };
    if (worker) {
      const mine = ++id;
      const w = worker;
      const onMessage = (e: MessageEvent<{ id: number; result?: LayoutResult; error?: string }>): void => {
        if (e.data.id !== mine) return;
        w.removeEventListener('message', onMessage);
        if (e.data.error !== undefined) onError(e.data.error);
        done(e.data.result ?? {});
      };
      w.addEventListener('message', onMessage);
      w.postMessage({ id: mine, job });
    }
  };

  return {
    request(job, deliver) {
      next = { job, deliver };
      pump();
    },
    dispose() {
      disposed = true;
      worker?.terminate();
    },
  };
}

/**
 * A layout worker that lives as long as the component using it (made in an effect, so StrictMode's
 * second mount gets a live one); null until then.
 */
export function useLayoutWorker(onError: (message: string) => void = (m) => console.error(`Layout failed: ${m}`)): LayoutWorker | null {
  const [worker, setWorker] = useState<LayoutWorker | null>(null);
  const report = useRef(onError);
  report.current = onError;
  useEffect(() => {
    const w = createLayoutWorker((m) => report.current(m));
    setWorker(w);
    return () => w.dispose();
  }, []);
  return worker;
}
