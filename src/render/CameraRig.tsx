import { useEffect, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { type SimStoreApi, useSim } from '../state/store.ts';
import { cameraPreset } from './views.ts';
import type { Motion } from './scene-types.ts';

/** The camera: the chosen view's preset, the orbit controls once they load, presentation's slow turn. */
export function CameraRig({ store, motion }: { store: SimStoreApi; motion: Motion }) {
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
