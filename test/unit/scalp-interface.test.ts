/** The shader's interface is declared once (src/render/scalp-interface.ts) and generated into GLSL. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { SCALP_UNIFORMS, createScalpUniforms, glslInterface } from '../../src/render/scalp-interface.ts';
import { SHADER_FLOATS, SHADER_UINTS } from '../../src/model/index.ts';

const SHADERS = resolve(import.meta.dirname, '../../shaders');
const glsl = readdirSync(SHADERS)
  .filter((f) => f.endsWith('.glsl'))
  .map((f) => ({ f, text: readFileSync(join(SHADERS, f), 'utf8') }));
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
const allCode = glsl.map((g) => code(g.text)).join('\n');

describe('the scalp shader interface', () => {
  it('no shader file declares a uniform by hand: each comes from the table, once', () => {
    for (const { f, text } of glsl) expect(code(text), f).not.toMatch(/^\s*uniform\s/m);
    const generated = glslInterface();
    for (const name of Object.keys(SCALP_UNIFORMS)) expect(generated.match(new RegExp(`^uniform [\\w ]+ ${name}(\\[\\d+\\])?;$`, 'gm'))?.length, name).toBe(1);
  });

  it('every uniform the shaders read is in the table, and every uniform of the table is read', () => {
    const used = new Set(allCode.match(/\bu[A-Z]\w*/g));
    for (const name of used) expect(Object.keys(SCALP_UNIFORMS), `${name} is read by a shader`).toContain(name);
    // uCentre etc. are read in the fragment shader; the vertex shader reads three's built-ins only.
    for (const name of Object.keys(SCALP_UNIFORMS)) expect(used.has(name), `${name} is declared`).toBe(true);
  });

  it('the constants the model shares reach the shader as #defines, and no shader keeps its own copy', () => {
    const generated = glslInterface();
    for (const [name, v] of Object.entries(SHADER_FLOATS)) {
      const m = new RegExp(`^#define ${name} (\\S+)$`, 'm').exec(generated);
      expect(Number(m?.[1]), name).toBe(v);
      expect(m?.[1], `${name} is a GLSL float literal`).toMatch(/[.e]/);
      expect(allCode, `${name} is used`).toMatch(new RegExp(`\\b${name}\\b`));
    }
    for (const [name, v] of Object.entries(SHADER_UINTS)) {
      expect(generated).toContain(`#define ${name} ${v >>> 0}u`);
      expect(allCode).toMatch(new RegExp(`\\b${name}\\b`));
      // the hash's numbers appear nowhere else, in decimal or hex
      expect(allCode).not.toContain(String(v));
      expect(allCode.toLowerCase()).not.toContain(`0x${(v >>> 0).toString(16)}`);
    }
    // the decode steps and the reach are not written out either
    for (const literal of ['0.85 +', '0.88 +', '0.016', '127.0', '2.6 *', '/ 32.0', '128.0', '25.5', '127.5']) expect(allCode).not.toContain(literal);
  });

  it("the material starts from the table's values, typed", () => {
    const empty = new THREE.DataTexture(new Uint8Array(4), 1, 1);
    const u = createScalpUniforms(empty);
    expect(Object.keys(u)).toEqual(Object.keys(SCALP_UNIFORMS));
    expect(u.uDots.value).toBe(empty);
    expect(u.uTauT.value).toHaveLength(4);
    expect(u.uMig2.value).toEqual([0, 0, 0, 0]);
    expect(u.uDotCells.value).toBe(3);
    expect(glslInterface()).toContain('uniform vec3 uTauT[4];');
    expect(glslInterface()).toContain('uniform highp sampler2D uDots;');
  });
});
