/**
 * A stylised ear (helix rim, antihelix, concha bowl, lobe) as a closed shell: a front and a back
 * sheet over an egg-shaped outline, meeting at the rim. It is a separate mesh because an ear is not
 * star-shaped about the head centre. Sized from adult means: about 62 mm tall, 32 mm wide.
 */
import { type HeadShape, type MeshData, DEFAULT_HEAD } from './head.ts';
import { type Vec3, add, cross, normalize, scale, sub } from './vec.ts';

const HALF_HEIGHT_MM = 31;
const HALF_WIDTH_MM = 16;

/** Thickness profile: rim bulge near the edge, thinner inside, a fleshy lobe at the bottom. */
function frontHeight(s: number, phi: number): number {
  const edge = Math.sqrt(Math.max(0, 1 - s ** 8));
  const rim = 3.2 * Math.exp(-(((s - 0.84) / 0.1) ** 2));
  const lower = Math.max(0, -Math.sin(phi)); // 1 at the bottom of the ear
  const upper = Math.max(0, Math.sin(phi));
  const antihelix = 1.6 * Math.exp(-(((s - 0.55) / 0.09) ** 2)) * (0.4 + 0.6 * upper);
  const concha = 4.2 * Math.exp(-((s / 0.42) ** 2)) * (1 - 0.6 * upper);
  const lobe = 3.5 * lower ** 3 * Math.exp(-(((s - 0.7) / 0.35) ** 2));
  return edge * (2.2 + rim + antihelix + lobe) - concha;
}
const backHeight = (s: number, phi: number): number => -Math.sqrt(Math.max(0, 1 - s ** 8)) * (2 + 1.5 * Math.max(0, -Math.sin(phi)) ** 3);

/**
 * Ear mesh for one side (+1: the head's left, +x; −1: right). The ear stands off the head by
 * an angle that grows towards its back edge, as real ears do.
 */
export function buildEarMesh(side: 1 | -1, rings = 24, segments = 64, shape: HeadShape = DEFAULT_HEAD): MeshData {
  // The ear sits on the side of the skull: a broader head carries it further out.
  const origin: Vec3 = [side * (71 + (shape.breadthMm - 155) / 2), 6, -8];
  const outward: Vec3 = [side, 0, 0];
  const up: Vec3 = [0, 1, 0];
  const back: Vec3 = [0, 0, -1];
  const verts: Vec3[] = [];
  const tris: number[] = [];
  const point = (s: number, phi: number, sheet: 1 | -1): Vec3 => {
    // egg outline: wider at the top
    const v = Math.sin(phi);
    const a = HALF_WIDTH_MM * (1 + 0.12 * v);
    const u = s * a * Math.cos(phi),
      w = s * HALF_HEIGHT_MM * v;
    const standOff = 0.38 * (u + a) + 1; // back edge further out
    const hgt = sheet > 0 ? frontHeight(s, phi) : backHeight(s, phi);
    return add(origin, add(add(scale(back, u), scale(up, w)), scale(outward, standOff + hgt)));
  };
  for (const sheet of [1, -1] as const) {
    const base = verts.length;
    verts.push(point(0, 0, sheet));
    for (let r = 1; r <= rings; r++) for (let k = 0; k < segments; k++) verts.push(point(r / rings, (2 * Math.PI * k) / segments, sheet));
    const ringStart = (r: number): number => base + 1 + (r - 1) * segments;
    for (let k = 0; k < segments; k++) {
      const k1 = (k + 1) % segments;
      const tri = sheet > 0 ? [base, ringStart(1) + k, ringStart(1) + k1] : [base, ringStart(1) + k1, ringStart(1) + k];
      tris.push(...tri);
    }
    for (let r = 1; r < rings; r++)
      for (let k = 0; k < segments; k++) {
        const k1 = (k + 1) % segments;
        const a = ringStart(r) + k,
          b = ringStart(r) + k1,
          c = ringStart(r + 1) + k,
          d = ringStart(r + 1) + k1;
        if (sheet > 0) tris.push(a, c, d, a, d, b);
        else tris.push(a, d, c, a, b, d);
      }
  }
  // The sheets share the outermost ring in position; flip winding on the right side.
  const indices = new Uint32Array(tris.length);
  for (let i = 0; i < tris.length; i += 3) {
    if (side > 0) indices.set([tris[i]!, tris[i + 1]!, tris[i + 2]!], i);
    else indices.set([tris[i]!, tris[i + 2]!, tris[i + 1]!], i);
  }
  const normals: Vec3[] = verts.map(() => [0, 0, 0]);
  for (let i = 0; i < indices.length; i += 3) {
    const ia = indices[i]!,
      ib = indices[i + 1]!,
      ic = indices[i + 2]!;
    const nrm = cross(sub(verts[ib]!, verts[ia]!), sub(verts[ic]!, verts[ia]!));
    for (const v of [ia, ib, ic]) normals[v] = add(normals[v]!, nrm);
  }
  const positions = new Float32Array(verts.length * 3);
  const normalArr = new Float32Array(verts.length * 3);
  verts.forEach((v, i) => {
    positions.set(v, i * 3);
    normalArr.set(normalize(normals[i]!), i * 3);
  });
  return { positions, normals: normalArr, indices };
}
