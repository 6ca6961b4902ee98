/**
 * The photo's material (issue 15): the scalp's uniforms (one table, src/render/scalp-interface.ts)
 * and its dot evaluation (shaders/smp.glsl) over the client's photo instead of the head's skin. The
 * head's functions that put layouts and conditions on a material work on this one unchanged.
 */
import * as THREE from 'three';
import vertexShader from '../../shaders/photo.vert.glsl?raw';
import fragmentTemplate from '../../shaders/photo.frag.glsl?raw';
import { createScalpUniforms } from './scalp-interface.ts';
import { assembleShader } from './glsl.ts';
import type { ScalpMaterial } from './scalp-material.ts';

export function createPhotoMaterial(): ScalpMaterial {
  const empty = new THREE.DataTexture(new Uint8Array([128, 128, 128, 255]), 1, 1);
  empty.needsUpdate = true;
  const material = new THREE.ShaderMaterial({
    vertexShader: assembleShader(vertexShader),
    fragmentShader: assembleShader(fragmentTemplate),
    uniforms: createScalpUniforms(empty),
    depthTest: false,
    depthWrite: false,
  }) as ScalpMaterial;
  material.userData['dotsWanted'] = true;
  return material;
}

/** Puts a decoded photo on the material (sRGB, mipmapped for the zoomed-out view). */
export function applyPhoto(material: ScalpMaterial, bitmap: ImageBitmap, widthPx: number, heightPx: number): void {
  const u = material.uniforms;
  u.uPhoto.value.dispose();
  const t = new THREE.Texture(bitmap);
  // An ImageBitmap arrives the way it was decoded (the top row first); WebGL ignores flipY for it.
  t.flipY = false;
  t.colorSpace = THREE.SRGBColorSpace;
  t.minFilter = THREE.LinearMipmapLinearFilter;
  t.magFilter = THREE.LinearFilter;
  t.generateMipmaps = true;
  t.needsUpdate = true;
  u.uPhoto.value = t;
  u.uPhotoSize.value.set(widthPx, heightPx);
  u.uPhotoView.value.set(0, 0, widthPx, heightPx);
}

/** The scale and the round-scalp correction (null: a flat patch). */
export function applyPhotoGeometry(
  material: ScalpMaterial,
  mmPerPx: number,
  round: { outline: { cx: number; cy: number; rx: number; ry: number }; heightPx: number } | null,
): void {
  const u = material.uniforms;
  u.uMmPerPx.value = mmPerPx;
  u.uRound.value = round !== null;
  if (round) {
    u.uOutline.value.set(round.outline.cx, round.outline.cy, round.outline.rx, round.outline.ry);
    u.uCrownPx.value = round.heightPx;
  }
}

/** The part of the photo shown, photo pixels. */
export function setPhotoView(material: ScalpMaterial, x0: number, y0: number, x1: number, y1: number): void {
  material.uniforms.uPhotoView.value.set(x0, y0, x1, y1);
}
