import { Component, type MutableRefObject, type ReactNode, useEffect, useInsertionEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { type ReconcilerRoot, type RootState, createRoot, extend, useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { type MeshData, buildEarMesh, buildHeadMesh, pigmentShades, rangeConditions, stagesGained } from '../model/index.ts';
import { useLayoutClient } from './layout-client.ts';
import { type SimStoreApi, type SimStore, useSim } from '../state/store.ts';
import { type SimState, GRID_YEARS, conditionsFor, planFor, versusPatch } from '../state/sim-state.ts';
import {
  applyConditions,
  applyHairLayout,
  applyHairLook,
  applyHairLossMap,
  applyLayout,
  applyScars,
  createScalpMaterial,
  disposeScalpMaterial,
  isScalpMaterial,
  setDotsVisible,
  setShaderDetail,
  setStagesGained,
} from './scalp-material.ts';
import { FULL_QUALITY, QUALITY_LEVELS, QualityGovernor, pixelRatioFor } from './quality.ts';
import { type RangeEnd, onRangeTargets, rangeTarget } from './range-views.ts';
import { registerCapture } from './capture.ts';

/**
 * Puts a scenario on the head's materials: the store's state with `patch` over it (another time,
 * another lifestyle), or one end of the range.
 */
type ScenarioSetter = (patch?: Partial<SimState>, range?: RangeEnd) => void;
import { CAMERA_FOV_DEG, cameraPreset } from './views.ts';
import { exposeForScripts } from '../expose.ts';

function toGeometry(m: MeshData): THREE.BufferGeometry {
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(m.positions, 3));
  g.setAttribute('normal', new THREE.BufferAttribute(m.normals, 3));
  g.setIndex(new THREE.BufferAttribute(m.indices, 1));
  g.computeBoundingSphere();
  return g;
}

function markReady(): void {
  // Two animation frames: the frame with dots has been drawn and handed to the compositor.
  // The mark is the benchmark's time to first frame (from navigation start).
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (document.documentElement.hasAttribute('data-scene-ready')) return;
      performance.mark('smp-first-frame');
      document.documentElement.setAttribute('data-scene-ready', 'true');
      window.dispatchEvent(new Event('smp-first-frame'));
    }),
  );
}

function Head({ store, scenario }: { store: SimStoreApi; scenario: MutableRefObject<ScenarioSetter | null> }) {
  const invalidate = useThree((s) => s.invalidate);
  const gl = useThree((s) => s.gl);
  const shape = useSim(store, (s) => s.shape);
  const headGeometry = useMemo(() => toGeometry(buildHeadMesh(96, shape)), [shape]);
  const earGeometries = useMemo(() => [toGeometry(buildEarMesh(1, 24, 64, shape)), toGeometry(buildEarMesh(-1, 24, 64, shape))], [shape]);
  const scalp = useMemo(() => createScalpMaterial(true), []);
  const earSkin = useMemo(() => createScalpMaterial(false, true), []);
  const seed = useSim(store, (s) => s.seed);
  const density = useSim(store, (s) => s.density);
  const pattern = useSim(store, (s) => s.pattern);
  const mode = useSim(store, (s) => s.mode);
  const design = useSim(store, (s) => s.design);
  const scar = useSim(store, (s) => s.scar);
  // Continued hair loss: where the remaining hair goes, stage by stage (only built when asked for).
  const progressing = useSim(store, (s) => s.progression > 0);
  const layouts = useLayoutClient((m) => store.getState().set({ glError: `layout worker: ${m}` }));

  // The client's hair loss decides where SMP goes and where their own hair remains; the layouts are
  // built off the main thread and put on the material as each part lands (the old one stays drawn).
  useLayoutEffect(() => {
    layouts.request({ seed, densityPerCm2: density, design, shape, pattern, scar, mode, progressing }, (r) => {
      // Every setting the controls reach stays far inside WebGL 2's minimum (test/unit/layout-job.test.ts);
      // a device that offers less is told so rather than drawing garbage.
      const max = gl.capabilities.maxTextureSize;
      for (const l of [r.dots, r.hair])
        if (l && Math.max(l.cols, l.rows) > max) {
          store.getState().set({ glError: `a layout texture of ${l.cols} × ${l.rows} exceeds this device's MAX_TEXTURE_SIZE (${max})` });
          return;
        }
      if (r.dots) applyLayout(scalp, r.dots);
      if (r.hair) applyHairLayout(scalp, r.hair);
      if (r.scars !== undefined) applyScars(scalp, r.scars);
      if (r.hairLoss !== undefined) applyHairLossMap(scalp, r.hairLoss);
      invalidate();
    });
  }, [layouts, scalp, seed, density, design, shape, pattern, scar, mode, progressing, invalidate, gl, store]);

  // Time, lifestyle, the plan and the choices change uniforms only: no React render, no new layout.
  useEffect(() => {
    const put = (s: SimStore, range?: RangeEnd): void => {
      // Pigment shades are matched to the client's hair, a step lighter in density mode.
      const chosen = conditionsFor(s);
      const shades = pigmentShades(s.hair, s.mode, chosen);
      const c = range ? rangeConditions(chosen)[range] : chosen;
      const plan = planFor(s);
      setStagesGained(scalp, stagesGained(s.progression, s.years));
      applyConditions(scalp, c, s.years, s.skin, shades, plan);
      applyConditions(earSkin, c, s.years, s.skin, shades, plan);
    };
    const apply = (s: SimStore): void => {
      setDotsVisible(scalp, s.showDots);
      applyHairLook(scalp, s.stubble, s.hair, s.skin);
      put(s);
      invalidate();
    };
    scenario.current = (patch, range) => put({ ...store.getState(), ...patch }, range);
    apply(store.getState());
    return store.subscribe(apply);
  }, [store, scalp, earSkin, invalidate, scenario]);

  useEffect(
    () => () => {
      disposeScalpMaterial(scalp);
      disposeScalpMaterial(earSkin);
      headGeometry.dispose();
      earGeometries.forEach((g) => g.dispose());
    },
    [scalp, earSkin, headGeometry, earGeometries],
  );

  return (
    <group>
      <mesh
        geometry={headGeometry}
        material={scalp}
        onAfterRender={() => {
          if (scalp.uniforms.uDotsOn.value && !document.documentElement.hasAttribute('data-scene-ready')) markReady();
        }}
      />
      {earGeometries.map((g, i) => (
        <mesh key={i} geometry={g} material={earSkin} />
      ))}
    </group>
  );
}

