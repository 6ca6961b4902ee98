/**
 * What a photon packet meets in the transport (src/model/light/transport.ts): the skin's layers, its
 * surface (Fresnel), a scattering event (Henyey–Greenstein) and opaque absorbers (deposits as balls,
 * hair shafts as capsules) with their ray tests. Coordinates in mm, depth z > 0.
 */

export interface Layer {
  /** Thickness (mm); the last layer is taken as infinitely deep whatever it says. */
  thicknessMm: number;
  /** Absorption and scattering coefficients (mm⁻¹). */
  muAPerMm: number;
  muSPerMm: number;
  /** Henyey–Greenstein anisotropy (mean cosine of the scattering angle). */
  g: number;
}

/** An opaque ball (a healed deposit taken as optically black). */
export interface OpaqueSphere {
  centre: readonly [number, number, number];
  radiusMm: number;
}

/**
 * An opaque rod with rounded ends (a capsule): a hair shaft in its follicle, from `a` to `b`. Taken
 * as black: a dark shaft 0.075 mm thick passes a few per cent of the light (Chiang et al 2016).
 */
export interface OpaqueRod {
  a: readonly [number, number, number];
  b: readonly [number, number, number];
  radiusMm: number;
}

/** Distance along the ray (p, u) to a capsule's surface, or Infinity (after Quilez's capsule test). */
export function hitRod(px: number, py: number, pz: number, ux: number, uy: number, uz: number, r: OpaqueRod): number {
  const bax = r.b[0] - r.a[0],
    bay = r.b[1] - r.a[1],
    baz = r.b[2] - r.a[2];
  const oax = px - r.a[0],
    oay = py - r.a[1],
    oaz = pz - r.a[2];
  const baba = bax * bax + bay * bay + baz * baz;
  const bard = bax * ux + bay * uy + baz * uz;
  const baoa = bax * oax + bay * oay + baz * oaz;
  const rdoa = ux * oax + uy * oay + uz * oaz;
  const oaoa = oax * oax + oay * oay + oaz * oaz;
  const ra2 = r.radiusMm * r.radiusMm;
  const qa = baba - bard * bard;
  const qb = baba * rdoa - baoa * bard;
  const qc = baba * oaoa - baoa * baoa - ra2 * baba;
  if (qa > 1e-12) {
    const h = qb * qb - qa * qc;
    if (h < 0) return Infinity;
    const t = (-qb - Math.sqrt(h)) / qa;
    const y = baoa + t * bard;
    if (y > 0 && y < baba) return t >= 0 ? t : qc <= 0 ? 0 : Infinity;
  }
  // the rounded ends
  let best = Infinity;
  for (const [cx, cy, cz] of [r.a, r.b]) {
    const ox = px - cx,
      oy = py - cy,
      oz = pz - cz;
    const b = ox * ux + oy * uy + oz * uz;
    const c = ox * ox + oy * oy + oz * oz - ra2;
    if (c <= 0) return 0;
    const h = b * b - c;
    if (h >= 0 && b < 0) best = Math.min(best, -b - Math.sqrt(h));
  }
  return best;
}

/** Fresnel reflectance (unpolarised) going from index n1 to n2 at incidence cosine cosI. */
export function fresnelReflectance(n1: number, n2: number, cosI: number): number {
  if (n1 === n2) return 0;
  const c1 = Math.min(1, Math.abs(cosI));
  const sinT = (n1 / n2) * Math.sqrt(Math.max(0, 1 - c1 * c1));
  if (sinT >= 1) return 1;
  const c2 = Math.sqrt(1 - sinT * sinT);
  const rs = (n1 * c1 - n2 * c2) / (n1 * c1 + n2 * c2);
  const rp = (n1 * c2 - n2 * c1) / (n1 * c2 + n2 * c1);
  return 0.5 * (rs * rs + rp * rp);
}

/** Cosine of a Henyey–Greenstein scattering angle for anisotropy g and a uniform ξ. */
export function sampleHenyeyGreenstein(g: number, xi: number): number {
  if (Math.abs(g) < 1e-6) return 2 * xi - 1;
  const f = (1 - g * g) / (1 - g + 2 * g * xi);
  return Math.min(1, Math.max(-1, (1 + g * g - f * f) / (2 * g)));
}

/** Distance along the ray (p, u) to the nearer intersection with a sphere, or Infinity. */
export function hitSphere(px: number, py: number, pz: number, ux: number, uy: number, uz: number, s: OpaqueSphere): number {
  const ox = px - s.centre[0],
    oy = py - s.centre[1],
    oz = pz - s.centre[2];
  const b = ox * ux + oy * uy + oz * uz;
  const c = ox * ox + oy * oy + oz * oz - s.radiusMm * s.radiusMm;
  if (c <= 0) return 0; // inside already
  const disc = b * b - c;
  if (disc < 0 || b > 0) return Infinity;
  return -b - Math.sqrt(disc);
}
