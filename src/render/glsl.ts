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
import { glslInterface } from './scalp-interface.ts';

const CHUNKS: Record<string, () => string> = {
  interface: glslInterface,
  chart: () => chartChunk,
  'dot-opacity': () => opacityChunk,
  stubble: () => stubbleChunk,
  noise: () => noiseChunk,
  smp: () => smpChunk,
};

/** A fragment template with its `#include <name>` lines replaced by our chunks (three's own, such as <colorspace_fragment>, stay for three). */
export function assembleFragment(template: string): string {
  return template.replace(/^[ \t]*#include <([a-z-]+)>[ \t]*$/gm, (line, name: string) => (name in CHUNKS ? CHUNKS[name]!() : line));
}
