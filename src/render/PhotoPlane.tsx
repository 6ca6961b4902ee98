/**
 * Photo mode's picture (issue 15): the client's photo on a quad that fits the view, the dots laid
 * out on its plane by the head's rules, and the scenario's uniforms as on the head, so every control
 * (time, sun, oil, sessions, touch-ups, choices, laser, compare, export, print) drives it unchanged.
 * Loaded with photo mode, not with the first view.
 */
import { type MutableRefObject, useEffect, useLayoutEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { profileEdgeMm } from '../model/index.ts';
import { type SimStoreApi, type SimStore, useSim } from '../state/store.ts';
import { marksMmPerPx, photoStore, photoView, roundScalp, scaleInRange, usePhoto } from '../state/photo-store.ts';
import { applyLayout, disposeScalpMaterial, setDotsVisible } from './scalp-material.ts';
import { applyPhoto, applyPhotoGeometry, createPhotoMaterial, setPhotoView } from './photo-material.ts';
import { applyScenario } from './scenario-uniforms.ts';
import { exposeForScripts } from '../expose.ts';
import { createPhotoLayoutClient } from './photo-layout-client.ts';
import type { ScenarioSetter } from './scene-types.ts';

export default function PhotoPlane({ store, scenario }: { store: SimStoreApi; scenario: MutableRefObject<ScenarioSetter | null> }) {
  const invalidate = useThree((s) => s.invalidate);
  const gl = useThree((s) => s.gl);
  const material = useMemo(() => createPhotoMaterial(), []);
  const geometry = useMemo(() => {
    // One triangle over the whole of clip space (the vertex shader fits the photo inside it).
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.BufferAttribute(new Float32Array([-1, -1, 0, 1, -1, 0, 1, 1, 0, -1, -1, 0, 1, 1, 0, -1, 1, 0]), 3));
    return g;
  }, []);
  const layouts = useMemo(() => createPhotoLayoutClient((message) => store.getState().set({ glError: { kind: 'worker', message } })), [store]);
  useEffect(() => () => layouts.dispose(), [layouts]);
  const image = usePhoto((s) => s.image);
  const marks = usePhoto((s) => s.marks);
  const round = usePhoto((s) => s.round);
  const zoom = usePhoto((s) => s.zoom);
  const centre = usePhoto((s) => s.centre);
  const seed = useSim(store, (s) => s.seed);
  const density = useSim(store, (s) => s.density);
  const profile = useSim(store, (s) => s.design.profile);

  // Photos are made no larger than this GPU takes (src/ui/photo/photo-actions.ts asks).
  useLayoutEffect(() => {
    photoStore.getState().set({ gpuMaxSidePx: gl.capabilities.maxTextureSize });
  }, [gl]);

  useLayoutEffect(() => {
    if (!image) return;
    applyPhoto(material, image.bitmap, image.widthPx, image.heightPx);
    invalidate();
  }, [image, material, invalidate]);

  useLayoutEffect(() => {
    if (!image) return;
    setPhotoView(material, ...photoView(image, zoom, centre));
    invalidate();
  }, [image, zoom, centre, material, invalidate]);

  // The dots: laid out again (in a worker) when the area, the scale, the outline or the design's
  // density or edge change.
  useLayoutEffect(() => {
    if (!image) return;
    const mmPerPx = marksMmPerPx(marks);
    const usable = mmPerPx !== null && scaleInRange(mmPerPx, image);
    // (an unusable scale is said by the panel, which sees the same marks)
    const off = (): void => {
      delete material.userData.layout;
      setDotsVisible(material, false);
      exposeForScripts('photoLayout', null);
      exposeForScripts('photoDrawn', marks);
      invalidate();
    };
    if (!usable) return off();
    const r = roundScalp(marks, round);
    const job = {
      widthPx: image.widthPx,
      heightPx: image.heightPx,
      area: marks.area,
      hairline: marks.hairline,
      edgePx: profileEdgeMm(profile) / mmPerPx,
      seed,
      densityPerCm2: density,
      mmPerPx,
      round: r,
    };
    layouts.request(job, (layout) => {
      if (!layout) return off();
      const max = gl.capabilities.maxTextureSize;
      if (Math.max(layout.cols, layout.rows) > max) {
        store.getState().set({ glError: { kind: 'texture', cols: layout.cols, rows: layout.rows, maxPx: max } });
        return;
      }
      applyPhotoGeometry(material, mmPerPx, r);
      applyLayout(material, layout);
      setDotsVisible(material, store.getState().showDots);
      exposeForScripts('photoLayout', layout);
      // Scripts wait for the marks the picture shows to be the latest (the worker may lag a stroke).
      exposeForScripts('photoDrawn', marks);
      invalidate();
    });
  }, [image, marks, round, seed, density, profile, material, gl, store, invalidate, layouts]);

  useEffect(() => {
    const apply = (s: SimStore): void => {
      setDotsVisible(material, s.showDots);
      applyScenario([material], s);
      invalidate();
    };
    scenario.current = (patch, range) => applyScenario([material], { ...store.getState(), ...patch }, range);
    apply(store.getState());
    const off = store.subscribe(apply);
    return () => {
      off();
      scenario.current = null;
    };
  }, [store, material, invalidate, scenario]);

  useEffect(
    () => () => {
      disposeScalpMaterial(material);
      material.uniforms.uPhoto.value.dispose();
      geometry.dispose();
    },
    [material, geometry],
  );

  return image ? <mesh geometry={geometry} material={material} frustumCulled={false} /> : null;
}
