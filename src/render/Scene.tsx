import { useEffect, useMemo } from 'react';
import { Canvas, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import {
  type MeshData, buildEarMesh, buildHeadMesh, buildScalpGeometry, buildTreatedRegion, generateLayout,
  buildHairRegion, hairField, smpField, rasteriseScars, pigmentShades, FOLLICULAR_UNITS_PER_CM2,
} from '../model/index.ts';
import { type SimStoreApi, useSim } from '../state/store.ts';
import { type SimState, conditionsFor } from '../state/sim-state.ts';
import {
  applyConditions, applyHairLayout, applyHairLook, applyLayout, applyScars, createScalpMaterial, disposeScalpMaterial, setDotsVisible,
} from './scalp-material.ts';
import { CAMERA_FOV_DEG, cameraPreset } from './views.ts';

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
  requestAnimationFrame(() => requestAnimationFrame(() => document.documentElement.setAttribute('data-scene-ready', 'true')));
}

function Head({ store }: { store: SimStoreApi }) {
  const invalidate = useThree((s) => s.invalidate);
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
  const region = useMemo(() => buildTreatedRegion(seed, design, shape), [seed, design, shape]);
  // The client's hair loss decides where SMP goes and where their own hair remains.
  const scar = useSim(store, (s) => s.scar);
  const hairRegion = useMemo(() => buildHairRegion(seed, region, pattern, scar, mode), [seed, region, pattern, scar, mode]);
  const smp = useMemo(() => smpField(hairRegion), [hairRegion]);
  const geometry = useMemo(() => buildScalpGeometry(smp, 64, shape), [smp, shape]);
  const layout = useMemo(() => generateLayout({ seed, densityPerCm2: density, field: smp, geometry }), [seed, density, smp, geometry]);

  // The client's remaining hair: follicular units where the SMP is not (its own layout and seed).
  const hairLayout = useMemo(() => {
    const field = hairField(hairRegion);
    return generateLayout({ seed: seed ^ 0x5eed1e, densityPerCm2: FOLLICULAR_UNITS_PER_CM2, field, geometry: buildScalpGeometry(field, 64, shape) });
  }, [seed, hairRegion, shape]);

  useEffect(() => {
    applyLayout(scalp, layout);
    invalidate();
  }, [scalp, layout, invalidate]);

  useEffect(() => {
    applyHairLayout(scalp, hairLayout);
    invalidate();
  }, [scalp, hairLayout, invalidate]);

  useEffect(() => {
    applyScars(scalp, hairRegion.scar === 'none' ? null : rasteriseScars(hairRegion));
    invalidate();
  }, [scalp, hairRegion, invalidate]);

  // Years, sun, oil and skin tone change uniforms only: no React render, no new layout.
  useEffect(() => {
    const apply = (s: SimState & { showDots: boolean }): void => {
      setDotsVisible(scalp, s.showDots);
      applyHairLook(scalp, s.stubble, s.hair);
      // Pigment shades are matched to the client's hair, a step lighter in density mode.
      const shades = pigmentShades(s.hair, s.mode);
      applyConditions(scalp, conditionsFor(s), s.years, s.skin, shades);
      applyConditions(earSkin, conditionsFor(s), s.years, s.skin, shades);
      invalidate();
    };
    apply(store.getState());
    return store.subscribe(apply);
  }, [store, scalp, earSkin, invalidate]);

  useEffect(() => () => {
    disposeScalpMaterial(scalp);
    disposeScalpMaterial(earSkin);
    headGeometry.dispose();
    earGeometries.forEach((g) => g.dispose());
  }, [scalp, earSkin, headGeometry, earGeometries]);

  return (
    <group>
      <mesh
        geometry={headGeometry}
        material={scalp}
        onAfterRender={() => {
          if (scalp.uniforms['uDotsOn']!.value === true && !document.documentElement.hasAttribute('data-scene-ready')) markReady();
        }}
      />
      {earGeometries.map((g, i) => (
        <mesh key={i} geometry={g} material={earSkin} />
      ))}
    </group>
  );
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
    const w = window as unknown as { smp?: Record<string, unknown> };
    w.smp = { ...(w.smp ?? {}), three: { gl, scene, camera } };
  }, [gl, scene, camera]);
  return null;
}

function CameraRig({ store }: { store: SimStoreApi }) {
  const camera = useThree((s) => s.camera);
  const domElement = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  const controls = useMemo(() => new OrbitControls(camera, domElement), [camera, domElement]);
  const view = useSim(store, (s) => s.view);
  const shape = useSim(store, (s) => s.shape);

  useEffect(() => {
    controls.minDistance = 15;
    controls.maxDistance = 1800;
    controls.zoomSpeed = 1.2;
    const onChange = (): void => invalidate();
    controls.addEventListener('change', onChange);
    return () => {
      controls.removeEventListener('change', onChange);
      controls.dispose();
    };
  }, [controls, invalidate]);

  useEffect(() => {
    const p = cameraPreset(view, shape);
    camera.position.set(...p.position);
    camera.up.set(0, 1, 0);
    controls.target.set(...p.target);
    controls.update();
    invalidate();
  }, [view, shape, camera, controls, invalidate]);
  return null;
}

export function SimScene({ store, antialias = true }: { store: SimStoreApi; antialias?: boolean }) {
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: CAMERA_FOV_DEG, near: 2, far: 6000, position: [0, 200, 720] }}
      gl={{ antialias, preserveDrawingBuffer: true, alpha: true }}
      onCreated={({ gl }) => {
        gl.toneMapping = THREE.NeutralToneMapping;
        gl.toneMappingExposure = 0.62;
      }}
      aria-label="3D head with scalp micropigmentation"
      role="img"
    >
      <Head store={store} />
      <CameraRig store={store} />
      <ExposeRenderer />
    </Canvas>
  );
}
