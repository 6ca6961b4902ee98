/**
 * The skin material of the head: soft wrapped-diffuse skin with an oil-dependent sheen, and the
 * SMP impressions drawn per pixel from a data texture (one texel per layout cell). Layout changes
 * upload textures; time, sun and oil only change uniforms.
 */
import * as THREE from 'three';
import vertexShader from '../../shaders/scalp.vert.glsl?raw';
import fragmentTemplate from '../../shaders/scalp.frag.glsl?raw';
import { type ScalpUniforms, createScalpUniforms } from './scalp-interface.ts';
import { assembleShader } from './glsl.ts';
import {
  type Conditions,
  type DotLayout,
  BLOCK_CELLS,
  DAYS_PER_YEAR,
  planNearField,
  planOpticsFarAreaMm2,
  type HairColour,
  stubbleOptics,
  hexToLinear,
  monkHex,
  susceptibilitySpread,
  type TreatmentPlan,
  DEFAULT_PLAN,
  planOptics,
  laserLightSpotShare,
} from '../model/index.ts';

const fragmentShader = assembleShader(fragmentTemplate);

export type ScalpMaterial = THREE.ShaderMaterial & { uniforms: ScalpUniforms; userData: { layout?: DotLayout } };

/**
 * `doubleSided` is for the ears (thin shells seen from both sides); the head is closed, and
 * culling its back faces halves the pixels shaded.
 */
export function createScalpMaterial(dotsOn: boolean, doubleSided = false): ScalpMaterial {
  const empty = new THREE.DataTexture(new Uint8Array(4), 1, 1);
  empty.needsUpdate = true;
  const material = new THREE.ShaderMaterial({
    vertexShader,
    fragmentShader,
    side: doubleSided ? THREE.DoubleSide : THREE.FrontSide,
    uniforms: createScalpUniforms(empty),
  }) as ScalpMaterial;
  material.userData['dotsWanted'] = dotsOn;
  return material;
}

interface PackedLayout {
  cells: THREE.DataTexture;
  blocks: THREE.DataTexture;
  blockMax: number;
  blockSpan: THREE.Vector2;
}

/** A layout as textures: one RGBA8 texel per cell, and the far-field density per block (R8). */
function packLayout(layout: DotLayout): PackedLayout {
  const dots = new THREE.DataTexture(layout.cells, layout.cols, layout.rows, THREE.RGBAFormat, THREE.UnsignedByteType);
  dots.minFilter = dots.magFilter = THREE.NearestFilter;
  dots.generateMipmaps = false;
  dots.unpackAlignment = 1;
  dots.needsUpdate = true;

  let maxDensity = 0;
  for (const d of layout.blockDensityPerMm2) maxDensity = Math.max(maxDensity, d);
  const blockBytes = new Uint8Array(layout.blockCols * layout.blockRows);
  layout.blockDensityPerMm2.forEach((d, i) => (blockBytes[i] = Math.round((255 * d) / Math.max(1e-9, maxDensity))));
  const blocks = new THREE.DataTexture(blockBytes, layout.blockCols, layout.blockRows, THREE.RedFormat, THREE.UnsignedByteType);
  blocks.minFilter = blocks.magFilter = THREE.LinearFilter;
  blocks.generateMipmaps = false;
  blocks.unpackAlignment = 1;
  blocks.wrapS = blocks.wrapT = THREE.ClampToEdgeWrapping;
  blocks.needsUpdate = true;
  const blockSpan = new THREE.Vector2(layout.blockCols * BLOCK_CELLS * layout.cellSize, layout.blockRows * BLOCK_CELLS * layout.cellSize);
  return { cells: dots, blocks, blockMax: maxDensity, blockSpan };
}

/** Uniform names of one layout in the shader: the SMP dots, or the follicles of the remaining hair. */
const LAYOUT_UNIFORMS = {
  dots: { cells: 'uDots', blocks: 'uBlocks', size: 'uGridSize', origin: 'uGridOrigin', cell: 'uCell', span: 'uBlockSpan', max: 'uBlockMax' },
  hair: {
    cells: 'uHair',
    blocks: 'uHairBlocks',
    size: 'uHairGridSize',
    origin: 'uHairOrigin',
    cell: 'uHairCell',
    span: 'uHairBlockSpan',
    max: 'uHairBlockMax',
  },
} as const;

