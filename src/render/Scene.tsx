import { Component, type MutableRefObject, type ReactNode, Suspense, lazy, useInsertionEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { type ReconcilerRoot, type RootState, createRoot, extend } from '@react-three/fiber';
import * as THREE from 'three';
import { type SimStoreApi, useSim } from '../state/store.ts';
import { CAMERA_FOV_DEG } from './views.ts';
import { Head } from './Head.tsx';
import { FrameRenderer } from './FrameRenderer.tsx';
import { CameraRig } from './CameraRig.tsx';
import { ExposeRenderer, FaultWatch } from './watchers.tsx';
import type { Motion, ScenarioSetter } from './scene-types.ts';

// Only the two kinds of object the scene declares: R3F's <Canvas> would register the whole of
// three (`extend(THREE)`), which keeps ~60 KB (gzip) of unused classes in the first view's bundle.
extend({ Group: THREE.Group, Mesh: THREE.Mesh });

// One object each, kept across resizes: R3F compares configuration shallowly, and a new camera
// object would put the camera back where it started every time the window changes size.
const CAMERA = { fov: CAMERA_FOV_DEG, near: 2, far: 6000, position: [0, 200, 720] as [number, number, number] };
const DPR: [number, number] = [1, 2];
const onCreated = ({ gl }: RootState): void => {
  gl.toneMapping = THREE.NeutralToneMapping;
  gl.toneMappingExposure = 0.62;
};

// Photo mode's picture loads when it is first asked for (issue 15), not with the first view.
const PhotoPlane = lazy(() => import('./PhotoPlane.tsx'));

/** The head, or in photo mode the client's photo: whichever the scenario's uniforms go to. */
function Subject({ store, scenario }: { store: SimStoreApi; scenario: MutableRefObject<ScenarioSetter | null> }) {
  const photo = useSim(store, (s) => s.photoMode);
  return photo ? (
    <Suspense fallback={null}>
      <PhotoPlane store={store} scenario={scenario} />
    </Suspense>
  ) : (
    <Head store={store} scenario={scenario} />
  );
}

/** Hands an error thrown inside the 3D tree to the page's own boundary (App's SceneBoundary). */
class Rethrow extends Component<{ children: ReactNode; onError: (e: unknown) => void }> {
  override state = {};
  static getDerivedStateFromError() {
    return {};
  }
  override componentDidCatch(e: unknown) {
    this.props.onError(e);
  }
  override render() {
    return this.props.children;
  }
}

/**
 * The 3D view: a canvas that fills the stage, with an R3F root of our own (what <Canvas> does,
 * less its pointer-event system, which nothing here uses: OrbitControls listens to the canvas).
 * Its parts, one module each: Head (meshes, materials, layouts, the scenario's uniforms),
 * FrameRenderer (quality, panes via panes.ts, the export's capture), CameraRig (views, orbit, the
 * slow turn), watchers (faults, the hand-over to scripts). `label`: what the picture shows, in the
 * interface's language (the text tables live in ui, above this layer).
 */
export function SimScene({ store, label, antialias = true }: { store: SimStoreApi; label: string; antialias?: boolean }) {
  const scenario = useRef<ScenarioSetter | null>(null);
  const motion = useMemo<Motion>(() => ({ dragging: false, turning: false }), []);
  const box = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  if (failure) throw failure.error;

  // Released only when the view goes away for good (insertion effects survive StrictMode's replay).
  useInsertionEffect(
    () => () => {
      root.current?.unmount();
      root.current = null;
    },
    [],
  );

  useLayoutEffect(() => {
    const canvas = canvasRef.current,
      wrap = box.current;
    if (!canvas || !wrap) return;
    let alive = true;
    const fail = (error: unknown): void => {
      if (alive) setFailure({ error });
    };
    // No preserveDrawingBuffer: nothing reads the canvas after the frame that drew it (the
    // best/worst views and the export copy it out in the same task), and a GPU (tiled mobile ones
    // above all) is spared a copy of every frame. Scripts that read pixels redraw first
    // (window.smp.drawScreen), so the tests draw what users get.
    const gl = { antialias, preserveDrawingBuffer: false, alpha: true };
    const scene = (
      <Rethrow onError={fail}>
        <Subject store={store} scenario={scenario} />
        <FrameRenderer store={store} scenario={scenario} motion={motion} />
        <CameraRig store={store} motion={motion} />
        <ExposeRenderer />
        <FaultWatch store={store} />
      </Rethrow>
    );
    const fit = (): void => {
      const width = wrap.clientWidth,
        height = wrap.clientHeight;
      if (width <= 0 || height <= 0) return;
      root.current ??= createRoot(canvas);
      const r = root.current;
      r.configure({ gl, camera: CAMERA, dpr: DPR, frameloop: 'demand', size: { width, height, top: 0, left: 0 }, onCreated }).then(() => {
        if (alive) r.render(scene);
      }, fail);
    };
    fit();
    const watch = new ResizeObserver(fit);
    watch.observe(wrap);
    return () => {
      alive = false;
      watch.disconnect();
    };
  }, [store, antialias, motion]);

  return (
    <div ref={box} className="scene" role="img" aria-label={label}>
      <canvas ref={canvasRef} />
    </div>
  );
}
