/**
 * A procedural adult head in millimetres: a signed distance field of smoothly joined ellipsoids
 * (cranium, occiput, brow ridge, face, cheekbones, nose, lips, jaw, chin, neck), sampled as a
 * star-shaped surface p(ω) = C + r(ω)·ω around a centre C inside the skull. Star-shapedness is what
 * lets the scalp chart and the shader agree: any point of the skin maps to one direction ω.
 *
 * Axes: +y up, +z forward (the face), +x the head's left. The origin is between the ear canals.
 * Adult proportions by default: head length 197 mm, breadth 155 mm, circumference ≈ 570 mm
 * (anthropometric means for adult men, e.g. ANSUR II); `HeadShape` reshapes the cranium.
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
  const q0 = (x - cx) / rx,
    q1 = (y - cy) / ry,
    q2 = (z - cz) / rz;
  const k0 = Math.sqrt(q0 * q0 + q1 * q1 + q2 * q2);
  const k1 = Math.sqrt((q0 / rx) ** 2 + (q1 / ry) ** 2 + (q2 / rz) ** 2);
  return k1 > 1e-9 ? (k0 * (k0 - 1)) / k1 : -Math.min(rx, ry, rz);
};

/** Distance to the segment (ax,ay,az)–(bx,by,bz), minus a radius. */
const capsule = (x: number, y: number, z: number, ax: number, ay: number, az: number, bx: number, by: number, bz: number, radius: number): number => {
  const pax = x - ax,
    pay = y - ay,
    paz = z - az;
  const bax = bx - ax,
    bay = by - ay,
    baz = bz - az;
  const h = Math.min(1, Math.max(0, (pax * bax + pay * bay + paz * baz) / (bax * bax + bay * bay + baz * baz)));
  const dx = pax - bax * h,
    dy = pay - bay * h,
    dz = paz - baz * h;
  return Math.sqrt(dx * dx + dy * dy + dz * dz) - radius;
};

/** Polynomial smooth minimum: joins two shapes with a fillet of about k mm. */
const smin = (a: number, b: number, k: number): number => {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - (h * h * k) / 4;
};
const smax = (a: number, b: number, k: number): number => -smin(-a, -b, k);

/**
 * The client's head shape: the cranium changes, the face stays. Lengths are the anthropometric
 * ones (glabella to the back of the head, widest breadth above the ears) so a technician can
 * type what a tape or calliper gives.
 */
export interface HeadShape {
  /** Maximum head length, glabella to opisthocranion, mm (adult men: 185–205). */
  lengthMm: number;
  /** Maximum head breadth, mm (adult men: 145–165). */
  breadthMm: number;
  /** Vault raised (+) or lowered (−) at the crown, mm. */
  crownMm: number;
  /** Occipital bulge, 0 (flat back) .. 1 (prominent). */
  occiput: number;
}

export const HEAD_PRESETS = ['average', 'long', 'round', 'flat-back', 'high-crown'] as const;
export type HeadPreset = (typeof HEAD_PRESETS)[number];
/**
 * Presets by cephalic index (breadth/length × 100): average ≈ 79, long (dolichocephalic) < 75,
 * round (brachycephalic) > 85; a flat back is the common positional flattening; a high crown
 * raises the vault.
 */
export const HEAD_SHAPES: Readonly<Record<HeadPreset, Readonly<HeadShape>>> = {
  average: { lengthMm: 197, breadthMm: 155, crownMm: 0, occiput: 0.5 },
  long: { lengthMm: 205, breadthMm: 148, crownMm: -3, occiput: 0.8 },
  round: { lengthMm: 183, breadthMm: 162, crownMm: 4, occiput: 0.3 },
  'flat-back': { lengthMm: 186, breadthMm: 158, crownMm: 3, occiput: 0 },
  'high-crown': { lengthMm: 197, breadthMm: 153, crownMm: 12, occiput: 0.5 },
};
export const DEFAULT_HEAD: Readonly<HeadShape> = HEAD_SHAPES.average;
export const HEAD_LIMITS = {
  lengthMm: [175, 215],
  breadthMm: [140, 170],
  crownMm: [-10, 20],
  occiput: [0, 1],
} as const satisfies Record<keyof HeadShape, readonly [number, number]>;

