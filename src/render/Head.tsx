import { type MutableRefObject, useEffect, useLayoutEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { type MeshData, buildEarMesh, buildHeadMesh } from '../model/index.ts';
import { useLayoutClient } from './layout-client.ts';
import { type SimStoreApi, type SimStore, useSim } from '../state/store.ts';
import { applyScenario } from './scenario-uniforms.ts';
import {
  applyHairLayout,
  applyHairLook,
  applyHairLossMap,
  applyLayout,
  applyScars,
  createScalpMaterial,
  disposeScalpMaterial,
  setDotsVisible,
} from './scalp-material.ts';
import type { RangeEnd } from './range-views.ts';
import type { ScenarioSetter } from './scene-types.ts';

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

/** The head and ears, their meshes and materials: layouts from the worker, the scenario as uniforms. */
export function Head({ store, scenario }: { store: SimStoreApi; scenario: MutableRefObject<ScenarioSetter | null> }) {
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
  const layouts = useLayoutClient((m) => store.getState().set({ glError: { kind: 'worker', message: m } }));

  // The client's hair loss decides where SMP goes and where their own hair remains; the layouts are
  // built off the main thread and put on the material as each part lands (the old one stays drawn).
  useLayoutEffect(() => {
    layouts.request({ seed, densityPerCm2: density, design, shape, pattern, scar, mode, progressing }, (r) => {
      // Every setting the controls reach stays far inside WebGL 2's minimum (test/unit/layout-job.test.ts);
      // a device that offers less is told so rather than drawing garbage.
      const max = gl.capabilities.maxTextureSize;
      for (const l of [r.dots, r.hair])
        if (l && Math.max(l.cols, l.rows) > max) {
          store.getState().set({ glError: { kind: 'texture', cols: l.cols, rows: l.rows, maxPx: max } });
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
    const put = (s: SimStore, range?: RangeEnd): void => applyScenario([scalp, earSkin], s, range);
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