/**
 * Keeps the view alive through faults: a lost WebGL context (a driver reset, a tab in the
 * background on a weak device) is reported and, once the browser restores it, drawn again with the
 * same state (three re-uploads everything on the next frame); a shader the driver refuses is
 * reported by name instead of leaving a blank canvas.
 */
function FaultWatch({ store }: { store: SimStoreApi }) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    const lost = (): void => store.getState().set({ glLost: true });
    const restored = (): void => {
      store.getState().set({ glLost: false });
      invalidate();
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    gl.debug.onShaderError = (ctx, program, vs, fs) => {
      const log = [ctx.getShaderInfoLog(vs), ctx.getShaderInfoLog(fs), ctx.getProgramInfoLog(program)]
        .map((l) => (l ?? '').trim())
        .filter(Boolean)
        .join(' ');
      // The driver's own words, or '' when it gave none (the interface says so in its language).
      store.getState().set({ glError: log.slice(0, 400) });
    };
    return () => {
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
      gl.debug.onShaderError = null;
    };
  }, [gl, store, invalidate]);
  return null;
}

/**
 * Hands the renderer to scripts that drive the page (the benchmark, tests): window.smp.three.
 * Nothing in the app reads it.
 */
function ExposeRenderer() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    exposeForScripts('three', { gl, scene, camera });
  }, [gl, scene, camera]);
  return null;
}

/** What moves the view besides the store: an orbit drag and presentation's slow turn (set by CameraRig). */
interface Motion {
  dragging: boolean;
  turning: boolean;
}

function CameraRig({ store, motion }: { store: SimStoreApi; motion: Motion }) {
  const camera = useThree((s) => s.camera);
  const domElement = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  // The orbit controls load just after the first frame (~4 KB gzip the first view does without):
  // until they land the camera stands at the view's preset.
  const [controls, setControls] = useState<OrbitControls | null>(null);
  const view = useSim(store, (s) => s.view);
  const shape = useSim(store, (s) => s.shape);
  const present = useSim(store, (s) => s.present);

  useEffect(() => {
    let alive = true;
    let made: OrbitControls | null = null;
    const load = (): void =>
      void import('three/examples/jsm/controls/OrbitControls.js').then((m) => {
        if (!alive) return;
        made = new m.OrbitControls(camera, domElement);
        made.minDistance = 15;
        made.maxDistance = 1800;
        made.zoomSpeed = 1.2;
        made.addEventListener('change', () => invalidate());
        made.addEventListener('start', () => (motion.dragging = true));
        made.addEventListener('end', () => (motion.dragging = false));
        setControls(made);
      });
    if (document.documentElement.hasAttribute('data-scene-ready')) load();
    else window.addEventListener('smp-first-frame', load, { once: true });
    return () => {
      alive = false;
      window.removeEventListener('smp-first-frame', load);
      made?.dispose();
      setControls(null);
    };
  }, [camera, domElement, invalidate, motion]);

  // Presentation mode turns the head slowly (about two minutes a turn), unless motion is unwelcome.
  useEffect(() => {
    if (!controls) return;
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    controls.autoRotate = present && !still;
    motion.turning = controls.autoRotate;
    controls.autoRotateSpeed = 0.5;
    invalidate();
  }, [present, controls, invalidate, motion]);
  useFrame((_, delta) => {
    if (!controls?.autoRotate) return;
    controls.update(delta);
    invalidate();
  });

  useEffect(() => {
    const p = cameraPreset(view, shape);
    camera.position.set(...p.position);
    camera.up.set(0, 1, 0);
    if (controls) {
      controls.target.set(...p.target);
      controls.update();
    } else camera.lookAt(...p.target);
    invalidate();
  }, [view, shape, camera, controls, invalidate]);
  return null;
}

