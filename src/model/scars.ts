/**
 * Scars SMP is asked to camouflage: a FUT strip across the back of the head, FUE punch scars in
 * the donor area, and alopecia areata patches. Scar tissue holds no hair, is paler and smoother
 * than the skin around it, and takes pigment less evenly; SMP is laid over it and a margin around.
 * Sizes: FUT strips are typically 1–2 mm wide when healed well and up to 10 mm when stretched, about
 * 20–25 cm long at the level of the occiput; FUE punches 0.8–1 mm, a few thousand in the donor area;
 * alopecia areata patches 2–4 cm across.
 */
import { chartRadiusToAngle } from './chart.ts';
import { hash32 } from './random.ts';

export const SCAR_KINDS = ['none', 'fut', 'fue', 'alopecia'] as const;
export type ScarKind = (typeof SCAR_KINDS)[number];

const DEG = Math.PI / 180;
const MM_PER_DEG = 1.7;
const smooth = (t: number): number => (t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t));

/** FUT strip: 6 mm wide (a stretched but ordinary result), centred at θ ≈ 92° behind the ears. */
const FUT_THETA_DEG = 92;
const FUT_HALF_WIDTH_MM = 3;
/** FUE: one potential punch per 4 mm cell of the chart in the donor band, 0.9 mm across. */
const FUE_CELL = 0.04;
const FUE_RADIUS_MM = 0.45;
const FUE_SHARE = 0.35;

/** Share of scar tissue (or, for alopecia, of patch) at a chart point, 0..1. */
export function scarAt(kind: ScarKind, seed: number, x: number, y: number): number {
  if (kind === 'none') return 0;
  const rho = Math.sqrt(x * x + y * y);
  const thetaDeg = chartRadiusToAngle(rho) / DEG;
  const psiDeg = Math.abs(Math.atan2(x, y) / DEG);
  if (kind === 'fut') {
    const along = smooth((psiDeg - 112) / 8); // from behind one ear to behind the other
    const wave = 1.2 * Math.sin(psiDeg * 0.21 + seed);
    const dMm = Math.abs(thetaDeg - FUT_THETA_DEG - wave) * MM_PER_DEG;
    return along * smooth((FUT_HALF_WIDTH_MM - dMm) / 1.2 + 0.5);
  }
  if (kind === 'fue') {
    const band = smooth((psiDeg - 100) / 10) * smooth((thetaDeg - 76) / 4) * smooth((108 - thetaDeg) / 4);
    if (band <= 0) return 0;
    const gx = x / FUE_CELL,
      gy = y / FUE_CELL;
    const i = Math.floor(gx),
      j = Math.floor(gy);
    let best = 0;
    for (let dj = -1; dj <= 1; dj++)
      for (let di = -1; di <= 1; di++) {
        const h = hash32(((i + di) * 73856093) ^ ((j + dj) * 19349663) ^ (seed * 83492791));
        if ((h & 1023) / 1024 >= FUE_SHARE) continue;
        const cx = i + di + 0.2 + 0.6 * (((h >>> 10) & 255) / 255);
        const cy = j + dj + 0.2 + 0.6 * (((h >>> 18) & 255) / 255);
        const dMm = Math.hypot(gx - cx, gy - cy) * FUE_CELL * 100;
        best = Math.max(best, smooth((FUE_RADIUS_MM - dMm) / 0.25 + 0.5));
      }
    return band * best;
  }
  // Alopecia areata: three round patches on the sides and back, placed by the seed.
  let best = 0;
  for (let k = 0; k < 3; k++) {
    const h = hash32(seed * 7919 + k * 104729);
    const psi = (70 + 110 * ((h & 1023) / 1023)) * (k % 2 === 0 ? 1 : -1) * DEG;
    const theta = (40 + 45 * (((h >>> 10) & 1023) / 1023)) * DEG;
    const radiusMm = 10 + 10 * (((h >>> 20) & 1023) / 1023);
    const r = 2 * Math.sin(theta / 2);
    const dMm = Math.hypot(x - r * Math.sin(psi), y - r * Math.cos(psi)) * 100;
    best = Math.max(best, smooth((radiusMm - dMm) / 4 + 0.5));
  }
  return best;
}

/** Where SMP is laid to camouflage a scar: the scar itself and a narrow feathered margin, so the pigment darkens the pale tissue, not the hair around it. */
export function scarTreatment(kind: ScarKind, seed: number, x: number, y: number): number {
  if (kind === 'none') return 0;
  if (kind === 'fut') {
    const rho = Math.sqrt(x * x + y * y);
    const thetaDeg = chartRadiusToAngle(rho) / DEG;
    const psiDeg = Math.abs(Math.atan2(x, y) / DEG);
    const wave = 1.2 * Math.sin(psiDeg * 0.21 + seed);
    const dMm = Math.abs(thetaDeg - FUT_THETA_DEG - wave) * MM_PER_DEG;
    return smooth((psiDeg - 108) / 8) * smooth((FUT_HALF_WIDTH_MM + 2.5 - dMm) / 2);
  }
  if (kind === 'fue') {
    const rho = Math.sqrt(x * x + y * y);
    const thetaDeg = chartRadiusToAngle(rho) / DEG;
    const psiDeg = Math.abs(Math.atan2(x, y) / DEG);
    return smooth((psiDeg - 96) / 10) * smooth((thetaDeg - 72) / 4) * smooth((112 - thetaDeg) / 4);
  }
  return smooth(scarAt(kind, seed, x, y) * 3);
}