function uploadLayout(material: ScalpMaterial, layout: DotLayout, which: keyof typeof LAYOUT_UNIFORMS): void {
  const u = material.uniforms;
  const n = LAYOUT_UNIFORMS[which];
  u[n.cells].value.dispose();
  u[n.blocks].value.dispose();
  const packed = packLayout(layout);
  u[n.cells].value = packed.cells;
  u[n.blocks].value = packed.blocks;
  u[n.size].value.set(layout.cols, layout.rows);
  u[n.origin].value.set(layout.originX, layout.originY);
  u[n.cell].value = layout.cellSize;
  u[n.span].value.copy(packed.blockSpan);
  u[n.max].value = packed.blockMax;
}

/** Uploads a layout: the dot texture and the far-field density map. */
export function applyLayout(material: ScalpMaterial, layout: DotLayout): void {
  uploadLayout(material, layout, 'dots');
  material.uniforms.uNominalDensity.value = layout.densityPerCm2 / 100;
  material.uniforms.uDotsOn.value = material.userData['dotsWanted'] === true;
  material.userData.layout = layout;
}

/** Uploads the follicular units of the remaining hair. */
export function applyHairLayout(material: ScalpMaterial, layout: DotLayout): void {
  uploadLayout(material, layout, 'hair');
  material.uniforms.uHairOn.value = true;
}

/** A square R8 map over part of the chart (src/model/hair.ts rasterises them). */
export interface ChartMap {
  data: Uint8Array;
  size: number;
  x0: number;
  y0: number;
  span: number;
}

const CHART_MAP_UNIFORMS = {
  scars: { on: 'uScarOn', map: 'uScar', origin: 'uScarOrigin', span: 'uScarSpan' },
  hairLoss: { on: 'uHairLossOn', map: 'uHairLoss', origin: 'uHairLossOrigin', span: 'uHairLossSpan' },
} as const;

function applyChartMap(material: ScalpMaterial, which: keyof typeof CHART_MAP_UNIFORMS, m: ChartMap | null): void {
  const u = material.uniforms;
  const n = CHART_MAP_UNIFORMS[which];
  u[n.map].value.dispose();
  if (!m) {
    u[n.on].value = false;
    return;
  }
  const t = new THREE.DataTexture(m.data, m.size, m.size, THREE.RedFormat, THREE.UnsignedByteType);
  t.minFilter = t.magFilter = THREE.LinearFilter;
  t.generateMipmaps = false;
  t.unpackAlignment = 1;
  t.needsUpdate = true;
  u[n.map].value = t;
  u[n.origin].value.set(m.x0, m.y0);
  u[n.span].value = m.span;
  u[n.on].value = true;
}

/** Uploads the scar map (share of scar tissue over the chart), or switches scars off. */
export function applyScars(material: ScalpMaterial, scars: ChartMap | null): void {
  applyChartMap(material, 'scars', scars);
}

/** Uploads the map of how many stages of further hair loss each spot keeps its hair for. */
export function applyHairLossMap(material: ScalpMaterial, map: ChartMap | null): void {
  applyChartMap(material, 'hairLoss', map);
}

/** Further hair loss so far, in stages. */
export function setStagesGained(material: ScalpMaterial, stages: number): void {
  material.uniforms.uStagesGained.value = stages;
}

/** The remaining hair's look: shaft length and colour, and its shafts' shadow through skin of a Monk tone (src/model/hair.ts). */
export function applyHairLook(material: ScalpMaterial, stubbleMm: number, colour: HairColour, monkTone = 3): void {
  const u = material.uniforms;
  const o = stubbleOptics(stubbleMm, colour, monkTone);
  u.uShaftLen.value = o.shaftMm;
  u.uShaftS2.value = o.shaftSigma2Mm2;
  u.uShaftCol.value.set(...o.shaftColour);
  u.uWhiteCol.value.set(...o.whiteColour);
  u.uWhiteShare.value = o.whiteShare;
  u.uSubPeak.value.set(...o.subsurfacePeak);
  u.uSubField.value.set(...o.subsurfaceFieldMm2);
}

/** Shows or hides the impressions (the layout stays uploaded). */
export function setDotsVisible(material: ScalpMaterial, visible: boolean): void {
  material.userData['dotsWanted'] = visible;
  material.uniforms.uDotsOn.value = visible && material.userData.layout !== undefined;
}

/**
 * Sets every time- and condition-dependent uniform from the model: the plan's four session classes
 * (each a folded history of deposits), the skin's redness and the far field. `shades`: strengths of
 * the base, mid and light pigment shades (src/model/shades.ts).
 */