/** Ellipsoid parameters of the cranium and the occiput for a shape, with `dLen` mm added behind. */
function craniumWith(s: HeadShape, dLen: number): Float64Array {
  // The average head's cranium is (0, 32, −5) with radii (77.5, 95, 93). Extra length goes to the
  // back (the forehead stays over the face) and the occiput moves with it.
  const bulge = s.occiput - 0.5;
  return Float64Array.of(
    32,
    -5 - dLen / 2,
    77.5 + (s.breadthMm - 155) / 2,
    95 + s.crownMm,
    93 + dLen / 2,
    8 + 4 * bulge,
    -60 - dLen - 22 * bulge,
    60 + (s.breadthMm - 155) / 3,
    52,
    40 + 16 * bulge,
  );
}

/** Cranium for a shape, its length solved so the measured head length is the one asked for. */
function craniumOf(s: HeadShape): Float64Array {
  let dLen = s.lengthMm - 197;
  for (let k = 0; k < 3; k++) dLen += s.lengthMm - measureWith(craniumWith(s, dLen)).lengthMm;
  return craniumWith(s, dLen);
}
let cachedShape: HeadShape | null = null;
let cachedCranium: Float64Array | null = null;
const craniumFor = (s: HeadShape): Float64Array => {
  if (s !== cachedShape || !cachedCranium) {
    cachedCranium = craniumOf(s);
    cachedShape = s;
  }
  return cachedCranium;
};

/** Signed distance (mm, approximately) from (x, y, z) to the skin; negative inside. */
export function headSdfXyz(x: number, y: number, z: number, shape: HeadShape = DEFAULT_HEAD): number {
  return sdfWith(x, y, z, craniumFor(shape));
}

