/**
 * The scalp shader's interface, declared once: every uniform (its GLSL type, its starting value and
 * what it means, in its doc comment) and the constants the model shares with the shader. The GLSL declarations and
 * #defines are generated from this table (`#include <interface>` in scalp.frag.glsl), and the
 * material's uniforms are typed by it, so TypeScript reads no uniform by a string and a constant
 * changed in the model cannot leave the shader behind.
 */
import * as THREE from 'three';
import {
  CHART_AXIS,
  CHART_E1,
  CHART_E2,
  HAIR_GROWTH_DIRECTION,
  HEAD_CENTRE_MM,
  MEAN_HAIRS_PER_UNIT,
  SHADER_FLOATS,
  SHADER_UINTS,
  STREAK_AREA_MM2,
} from '../model/index.ts';

interface UniformSpec<V> {
  /** GLSL type, e.g. 'vec3' or 'highp sampler2D'. */
  glsl: string;
  /** Array length in GLSL (uTauT[4]); absent for a single value. */
  count?: number;
  /** The starting value; textures start as the shared 1×1 placeholder. */
  init: (empty: THREE.Texture) => V;
}

const v3 = (v: readonly number[]): THREE.Vector3 => new THREE.Vector3(v[0], v[1], v[2]);
const float = (v: number): UniformSpec<number> => ({ glsl: 'float', init: () => v });
const int = (v: number): UniformSpec<number> => ({ glsl: 'int', init: () => v });
const bool = (): UniformSpec<boolean> => ({ glsl: 'bool', init: () => false });
const vec2 = (x = 0, y = 0): UniformSpec<THREE.Vector2> => ({ glsl: 'vec2', init: () => new THREE.Vector2(x, y) });
const ivec2 = (): UniformSpec<THREE.Vector2> => ({ glsl: 'ivec2', init: () => new THREE.Vector2(1, 1) });
const vec3 = (v: readonly number[] = [0, 0, 0]): UniformSpec<THREE.Vector3> => ({ glsl: 'vec3', init: () => v3(v) });
const direction = (x: number, y: number, z: number): UniformSpec<THREE.Vector3> => ({ glsl: 'vec3', init: () => new THREE.Vector3(x, y, z).normalize() });
const vec4 = (): UniformSpec<THREE.Vector4> => ({ glsl: 'vec4', init: () => new THREE.Vector4(1, 1, 1, 1) });
const texture = (highp = false): UniformSpec<THREE.Texture> => ({ glsl: highp ? 'highp sampler2D' : 'sampler2D', init: (e) => e });
/** One value per session class (which sessions and touch-ups put pigment into a dot). */
const perClass3 = (): UniformSpec<THREE.Vector3[]> => ({ glsl: 'vec3', count: 4, init: () => [0, 1, 2, 3].map(() => new THREE.Vector3()) });
const perClass1 = (): UniformSpec<number[]> => ({ glsl: 'float', count: 4, init: () => [0, 0, 0, 0] });

