/**
 * A procedural adult head in millimetres: a signed distance field of smoothly joined ellipsoids
 * (cranium, occiput, brow ridge, face, cheekbones, nose, lips, jaw, chin, neck), sampled as a
 * star-shaped surface p(ω) = C + r(ω)·ω around a centre C inside the skull. Star-shapedness is what
 * lets the scalp chart and the shader agree: any point of the skin maps to one direction ω.
 *
 * Axes: +y up, +z forward (the face), +x the head's left. The origin is between the ear canals.
 * Adult proportions: head length ≈ 195 mm, breadth ≈ 155 mm, circumference ≈ 570 mm
 * (anthropometric means for adult men, e.g. ANSUR II).
 */
import { type Vec3, add, normalize, scale } from './vec.ts';

/** Centre of the star-shaped surface and of the scalp chart's directions. */
export const HEAD_CENTRE_MM: Vec3 = [0, 10, -5];
/** The neck is cut flat here. */
export const NECK_CUT_Y_MM = -190;

// Scalar-argument primitives: the field is evaluated millions of times while meshing, so it
// allocates nothing.
const ellipsoid = (x: number, y: number, z: number, cx: number, cy: number, cz: number, rx: number, ry: number, rz: number): number => {
  // Inigo Quilez's bound for an ellipsoid: cheap, and exact enough near the surface.
  const q0 = (x - cx) / rx, q1 = (y - cy) / ry, q2 = (z - cz) / rz;
  const k0 = Math.sqrt(q0 * q0 + q1 * q1 + q2 * q2);
  const k1 = Math.sqrt((q0 / rx) ** 2 + (q1 / ry) ** 2 + (q2 / rz) ** 2);
  return k1 > 1e-9 ? (k0 * (k0 - 1)) / k1 : -Math.min(rx, ry, rz);
};

/** Distance to the segment (ax,ay,az)–(bx,by,bz), minus a radius. */
const capsule = (x: number, y: number, z: number, ax: number, ay: number, az: number, bx: number, by: number, bz: number, radius: number): number => {
  const pax = x - ax, pay = y - ay, paz = z - az;
  const bax = bx - ax, bay = by - ay, baz = bz - az;
  const h = Math.min(1, Math.max(0, (pax * bax + pay * bay + paz * baz) / (bax * bax + bay * bay + baz * baz)));
  const dx = pax - bax * h, dy = pay - bay * h, dz = paz - baz * h;
  return Math.sqrt(dx * dx + dy * dy + dz * dz) - radius;
};

/** Polynomial smooth minimum: joins two shapes with a fillet of about k mm. */
const smin = (a: number, b: number, k: number): number => {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - (h * h * k) / 4;
};
const smax = (a: number, b: number, k: number): number => -smin(-a, -b, k);

/** Signed distance (mm, approximately) from (x, y, z) to the skin; negative inside. */
export function headSdfXyz(x: number, y: number, z: number): number {
  const ax = Math.abs(x); // the head is mirror-symmetric
  let d = ellipsoid(x, y, z, 0, 32, -5, 77.5, 95, 93);
  d = smin(d, ellipsoid(x, y, z, 0, 8, -60, 60, 52, 40), 22); // occipital bulge
  d = smin(d, ellipsoid(x, y, z, 0, -28, 36, 64, 60, 52), 24); // face mass
  d = smin(d, ellipsoid(x, y, z, 0, 22, 78, 50, 11, 13), 14); // brow ridge
  d = smin(d, ellipsoid(ax, y, z, 46, -2, 56, 20, 13, 20), 14); // cheekbones
  d = smin(d, ellipsoid(x, y, z, 0, -62, 30, 56, 36, 58), 20); // jaw
  d = smin(d, ellipsoid(ax, y, z, 50, -58, 4, 12, 26, 24), 14); // jaw angles
  d = smin(d, ellipsoid(x, y, z, 0, -86, 74, 22, 19, 16), 14); // chin
  // Eyes: sockets carved under the brow, closed lids over them, as on a calm mannequin.
  d = smax(d, -ellipsoid(ax, y, z, 32, 6, 92, 17, 12, 12), 7);
  d = smin(d, ellipsoid(ax, y, z, 32, 5, 78, 14, 10, 13), 4);
  // Nose: bridge, tip and wings.
  d = smin(d, capsule(x, y, z, 0, 14, 86, 0, -22, 106, 7.5), 8);
  d = smin(d, ellipsoid(x, y, z, 0, -26, 102, 11, 10, 11), 6);
  d = smin(d, ellipsoid(ax, y, z, 11, -29, 90, 7, 6.5, 7), 8);
  // Closed lips, the lower one slightly behind the upper, with a soft groove between.
  d = smin(d, ellipsoid(x, y, z, 0, -49, 87, 23, 7, 9), 12);
  d = smin(d, ellipsoid(x, y, z, 0, -61, 84, 20, 7, 9), 12);
  d = smax(d, -ellipsoid(x, y, z, 0, -55.5, 96.5, 17, 0.8, 3.5), 1.5);
  // Neck, joined to the skull with a wide fillet at the nape and under the jaw.
  d = smin(d, capsule(x, y, z, 0, -40, -20, 0, -240, -8, 57), 28);
  return Math.max(d, NECK_CUT_Y_MM - y);
}