export function applyConditions(
  material: ScalpMaterial,
  c: Conditions,
  years: number,
  skinTone: number,
  shades: readonly [number, number, number] = [1, 1, 1],
  plan: TreatmentPlan = DEFAULT_PLAN,
): void {
  const u = material.uniforms;
  const tDays = years * DAYS_PER_YEAR;
  const p = planOptics(c, plan, tDays);
  const skin = hexToLinear(monkHex(skinTone));
  u.uSkin.value.set(skin[0], skin[1], skin[2]);
  u.uSkinTint.value.set(...p.skinTint);
  u.uOil.value = c.oil;
  let cut = 0;
  const cuts = p.shares.map((s) => (cut += s));
  u.uClassCut.value.set(cuts[0]!, cuts[1]!, cuts[2]!, cuts[3]!);
  p.classes.forEach((o, k) => {
    u.uTauT.value[k]!.set(...o.transientTau);
    u.uTauR.value[k]!.set(...o.retainedTauAtHealed);
    u.uMig2.value[k] = o.migrationSigma2Mm2;
    u.uOff2.value[k] = o.offsetSigma2Mm2;
    u.uTauRn.value[k]!.set(...o.recentTauAtHealed);
    u.uMig2n.value[k] = o.recentMigrationSigma2Mm2;
    u.uOff2n.value[k] = o.recentOffsetSigma2Mm2;
  });
  const o = p.classes[0]!;
  u.uSigT2.value = o.transientSigmaMm ** 2;
  u.uSigH2.value = o.healedSigmaMm ** 2;
  u.uSuscSpread.value = susceptibilitySpread(c.oil);
  const near = planNearField(p, shades, c.oil);
  u.uMaxReach2.value = near.maxReach2Mm2;
  u.uWidenMax.value = near.widenMax;
  u.uCoreArea.value.set(...near.coreAreaMm2);
  u.uCoreS2Mean.value = near.coreSigma2Mm2;
  u.uCoreT.value.set(...o.shadows.transient.core);
  u.uCoreS2T.value = o.shadows.transient.coreSigma2Mm2[1];
  u.uCoreR.value.set(...o.shadows.retained.core);
  u.uCoreS2R.value = o.shadows.retained.coreSigma2Mm2[1];
  u.uWideArea.value.set(...near.wideAreaMm2);
  u.uShadeDose.value.set(...shades);
  // The far field averages over every layout cell: the shares of cells with no dot yet count as empty.
  u.uFarArea.value.set(...planOpticsFarAreaMm2(p, shades));
  u.uLightSpots.value = laserLightSpotShare(plan.laser, tDays, skinTone);
  setTransientDefine(material, o.shadows.transient.core.some((v) => v !== 0) && p.classes.some((k) => k.transientTau[1] > TRANSIENT_TAU_MIN));
}

/** Below this green optical depth the shader skips a dot's transient pool (as it does per dot). */
const TRANSIENT_TAU_MIN = 1e-4;

/**
 * Whether the shader is compiled with the fresh wound's ink (SMP_TRANSIENT: the first weeks after
 * a session or a touch-up). A software rasteriser (SwiftShader, where the tests and the benchmark
 * run) executes an untaken branch's code for every pixel, which made a healed close-up about 1.5 ×
 * dearer than its one retained pool needs; three.js keeps one program per set of defines, so each
 * variant compiles once and switching back is free.
 */
function setTransientDefine(material: ScalpMaterial, on: boolean): void {
  const defines = (material.defines ??= {}) as Record<string, string>;
  if (on === 'SMP_TRANSIENT' in defines) return;
  if (on) defines['SMP_TRANSIENT'] = '';
  else delete defines['SMP_TRANSIENT'];
  material.needsUpdate = true;
}

export function disposeScalpMaterial(material: ScalpMaterial): void {
  for (const name of ['uDots', 'uBlocks', 'uHair', 'uHairBlocks', 'uScar', 'uHairLoss'] as const) material.uniforms[name].value.dispose();
  material.dispose();
}

/** Whether a material of the scene is a scalp material (the head's and the ears'). */
export function isScalpMaterial(m: THREE.Material): m is ScalpMaterial {
  return m instanceof THREE.ShaderMaterial && 'uDotCells' in m.uniforms;
}

/** Shader detail for adaptive quality (src/render/quality.ts). */
export function setShaderDetail(material: ScalpMaterial, detail: { dotCells: number; hairCells: number; strands: number }): void {
  material.uniforms.uDotCells.value = detail.dotCells;
  material.uniforms.uHairCells.value = detail.hairCells;
  material.uniforms.uStrands.value = detail.strands;
}
