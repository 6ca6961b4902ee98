import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { SimStoreApi } from '../state/store.ts';
import { exposeForScripts } from '../expose.ts';

/**
 * Keeps the view alive through faults: a lost WebGL context (a driver reset, a tab in the
 * background on a weak device) is reported and, once the browser restores it, drawn again with the
 * same state (three re-uploads everything on the next frame); a shader the driver refuses is
 * reported by name instead of leaving a blank canvas.
 */
export function FaultWatch({ store }: { store: SimStoreApi }) {
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
      store.getState().set({ glError: { kind: 'shader', log: log.slice(0, 400) } });
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
export function ExposeRenderer() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    exposeForScripts('three', { gl, scene, camera });
  }, [gl, scene, camera]);
  return null;
}