function sdfWith(x: number, y: number, z: number, c: Float64Array): number {
  const ax = Math.abs(x); // the head is mirror-symmetric
  let d = ellipsoid(x, y, z, 0, c[0]!, c[1]!, c[2]!, c[3]!, c[4]!);
  d = smin(d, ellipsoid(x, y, z, 0, c[5]!, c[6]!, c[7]!, c[8]!, c[9]!), 22); // occipital bulge
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

export const headSdf = (p: Vec3, shape: HeadShape = DEFAULT_HEAD): number => headSdfXyz(p[0], p[1], p[2], shape);

/** Outward unit normal of the skin at p, from the field's gradient. */
export function headNormal(p: Vec3, shape: HeadShape = DEFAULT_HEAD): Vec3 {
  const e = 0.15;
  const [x, y, z] = p;
  return normalize([
    headSdfXyz(x + e, y, z, shape) - headSdfXyz(x - e, y, z, shape),
    headSdfXyz(x, y + e, z, shape) - headSdfXyz(x, y - e, z, shape),
    headSdfXyz(x, y, z + e, shape) - headSdfXyz(x, y, z - e, shape),
  ]);
}

/**
 * r(ω): distance from the centre to the outermost skin along unit direction ω. Sphere tracing
 * from outside inwards finds the outermost crossing, so where the face is not quite star-shaped
 * (under the nose, at the lips) neighbouring rays still agree and the mesh has no spikes; a
 * bisection then pins the crossing to 0.01 mm.
 */
export function headRadiusMm(dir: Vec3, shape: HeadShape = DEFAULT_HEAD): number {
  const [cx, cy, cz] = HEAD_CENTRE_MM;
  const sdfAt = (t: number): number => headSdfXyz(cx + dir[0] * t, cy + dir[1] * t, cz + dir[2] * t, shape);
  let t = 330;
  let prev = t;
  for (let i = 0; i < 400 && t > 0; i++) {
    const d = sdfAt(t);
    if (d < 0) break;
    prev = t;
    t -= Math.max(0.9 * d, 0.05);
  }
  let lo = Math.max(0, t),
    hi = prev;
  while (hi - lo > 0.01) {
    const mid = 0.5 * (lo + hi);
    if (sdfAt(mid) < 0) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

export function headPoint(dir: Vec3, shape: HeadShape = DEFAULT_HEAD): Vec3 {
  return add(HEAD_CENTRE_MM, scale(dir, headRadiusMm(dir, shape)));
}

/** Length, breadth and height above the ear canals (mm) of a head, measured on its surface. */
export function measureHead(shape: HeadShape = DEFAULT_HEAD): { lengthMm: number; breadthMm: number; vertexMm: number } {
  return measureWith(craniumFor(shape));
}

function measureWith(c: Float64Array): { lengthMm: number; breadthMm: number; vertexMm: number } {
  const extent = (dx: number, dy: number, dz: number, ox: number, oy: number, oz: number): number => {
    let lo = 0,
      hi = 260;
    for (let k = 0; k < 30; k++) {
      const m = (lo + hi) / 2;
      if (sdfWith(ox + dx * m, oy + dy * m, oz + dz * m, c) < 0) lo = m;
      else hi = m;
    }
    return lo;
  };
  let front = 0,
    back = 0,
    side = 0;
  for (let y = 22; y <= 90; y += 2) {
    // From the glabella (the brow ridge, above the nose) to the back of the head, on the midline.
    front = Math.max(front, extent(0, 0, 1, 0, y, -5));
    back = Math.max(back, extent(0, 0, -1, 0, y, -5));
    side = Math.max(side, extent(1, 0, 0, 0, y, -5));
  }
  let top = 0;
  for (let z = -60; z <= 40; z += 2) top = Math.max(top, extent(0, 1, 0, 0, 0, z));
  return { lengthMm: front + back, breadthMm: 2 * side, vertexMm: top };
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
export function buildHeadMesh(n = 96, shape: HeadShape = DEFAULT_HEAD): MeshData {
  const faces: Array<[Vec3, Vec3, Vec3]> = [
    [
      [1, 0, 0],
      [0, 0, -1],
      [0, 1, 0],
    ],
    [
      [-1, 0, 0],
      [0, 0, 1],
      [0, 1, 0],
    ],
    [
      [0, 1, 0],
      [1, 0, 0],
      [0, 0, -1],
    ],
    [
      [0, -1, 0],
      [1, 0, 0],
      [0, 0, 1],
    ],
    [
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
    ],
    [
      [0, 0, -1],
      [-1, 0, 0],
      [0, 1, 0],
    ],
  ];
  const vertsPerFace = (n + 1) * (n + 1);
  const positions = new Float32Array(6 * vertsPerFace * 3);
  const normals = new Float32Array(6 * vertsPerFace * 3);
  const indices = new Uint32Array(6 * n * n * 6);
  let vi = 0,
    ii = 0;
  faces.forEach(([f, u, v], fi) => {
    for (let j = 0; j <= n; j++) {
      for (let i = 0; i <= n; i++) {
        // tan warp evens out the cube's corners
        const a = Math.tan((Math.PI / 4) * (2 * (i / n) - 1));
        const b = Math.tan((Math.PI / 4) * (2 * (j / n) - 1));
        const dir = normalize(add(f, add(scale(u, a), scale(v, b))));
        const p = headPoint(dir, shape);
        const nn = headNormal(p, shape);
        positions.set(p, vi * 3);
        normals.set(nn, vi * 3);
        vi++;
      }
    }
    const base = fi * vertsPerFace;
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const a = base + j * (n + 1) + i,
          b = a + 1,
          c = a + n + 1,
          d = c + 1;
        indices.set([a, b, d, a, d, c], ii);
        ii += 6;
      }
    }
  });
  return { positions, normals, indices };
}
