/**
 * A flat patch of skin drawn by the real scalp material (shaders and uniforms as the app uses them),
 * for test/browser/twin.test.ts: the patch lies in the plane tangent to the chart's axis, R mm from
 * the centre, seen square-on by an orthographic camera, so every pixel is a known point on the skin
 * and the TypeScript twin (src/model/dot-field.ts) can be evaluated at the same points.
 * The lights are replaced by a uniform white sky and ground, so a pixel's colour is the skin's
 * albedo times what the dots let through; drawn with dots and without, the ratio is the dots' own.
 */
import * as THREE from 'three';
import { applyConditions, applyHairLayout, applyHairLook, applyLayout, createScalpMaterial, setDotsVisible } from '../../../src/render/scalp-material.ts';
import { CHART_AXIS, CHART_E2, type Conditions, type DotLayout, DEFAULT_PLAN, type HairColour, resolveConditions } from '../../../src/model/index.ts';

type LayoutJson = Omit<DotLayout, 'cells' | 'blockDensityPerMm2'> & { cells: number[]; blockDensityPerMm2: number[] };

export interface PatchSpec {
  /** SMP impressions, if any. */
  layout?: LayoutJson;
  /** The client's remaining hair: follicular units, shaved to a length. */
  hair?: { layout: LayoutJson; stubbleMm: number; colour: HairColour };
  conditions: Partial<Conditions>;
  years: number;
  skinTone: number;
  shades: [number, number, number];
  /** Side of the patch (mm) and of the image (pixels). */
  sideMm: number;
  sidePx: number;
  radiusMm: number;
}

export interface PatchPixels {
  /** RGBA bytes, bottom row first (readPixels), with the dots and hair and without. */
  on: number[];
  off: number[];
  /** World position of the patch's centre and the directions of +x and +y in the image (mm). */
  centre: number[];
  right: number[];
  up: number[];
}

const canvas = document.getElementById('patch') as HTMLCanvasElement;
const renderer = new THREE.WebGLRenderer({ canvas, antialias: false, preserveDrawingBuffer: true });
renderer.toneMapping = THREE.NoToneMapping;
renderer.outputColorSpace = THREE.SRGBColorSpace;

function render(spec: PatchSpec): PatchPixels {
  renderer.setPixelRatio(1);
  renderer.setSize(spec.sidePx, spec.sidePx, false);
  const material = createScalpMaterial(true);
  const u = material.uniforms;
  u.uCentre.value.set(0, 0, 0);
  for (const l of [u.uKeyCol, u.uFillCol, u.uRimCol]) l.value.set(0, 0, 0);
  u.uSkyCol.value.set(1, 1, 1);
  u.uGroundCol.value.set(1, 1, 1);
  const fromJson = (l: LayoutJson): DotLayout => ({ ...l, cells: Uint8Array.from(l.cells), blockDensityPerMm2: Float32Array.from(l.blockDensityPerMm2) });
  if (spec.layout) applyLayout(material, fromJson(spec.layout));
  if (spec.hair) {
    applyHairLayout(material, fromJson(spec.hair.layout));
    applyHairLook(material, spec.hair.stubbleMm, spec.hair.colour);
  }
  applyConditions(material, resolveConditions(spec.conditions), spec.years, spec.skinTone, spec.shades, DEFAULT_PLAN);

  const axis = new THREE.Vector3(...CHART_AXIS);
  const centre = axis.clone().multiplyScalar(spec.radiusMm);
  const geometry = new THREE.PlaneGeometry(spec.sideMm * 1.5, spec.sideMm * 1.5);
  // The plane's normal (+z) turned onto the axis, then moved out to R: object space is world space.
  geometry.applyQuaternion(new THREE.Quaternion().setFromUnitVectors(new THREE.Vector3(0, 0, 1), axis));
  geometry.translate(centre.x, centre.y, centre.z);
  const mesh = new THREE.Mesh(geometry, material);
  const scene = new THREE.Scene();
  scene.add(mesh);
  const h = spec.sideMm / 2;
  const camera = new THREE.OrthographicCamera(-h, h, h, -h, 1, 5000);
  camera.position.copy(axis.clone().multiplyScalar(spec.radiusMm + 1000));
  camera.up.set(...CHART_E2);
  camera.lookAt(centre);
  camera.updateMatrixWorld();

  const read = (): number[] => {
    renderer.render(scene, camera);
    const gl = renderer.getContext();
    const out = new Uint8Array(spec.sidePx * spec.sidePx * 4);
    gl.readPixels(0, 0, spec.sidePx, spec.sidePx, gl.RGBA, gl.UNSIGNED_BYTE, out);
    return Array.from(out);
  };
  const on = read();
  setDotsVisible(material, false);
  u.uHairOn.value = false;
  const off = read();
  const e = camera.matrixWorld.elements;
  geometry.dispose();
  material.dispose();
  return { on, off, centre: centre.toArray(), right: [e[0]!, e[1]!, e[2]!], up: [e[4]!, e[5]!, e[6]!] };
}

(window as unknown as { twin: { render: typeof render; ready: boolean } }).twin = { render, ready: true };