const RANGE_VIEW_ZOOM = 2.2;

/** Viewport and scissor on one rectangle of the buffer (CSS pixels, from the bottom left). */
function setPane(gl: THREE.WebGLRenderer, x: number, y: number, w: number, h: number): void {
  gl.setViewport(x, y, w, h);
  gl.setScissor(x, y, w, h);
  gl.setScissorTest(true);
}

/**
 * Draws the frame: first the best- and worst-case views (when shown) into a corner of the buffer,
 * each copied out to its own small canvas; then the main view over the whole buffer, or, when
 * comparing, its panes: a split at the divider (the same camera, two states), two whole views side
 * by side, or small multiples at day 30 and years 2, 5 and 10 sharing one camera.
 */
/** Draws one frame of the whole view into the renderer's buffer at its current size. */
function renderFrame(
  gl: THREE.WebGLRenderer,
  scene: THREE.Scene,
  camera: THREE.Camera,
  store: SimStore,
  setter: ScenarioSetter | null,
  insets: boolean,
  base: Partial<SimState> = {},
): void {
  // `base` overrides the store's state for this frame (the print summary's views at other times).
  const st = { ...store, ...base };
  const set: ScenarioSetter | null = setter && ((patch = {}, range) => setter({ ...base, ...patch }, range));
  if (!set || !(camera instanceof THREE.PerspectiveCamera)) {
    gl.render(scene, camera);
    return;
  }
  const size = gl.getDrawingBufferSize(new THREE.Vector2());
  const ratio = gl.getPixelRatio();
  const W = size.x / ratio,
    H = size.y / ratio;
  const aspect = camera.aspect;
  const zoom = camera.zoom;
  const draw = (patch: Partial<SimState>, x: number, y: number, w: number, h: number, whole = false): void => {
    set(patch);
    setPane(gl, x, y, w, h);
    // A split keeps the whole view and only limits where it draws; a pane is a view of its own.
    if (whole) gl.setViewport(0, 0, W, H);
    camera.aspect = whole ? aspect : w / h;
    camera.updateProjectionMatrix();
    gl.render(scene, camera);
  };
  if (insets && st.range) {
    for (const which of ['best', 'worst'] as const) {
      const target = rangeTarget(which);
      const ctx = target?.getContext('2d');
      if (!target || !ctx || target.width < 2 || target.height < 2) continue;
      const w = Math.min(target.width, size.x),
        h = Math.min(target.height, size.y);
      set({}, which);
      setPane(gl, 0, 0, w / ratio, h / ratio);
      camera.aspect = w / h;
      // Closer in than the main view: the middle of it, where the scalp is, fills the small view.
      camera.zoom = zoom * RANGE_VIEW_ZOOM;
      camera.updateProjectionMatrix();
      gl.render(scene, camera);
      // The viewport is the buffer's bottom-left corner; canvas coordinates count from the top.
      ctx.drawImage(gl.domElement, 0, size.y - h, w, h, 0, 0, target.width, target.height);
    }
    camera.zoom = zoom;
  }
  if (st.compare === null) draw({}, 0, 0, W, H, true);
  else if (st.panes === 'split') {
    const x = Math.round(W * st.split);
    draw({}, 0, 0, x, H, true);
    draw({ years: st.compare, ...versusPatch(st.versus) }, x, 0, W - x, H, true);
  } else if (st.panes === 'side') {
    const half = Math.floor(W / 2);
    draw({}, 0, 0, half, H);
    draw({ years: st.compare, ...versusPatch(st.versus) }, half, 0, W - half, H);
  } else {
    const w = Math.floor(W / 2),
      h = Math.floor(H / 2);
    GRID_YEARS.forEach((years, i) => draw({ years }, (i % 2) * w, i < 2 ? H - h : 0, w, h));
  }
  gl.setScissorTest(false);
  gl.setViewport(0, 0, W, H);
  camera.aspect = aspect;
  camera.updateProjectionMatrix();
  set({});
}