export const headSdf = (p: Vec3): number => headSdfXyz(p[0], p[1], p[2]);

/** Outward unit normal of the skin at p, from the field's gradient. */
export function headNormal(p: Vec3): Vec3 {
  const e = 0.15;
  const [x, y, z] = p;
  return normalize([
    headSdfXyz(x + e, y, z) - headSdfXyz(x - e, y, z),
    headSdfXyz(x, y + e, z) - headSdfXyz(x, y - e, z),
    headSdfXyz(x, y, z + e) - headSdfXyz(x, y, z - e),
  ]);
}

/**
 * r(ω): distance from the centre to the outermost skin along unit direction ω. Sphere tracing
 * from outside inwards finds the outermost crossing, so where the face is not quite star-shaped
 * (under the nose, at the lips) neighbouring rays still agree and the mesh has no spikes; a
 * bisection then pins the crossing to 0.01 mm.
 */
export function headRadiusMm(dir: Vec3): number {
  const [cx, cy, cz] = HEAD_CENTRE_MM;
  const sdfAt = (t: number): number => headSdfXyz(cx + dir[0] * t, cy + dir[1] * t, cz + dir[2] * t);
  let t = 330;
  let prev = t;
  for (let i = 0; i < 400 && t > 0; i++) {
    const d = sdfAt(t);
    if (d < 0) break;
    prev = t;
    t -= Math.max(0.9 * d, 0.05);
  }
  let lo = Math.max(0, t), hi = prev;
  while (hi - lo > 0.01) {
    const mid = 0.5 * (lo + hi);
    if (sdfAt(mid) < 0) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

export function headPoint(dir: Vec3): Vec3 {
  return add(HEAD_CENTRE_MM, scale(dir, headRadiusMm(dir)));
}

export interface MeshData {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

/**
 * The head as a cube-sphere of `n`×`n` quads a face, pushed out to the skin. A cube-sphere keeps
 * triangles even over the scalp (a latitude grid would pinch at the crown).
 */
export function buildHeadMesh(n = 96): MeshData {
  const faces: Array<[Vec3, Vec3, Vec3]> = [
    [[1, 0, 0], [0, 0, -1], [0, 1, 0]], [[-1, 0, 0], [0, 0, 1], [0, 1, 0]],
    [[0, 1, 0], [1, 0, 0], [0, 0, -1]], [[0, -1, 0], [1, 0, 0], [0, 0, 1]],
    [[0, 0, 1], [1, 0, 0], [0, 1, 0]], [[0, 0, -1], [-1, 0, 0], [0, 1, 0]],
  ];
  const vertsPerFace = (n + 1) * (n + 1);
  const positions = new Float32Array(6 * vertsPerFace * 3);
  const normals = new Float32Array(6 * vertsPerFace * 3);
  const indices = new Uint32Array(6 * n * n * 6);
  let vi = 0, ii = 0;
  faces.forEach(([f, u, v], fi) => {
    for (let j = 0; j <= n; j++) {
      for (let i = 0; i <= n; i++) {
        // tan warp evens out the cube's corners
        const a = Math.tan((Math.PI / 4) * (2 * (i / n) - 1));
        const b = Math.tan((Math.PI / 4) * (2 * (j / n) - 1));
        const dir = normalize(add(f, add(scale(u, a), scale(v, b))));
        const p = headPoint(dir);
        const nn = headNormal(p);
        positions.set(p, vi * 3);
        normals.set(nn, vi * 3);
        vi++;
      }
    }
    const base = fi * vertsPerFace;
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const a = base + j * (n + 1) + i, b = a + 1, c = a + n + 1, d = c + 1;
        indices.set([a, b, d, a, d, c], ii);
        ii += 6;
      }
    }
  });
  return { positions, normals, indices };
}
