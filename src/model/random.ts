/** Seeded randomness. Everything random in the model derives from a seed, never from Math.random. */

/** A 32-bit integer hash (lowbias32, Chris Wellons): well mixed, cheap, identical in GLSL if needed. */
export function hash32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of a grid cell and a seed: one independent stream per (i, j, seed). */
export function cellHash(i: number, j: number, seed: number): number {
  return hash32(Math.imul(i, 0x9e3779b1) ^ hash32(Math.imul(j, 0x85ebca77) ^ hash32(seed)));
}

const INV_2_32 = 1 / 4294967296;
export const toUnit = (h: number): number => h * INV_2_32;

/** mulberry32: a seeded uniform generator in [0, 1), used to seed simplex-noise. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