/**
 * Draws the frame: first the best- and worst-case views (when shown) into a corner of the buffer,
 * each copied out to its own small canvas; then the main view over the whole buffer, or, when
 * comparing, its panes: a split at the divider (the same camera, two states), two whole views side
 * by side, or small multiples at day 30 and years 2, 5 and 10 sharing one camera. Also offers the
 * picture export a frame at any size (src/render/capture.ts).
 */
function FrameRenderer({ store, scenario, motion }: { store: SimStoreApi; scenario: MutableRefObject<ScenarioSetter | null>; motion: Motion }) {
  const invalidate = useThree((s) => s.invalidate);
  const quality = useMemo(() => ({ governor: new QualityGovernor(), level: FULL_QUALITY, last: 0, moving: false, rest: 0 }), []);
  useEffect(() => {
    exposeForScripts('quality', quality);
    return () => window.clearTimeout(quality.rest);
  }, [quality]);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  // The benchmark times the screen as the user gets it: the best- and worst-case views and the main view.
  useEffect(
    () => exposeForScripts('drawScreen', () => renderFrame(gl, scene, camera, store.getState(), scenario.current, true)),
    [gl, scene, camera, store, scenario],
  );
  useEffect(() => onRangeTargets(() => invalidate()), [invalidate]);
  useEffect(
    () =>
      registerCapture((askedW, askedH, base = {}, backdrop = true, zoom = 1) => {
        // Within what the device can render in one piece.
        const fit = Math.min(1, gl.capabilities.maxTextureSize / Math.max(askedW, askedH));
        const widthPx = Math.floor(askedW * fit),
          heightPx = Math.floor(askedH * fit);
        const prevRatio = gl.getPixelRatio();
        const prev = gl.getSize(new THREE.Vector2());
        const cam = camera as THREE.PerspectiveCamera;
        const aspect = cam.aspect;
        const zoom0 = cam.zoom;
        try {
          cam.zoom = zoom0 * zoom;
          gl.setPixelRatio(1);
          gl.setSize(widthPx, heightPx, false);
          cam.aspect = widthPx / heightPx;
          cam.updateProjectionMatrix();
          renderFrame(gl, scene, camera, store.getState(), scenario.current, false, base);
          const out = document.createElement('canvas');
          out.width = widthPx;
          out.height = heightPx;
          const g = out.getContext('2d')!;
          if (backdrop) {
            // The stage's backdrop (styles.css, .stage): the WebGL canvas itself is transparent.
            const r = Math.hypot(widthPx, heightPx) * 0.6;
            const fill = g.createRadialGradient(widthPx / 2, heightPx * 0.4, 0, widthPx / 2, heightPx * 0.4, r);
            fill.addColorStop(0, '#3a4048');
            fill.addColorStop(0.55, '#23272c');
            fill.addColorStop(1, '#15171a');
            g.fillStyle = fill;
            g.fillRect(0, 0, widthPx, heightPx);
          }
          g.drawImage(gl.domElement, 0, 0);
          return out;
        } finally {
          gl.setPixelRatio(prevRatio);
          gl.setSize(prev.x, prev.y, false);
          cam.aspect = aspect;
          cam.zoom = zoom0;
          cam.updateProjectionMatrix();
          invalidate();
        }
      }),
    [gl, scene, camera, store, scenario, invalidate],
  );
  useFrame(({ gl: g, scene: sc, camera: cam }) => {
    const st = store.getState();
    const now = performance.now();
    const interval = now - quality.last;
    quality.last = now;
    // Moving: playback, a running demo, the slow turn, an orbit drag, or frames asked for in quick
    // succession (a slider being dragged). Only then may quality give way; at rest it is full.
    const moving = st.playing || (st.demo !== null && !st.demo.paused) || motion.dragging || motion.turning || interval < 250;
    quality.level = !moving ? FULL_QUALITY : quality.moving ? quality.governor.frame(interval) : quality.level;
    quality.moving = moving;
    const q = QUALITY_LEVELS[quality.level]!;
    const ratio = pixelRatioFor(quality.level, window.devicePixelRatio);
    if (g.getPixelRatio() !== ratio) g.setPixelRatio(ratio);
    sc.traverse((o) => {
      const m = (o as THREE.Mesh).material;
      if (m && !Array.isArray(m) && isScalpMaterial(m)) setShaderDetail(m, q);
    });
    renderFrame(g, sc, cam, st, scenario.current, true);
    // When the motion stops, one more frame at full quality.
    window.clearTimeout(quality.rest);
    if (quality.level !== FULL_QUALITY) quality.rest = window.setTimeout(() => invalidate(), 300);
  }, 1);
  return null;
}

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
 */
/** `label`: what the picture shows, in the interface's language (the text tables live in ui, above this layer). */
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
        <Head store={store} scenario={scenario} />
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
