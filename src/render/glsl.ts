/**
 * The fragment shaders' shared chunks, put together in one place: the head's shader and the
 * photo's (issue 15) include the same dot evaluation (shaders/smp.glsl), so a dot on a photo is
 * drawn by the code that draws it on the head, not by a copy.
 */
import chartChunk from '../../shaders/chart.glsl?raw';
import opacityChunk from '../../shaders/dot-opacity.glsl?raw';
import stubbleChunk from '../../shaders/stubble.glsl?raw';
import noiseChunk from '../../shaders/noise.glsl?raw';
import smpChunk from '../../shaders/smp.glsl?raw';
import { type ScalpUniformName, SCALP_UNIFORMS, glslInterface, glslUniform } from './scalp-interface.ts';

const CHUNKS: Record<string, () => string> = {
  interface: glslInterface,
  chart: () => chartChunk,
  'dot-opacity': () => opacityChunk,
  stubble: () => stubbleChunk,
  noise: () => noiseChunk,
  smp: () => smpChunk,
};

/**
 * A shader template with its `#include <name>` lines replaced by our chunks, and `#include <uniform
 * uName>` by that uniform's declaration from the table; three's own includes, such as
 * <colorspace_fragment>, stay for three.
 */
export function assembleShader(template: string): string {
  return template
    .replace(/^[ \t]*#include <uniform (u\w+)>[ \t]*$/gm, (line, name: string) => (name in SCALP_UNIFORMS ? glslUniform(name as ScalpUniformName) : line))
    .replace(/^[ \t]*#include <([a-z-]+)>[ \t]*$/gm, (line, name: string) => (name in CHUNKS ? CHUNKS[name]!() : line));
}