export const SCALP_UNIFORMS = {
  /** linear albedo of the skin */
  uSkin: vec3([0.8, 0.6, 0.5]),
  /** erythema multiplier where needled */
  uSkinTint: vec3([1, 1, 1]),
  /** 0..1, drives sheen */
  uOil: float(0.5),
  /** centre of the head (mm): the chart is of directions from here */
  uCentre: vec3(HEAD_CENTRE_MM),
  /** the chart's centre direction (src/model/chart.ts) */
  uAxis: vec3(CHART_AXIS),
  uE1: vec3(CHART_E1),
  uE2: vec3(CHART_E2),

  uDotsOn: bool(),
  /** one RGBA8 texel per layout cell (src/model/layout.ts) */
  uDots: texture(true),
  uGridSize: ivec2(),
  uGridOrigin: vec2(),
  /** cell side in chart units */
  uCell: float(1),
  /** the cores of every dot's shadow, per layout cell (mm², per channel): what the near window's field stands for */
  uCoreArea: vec3(),
  /** their mean σ² (mm²; src/model/dot-field.ts, nearShadowMoments) */
  uCoreS2Mean: float(0),
  /** adaptive quality (src/render/quality.ts): how many cells out a pixel looks for dots */
  uDotCells: int(3),
  /** the same for hairs */
  uHairCells: int(2),
  /** how many hairs of a follicular unit are drawn */
  uStrands: int(3),
  /** far-field density of dots per block of cells (R8) */
  uBlocks: texture(),
  /** chart extent of the block texture */
  uBlockSpan: vec2(1, 1),
  /** dots per mm² at texel value 1 */
  uBlockMax: float(1),
  /** dots per mm² of the design, for the erythema mask */
  uNominalDensity: float(1.5),

  /** cumulative shares of the four session classes; beyond the last, no dot yet */
  uClassCut: vec4(),
  /** transient pool, peak optical depth */
  uTauT: perClass3(),
  uSigT2: float(0),
  /** retained pools at the healed width */
  uTauR: perClass3(),
  uSigH2: float(0.003),
  /** load-weighted 2·D·t of the class's deposits */
  uMig2: perClass1(),
  /** scatter of the deposits' centres (touch-ups landing off centre) */
  uOff2: perClass1(),
  /** the newest deposit of a dot with a history, its own Gaussian */
  uTauRn: perClass3(),
  uMig2n: perClass1(),
  uOff2n: perClass1(),
  uSuscSpread: float(0.3),
  /** conservative largest σ² of any near shadow (mm²); 0: no dot is drawn one by one */
  uMaxReach2: float(0.01),
  /** conservative largest opacityWidening of any dot's retained ink: how far a dot of known σ² is looked for */
  uWidenMax: float(3),
  /** each pool's shadow kernel (src/model/light/shadow.ts): core share per channel and the core's σ² (mm²): transient, retained (the blow-out halo is a field) */
  uCoreT: vec3([1, 1, 1]),
  uCoreS2T: float(0),
  uCoreR: vec3([1, 1, 1]),
  uCoreS2R: float(0),
  /** the wide part of every dot's shadow, per layout cell (mm², per channel): always a field */
  uWideArea: vec3(),
  /** what an average dot takes from the skin, core and wide (mm²), per channel: the far field */
  uFarArea: vec3(),
  /** strength of the base, mid and light pigment shades (1 = full) */
  uShadeDose: vec3([1, 1, 1]),
  /** share of the treated skin left lighter by laser removal */
  uLightSpots: float(0),

  uHairOn: bool(),
  /** one RGBA8 texel per follicular-unit cell */
  uHair: texture(true),
  uHairGridSize: ivec2(),
  uHairOrigin: vec2(),
  uHairCell: float(1),
  uHairBlocks: texture(),
  uHairBlockSpan: vec2(1, 1),
  /** follicular units per mm² at texel value 1 */
  uHairBlockMax: float(1),
  uHairsPerUnit: float(MEAN_HAIRS_PER_UNIT),
  /** projected on the skin, mm */
  uShaftLen: float(0),
  /** σ² of a shaft's cross-section, mm² */
  uShaftS2: float(0.001),
  uShaftCol: vec3([0.01, 0.008, 0.007]),
  uWhiteCol: vec3([0.7, 0.66, 0.6]),
  uWhiteShare: float(0),
  /** opacity at the pore of a shaft's streak seen through the skin, per channel */
  uSubPeak: vec3(),
  /** the rest of a shaft's shadow under the skin, as a field (mm² per hair, per channel) */
  uSubField: vec3(),
  uGrowth: vec3(HAIR_GROWTH_DIRECTION),

  uHairLossOn: bool(),
  /** stages of further hair loss after which a spot is bald (byte / HAIR_LOSS_BYTE_PER_STAGE) */
  uHairLoss: texture(),
  uHairLossOrigin: vec2(),
  uHairLossSpan: float(1),
  /** further hair loss so far, in stages */
  uStagesGained: float(0),

  uScarOn: bool(),
  /** share of scar tissue over the chart */
  uScar: texture(),
  uScarOrigin: vec2(),
  uScarSpan: float(1),

  // The client's photo (shaders/photo.vert.glsl, photo.frag.glsl; issue 15): the head's dots on its plane.
  /** the photo, sRGB (sampled as linear) */
  uPhoto: texture(),
  /** its size, pixels */
  uPhotoSize: vec2(1, 1),
  /** the part of it shown, photo pixels: x0, y0, x1, y1 (zoom and pan) */
  uPhotoView: vec4(),
  /** skin millimetres per photo pixel (the scale the user set) */
  uMmPerPx: float(0.1),
  /** the round-scalp correction: the outline's ellipse (cx, cy, rx, ry, pixels) and the crown's height (pixels) */
  uRound: bool(),
  uOutline: vec4(),
  uCrownPx: float(0),

  // A three-point portrait rig: warm key from front-left above, cool fill, a rim from behind.
  uKeyDir: direction(0.55, 0.75, 0.65),
  uKeyCol: vec3([1.05, 0.98, 0.9]),
  uFillDir: direction(-0.8, 0.25, 0.45),
  uFillCol: vec3([0.26, 0.29, 0.35]),
  uRimDir: direction(-0.2, 0.5, -0.9),
  uRimCol: vec3([0.55, 0.55, 0.6]),
  uSkyCol: vec3([0.2, 0.22, 0.25]),
  uGroundCol: vec3([0.1, 0.08, 0.07]),
} as const;

type Specs = typeof SCALP_UNIFORMS;
/** The material's uniforms, typed by the table. */
export type ScalpUniforms = { [K in keyof Specs]: { value: ReturnType<Specs[K]['init']> } };
export type ScalpUniformName = keyof Specs;

/** Fresh uniforms with the table's starting values. */
export function createScalpUniforms(empty: THREE.Texture): ScalpUniforms {
  const out: Record<string, { value: unknown }> = {};
  for (const [name, spec] of Object.entries(SCALP_UNIFORMS) as Array<[string, UniformSpec<unknown>]>) out[name] = { value: spec.init(empty) };
  return out as ScalpUniforms;
}

/** A number as a GLSL float literal (always with a decimal point or exponent). */
function glslFloat(v: number): string {
  const s = String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/** One uniform's declaration from the table, for a vertex shader that reads it (`#include <uniform uName>`). */
export function glslUniform(name: ScalpUniformName): string {
  const spec = SCALP_UNIFORMS[name] as UniformSpec<unknown>;
  return `uniform ${spec.glsl} ${name}${spec.count ? `[${spec.count}]` : ''};`;
}

/** The #defines and uniform declarations the shader includes as <interface>. */
export function glslInterface(): string {
  const lines: string[] = [];
  for (const [name, v] of Object.entries(SHADER_FLOATS)) lines.push(`#define ${name} ${glslFloat(v)}`);
  for (const [name, v] of Object.entries(SHADER_UINTS)) lines.push(`#define ${name} ${v >>> 0}u`);
  lines.push(`#define STREAK_AREA_MM2 ${glslFloat(STREAK_AREA_MM2)}`);
  for (const [name, spec] of Object.entries(SCALP_UNIFORMS) as Array<[string, UniformSpec<unknown>]>) {
    lines.push(`uniform ${spec.glsl} ${name}${spec.count ? `[${spec.count}]` : ''};`);
  }
  return lines.join('\n');
}
