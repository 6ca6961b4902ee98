import { type MutableRefObject, useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import type { SimStoreApi } from '../state/store.ts';
import { isScalpMaterial, setShaderDetail } from './scalp-material.ts';
import { FULL_QUALITY, QUALITY_LEVELS, QualityGovernor, pixelRatioFor } from './quality.ts';
import { onRangeTargets } from './range-views.ts';
import { registerCapture } from './capture.ts';
import { exposeForScripts } from '../expose.ts';
import { renderFrame } from './panes.ts';
import type { Motion, ScenarioSetter } from './scene-types.ts';

/**
 * Draws the frame: first the best- and worst-case views (when shown) into a corner of the buffer,
 * each copied out to its own small canvas; then the main view over the whole buffer, or, when
 * comparing, its panes: a split at the divider (the same camera, two states), two whole views side
 * by side, or small multiples at day 30 and years 2, 5 and 10 sharing one camera. Also offers the
 * picture export a frame at any size (src/render/capture.ts).
 */
export function FrameRenderer({ store, scenario, motion }: { store: SimStoreApi; scenario: MutableRefObject<ScenarioSetter | null>; motion: Motion }) {
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
