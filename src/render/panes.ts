import * as THREE from 'three';
import type { SimStore } from '../state/store.ts';
import { type SimState, GRID_YEARS, versusPatch } from '../state/sim-state.ts';
import { rangeTarget } from './range-views.ts';
import type { ScenarioSetter } from './scene-types.ts';

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
export function renderFrame(
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
