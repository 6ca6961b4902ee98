/**
 * The page's side of the layout worker. One worker per page, started as the page loads (main.tsx),
 * so it is parsed and waiting by the time the scene asks for its first layout, which it then
 * builds while the main thread compiles the shaders. Each scene is a client of it with one job in
 * flight and only the latest request kept while it runs (dragging the density slider does not
 * queue a stack of 1 M-dot layouts). Module workers are in every browser that has WebGL 2 and the
 * ES2022 the build targets (Firefox since 114); where one cannot start, the error says so instead
 * of an empty scalp.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LayoutJob, LayoutResult } from './layout-job.ts';

type Deliver = (r: LayoutResult) => void;
type Reply = { id: number; result?: LayoutResult; error?: string };

let shared: { worker: Worker | null; failure: string | null } | null = null;

/** Starts the page's layout worker (once); later calls return the same one. */
export function startLayoutWorker(): { worker: Worker | null; failure: string | null } {
  if (shared) return shared;
  shared = { worker: null, failure: null };
  try {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'layout' });
    worker.addEventListener('error', (e) => {
      if (shared) shared.failure = e.message || 'the layout worker could not start';
    });
    shared.worker = worker;
  } catch (e) {
    shared.failure = e instanceof Error ? e.message : String(e);
  }
  return shared;
}

let nextId = 0;

export interface LayoutClient {
  request: (job: LayoutJob, deliver: Deliver) => void;
  /** Stops delivering (the scene went away); `open` resumes (StrictMode mounts twice). */
  close: () => void;
  open: () => void;
}

export function createLayoutClient(onError: (message: string) => void): LayoutClient {
  let busy = false;
  let next: { job: LayoutJob; deliver: Deliver } | null = null;
  let closed = false;
  // A new client's first job asks the worker to forget what it sent before: this scene's
  // materials have none of it.
  let fresh = true;

  const pump = (): void => {
    if (busy || !next || closed) return;
    const { worker, failure } = startLayoutWorker();
    if (!worker) {
      onError(failure ?? 'no worker');
      return;
    }
    const { job, deliver } = next;
    next = null;
    busy = true;
    const mine = ++nextId;
    const settle = (): void => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onFailure);
      busy = false;
    };
    const onMessage = (e: MessageEvent<Reply>): void => {
      if (e.data.id !== mine) return;
      settle();
      if (e.data.error !== undefined) onError(e.data.error);
      if (!closed) deliver(e.data.result ?? {});
      pump();
    };
    // A worker that fails to load or dies answers nothing: say so rather than wait for ever.
    const onFailure = (e: ErrorEvent): void => {
      settle();
      onError(e.message || 'the layout worker stopped');
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onFailure);
    worker.postMessage({ id: mine, job, fresh });
    fresh = false;
  };

  return {
    request(job, deliver) {
      next = { job, deliver };
      pump();
    },
    close() {
      closed = true;
    },
    open() {
      closed = false;
      pump();
    },
  };
}

/**
 * A layout client for as long as the component using it is mounted; `request` it in a layout
 * effect, so the first job goes out before the first frame is drawn.
 */
export function useLayoutClient(onError: (message: string) => void = (m) => console.error(`Layout failed: ${m}`)): LayoutClient {
  const report = useRef(onError);
  useLayoutEffect(() => {
    report.current = onError;
  });
  const [client] = useState(() => createLayoutClient((m) => report.current(m)));
  useEffect(() => {
    client.open();
    return () => client.close();
  }, [client]);
  return client;
}
