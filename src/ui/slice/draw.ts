/**
 * Draws the cross-section (issue 16) on a 2D canvas, to scale: the skin's layers and structures,
 * the model's pigment particles (src/model/slice.ts) and the reference's photon paths
 * (src/model/slice-light.ts). Anatomy is drawn from fixed figures, each said where it is set; the
 * particles and paths are the model's, placed where it puts them.
 */
import { type Slice, FOLLICLE_X_MM, SLICE_DEPTH_MM, SLICE_WIDTH_MM } from '../../model/slice.ts';
import { EPIDERMIS_MM, PAPILLARY_DERMIS_MM } from '../../model/light/skin.ts';
import { SHAFT_DIAMETER_MM } from '../../model/hair.ts';
import { mulberry32 } from '../../model/random.ts';

/** Air drawn above the surface (mm): room for the scab, the sebum film and a shaved hair's stub. */
export const AIR_MM = 0.35;
/** The scalp's stratum corneum: 10–20 µm (drawn at 15 µm). */
export const CORNEUM_MM = 0.015;
/** Bottom of the dermis: the scalp's dermis is thick, about 1.5–2 mm; drawn at 1.9 mm. */
export const DERMIS_BOTTOM_MM = 1.9;
/** The follicle as the slice cuts it: a 45° follicle (hair.ts) seen at about 70° in this plane, its bulb at the subcutis's top. */
const FOLLICLE_SLOPE = 1 / Math.tan((70 * Math.PI) / 180);
export const BULB_DEPTH_MM = 2.25;
/** The sebaceous gland opens into the follicle 0.45–0.8 mm down (the upper third of a scalp follicle). */
export const GLAND_DEPTH_MM: readonly [number, number] = [0.45, 0.8];
/** Depth of the superficial vascular plexus (at the papillary–reticular border) and of the deep one. */
const PLEXUS_MM: readonly [number, number] = [0.3, 1.85];

export interface SliceLook {
  slice: Slice;
  depthMm: number;
  oil: number;
  melanin: number;
  skinHex: string;
  hairHex: string;
  stubbleMm: number;
  /** Erythema 0–1 (the skin's redness after a session). */
  erythema: number;
  inkHex: string;
  seed: number;
  /** x (mm) of the impression the light falls on. */
  lightXMm: number;
}

/** Where a structure is, for its label's leader line (mm, x across, z down). */
export interface Anchor {
  xMm: number;
  zMm: number;
}

export const follicleX = (zMm: number): number => FOLLICLE_X_MM + FOLLICLE_SLOPE * zMm;

/** The superficial plexus's small vessels (cut across), placed by the seed away from the follicle. */
export function vesselSpots(seed: number): Anchor[] {
  const rand = mulberry32(seed ^ 0x5eed);
  const spots: Anchor[] = [];
  for (let x = 0.35; x < SLICE_WIDTH_MM - 0.2; x += 0.7 + 0.3 * rand()) spots.push({ xMm: x, zMm: PLEXUS_MM[0] + 0.04 * (rand() - 0.5) });
  return spots;
}

const mix = (a: string, b: string, t: number): string => {
  const p = (h: string, i: number): number => parseInt(h.slice(1 + 2 * i, 3 + 2 * i), 16);
  const c = [0, 1, 2].map((i) => Math.round(p(a, i) + (p(b, i) - p(a, i)) * t));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
};

/** Draws the slice, skin and ink, into a canvas of `w` × sliceHeightFor(w) device pixels. */
export function drawSlice(ctx: CanvasRenderingContext2D, look: SliceLook, w: number): void {
  const s = w / SLICE_WIDTH_MM;
  const h = Math.round((SLICE_DEPTH_MM + AIR_MM) * s);
  const X = (x: number): number => x * s;
  const Y = (z: number): number => (z + AIR_MM) * s;
  const px = Math.max(1, w / 900);
  ctx.save();
  ctx.clearRect(0, 0, w, h);
  // Air.
  ctx.fillStyle = '#1c2026';
  ctx.fillRect(0, 0, w, Y(0));

  // Subcutis: fat lobules in their septa.
  ctx.fillStyle = '#dcb49c';
  ctx.fillRect(0, Y(DERMIS_BOTTOM_MM), w, h - Y(DERMIS_BOTTOM_MM));
  const rand = mulberry32(look.seed ^ 0xfa7);
  ctx.fillStyle = '#f4df9f';
  for (let x = 0.1; x < SLICE_WIDTH_MM + 0.2; x += 0.3 + 0.1 * rand())
    for (let z = DERMIS_BOTTOM_MM + 0.12; z < SLICE_DEPTH_MM + 0.2; z += 0.26 + 0.06 * rand()) {
      ctx.beginPath();
      ctx.ellipse(X(x + 0.04 * (rand() - 0.5)), Y(z), 0.13 * s, 0.11 * s, rand() * Math.PI, 0, 2 * Math.PI);
      ctx.fill();
    }

  // Reticular dermis, with coarse collagen bundles.
  const red = look.erythema;
  ctx.fillStyle = mix('#e0a398', '#e88478', 0.4 * red);
  ctx.fillRect(0, Y(EPIDERMIS_MM), w, Y(DERMIS_BOTTOM_MM) - Y(EPIDERMIS_MM));
  ctx.strokeStyle = 'rgba(255, 235, 225, 0.35)';
  ctx.lineWidth = 1.5 * px;
  for (let z = EPIDERMIS_MM + PAPILLARY_DERMIS_MM + 0.1; z < DERMIS_BOTTOM_MM - 0.05; z += 0.16) {
    ctx.beginPath();
    const phase = rand() * 6;
    for (let x = 0; x <= SLICE_WIDTH_MM; x += 0.1) ctx.lineTo(X(x), Y(z + 0.025 * Math.sin(phase + x * 3.1)));
    ctx.stroke();
  }
  // Deep vessels at the dermis's bottom.
  for (let x = 0.6; x < SLICE_WIDTH_MM; x += 1.1 + 0.4 * rand()) {
    ctx.fillStyle = rand() < 0.5 ? '#a81f2c' : '#7a1f3c';
    ctx.beginPath();
    ctx.ellipse(X(x), Y(PLEXUS_MM[1]), 0.07 * s, 0.045 * s, 0, 0, 2 * Math.PI);
    ctx.fill();
  }

  // Papillary dermis: finer, looser, redder; its top is the wavy junction (dermal papillae).
  const junction = (x: number): number => EPIDERMIS_MM + 0.025 * Math.sin(x * ((2 * Math.PI) / 0.14));
  ctx.fillStyle = mix('#efbcb1', '#f0786c', 0.6 * red);
  ctx.beginPath();
  ctx.moveTo(0, Y(EPIDERMIS_MM + PAPILLARY_DERMIS_MM));
  for (let x = 0; x <= SLICE_WIDTH_MM + 0.01; x += 0.01) ctx.lineTo(X(x), Y(junction(x)));
  ctx.lineTo(w, Y(EPIDERMIS_MM + PAPILLARY_DERMIS_MM));
  ctx.closePath();
  ctx.fill();
  // Capillary loops rise into the papillae.
  ctx.strokeStyle = '#c7323a';
  ctx.lineWidth = 1.2 * px;
  for (let k = 0; k * 0.14 < SLICE_WIDTH_MM; k++) {
    const x = (k + 0.25) * 0.14;
    ctx.beginPath();
    ctx.moveTo(X(x - 0.015), Y(EPIDERMIS_MM + 0.12));
    ctx.quadraticCurveTo(X(x), Y(EPIDERMIS_MM - 0.03), X(x + 0.015), Y(EPIDERMIS_MM + 0.12));
    ctx.stroke();
  }
  for (const v of vesselSpots(look.seed)) {
    ctx.fillStyle = '#b3242d';
    ctx.beginPath();
    ctx.ellipse(X(v.xMm), Y(v.zMm), 0.03 * s, 0.022 * s, 0, 0, 2 * Math.PI);
    ctx.fill();
  }

  // Epidermis, coloured by the tone's skin, with melanin in its basal layer.
  ctx.fillStyle = mix('#f3d9cb', look.skinHex, 0.6);
  ctx.beginPath();
  ctx.moveTo(0, Y(0));
  ctx.lineTo(w, Y(0));
  for (let x = SLICE_WIDTH_MM; x >= -0.01; x -= 0.01) ctx.lineTo(X(x), Y(junction(x)));
  ctx.closePath();
  ctx.fill();
  // Melanin granules: as many as the tone's melanin (3000 per mm of slice per unit volume fraction).
  ctx.fillStyle = '#4a2e1c';
  const granules = Math.round(3000 * look.melanin * SLICE_WIDTH_MM);
  for (let i = 0; i < granules; i++) {
    const x = rand() * SLICE_WIDTH_MM;
    const z = junction(x) - 0.008 - 0.03 * rand() ** 2;
    ctx.fillRect(X(x), Y(z), 1.6 * px, 1.6 * px);
  }
  // Stratum corneum.
  ctx.fillStyle = '#f6eadb';
  ctx.fillRect(0, Y(0), w, Math.max(1.5 * px, CORNEUM_MM * s));

  // The follicle: its sheath, bulb, the shaft through it and out into the air.
  const fx = follicleX;
  ctx.lineCap = 'round';
  ctx.strokeStyle = '#c98f7e';
  ctx.lineWidth = 0.16 * s;
  ctx.beginPath();
  ctx.moveTo(X(fx(0)), Y(0));
  ctx.lineTo(X(fx(BULB_DEPTH_MM)), Y(BULB_DEPTH_MM));
  ctx.stroke();
  ctx.strokeStyle = '#f2cbb8';
  ctx.lineWidth = 0.12 * s;
  ctx.stroke();
  ctx.fillStyle = '#d3937f';
  ctx.beginPath();
  ctx.ellipse(X(fx(BULB_DEPTH_MM)), Y(BULB_DEPTH_MM), 0.11 * s, 0.13 * s, 0, 0, 2 * Math.PI);
  ctx.fill();
  // Sebaceous gland: lobes on the follicle's upper side, larger on an oily scalp.
  const lobe = 0.1 * (0.7 + 0.6 * look.oil);
  ctx.fillStyle = '#f6e2a0';
  ctx.strokeStyle = '#c9a24e';
  ctx.lineWidth = 1.2 * px;
  for (const [dz, dx] of [
    [0.06, -0.1],
    [0.18, -0.2],
    [0.3, -0.1],
  ] as const) {
    const z = GLAND_DEPTH_MM[0] + dz;
    ctx.beginPath();
    ctx.arc(X(fx(z) + dx - lobe * 0.5), Y(z), lobe * s, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
  // The shaft, up from the bulb and out of the skin at the follicle's angle (the stubble's length along it).
  ctx.strokeStyle = look.hairHex;
  ctx.lineWidth = Math.max(1.5 * px, SHAFT_DIAMETER_MM * s);
  const out = Math.min(look.stubbleMm * Math.cos(Math.atan(FOLLICLE_SLOPE)), AIR_MM - 0.03);
  ctx.beginPath();
  ctx.moveTo(X(fx(BULB_DEPTH_MM - 0.05)), Y(BULB_DEPTH_MM - 0.05));
  ctx.lineTo(X(fx(-out)), Y(-out));
  ctx.stroke();

  // Sebum on the surface: a film as thick as the scalp is oily.
  ctx.fillStyle = 'rgba(246, 228, 160, 0.85)';
  const film = Math.max(1.5 * px, (0.004 + 0.014 * look.oil) * s);
  ctx.fillRect(0, Y(0) - film, w, film);

  // The ink. Transient particles first (a scab over the sites that still shed).
  const parts = look.slice.particles;
  const shedding = new Map<number, number>();
  for (const p of parts) if (p.kind === 'transient') shedding.set(p.site, (shedding.get(p.site) ?? 0) + 1);
  ctx.fillStyle = '#6b2a1d';
  for (const [site, n] of shedding) {
    const x = look.slice.sites[site]!.xMm;
    const t = Math.min(0.06, 0.0004 * n);
    ctx.beginPath();
    ctx.ellipse(X(x), Y(-t / 2), 0.16 * s, (t / 2) * s + px, 0, 0, 2 * Math.PI);
    ctx.fill();
  }
  // Macrophages: a pale cell body under each retained particle; close particles merge into cells.
  ctx.fillStyle = 'rgba(205, 215, 232, 0.5)';
  for (const p of parts) {
    if (p.kind !== 'retained' && p.kind !== 'halo') continue;
    ctx.beginPath();
    ctx.arc(X(p.xMm), Y(p.zMm), 0.012 * s, 0, 2 * Math.PI);
    ctx.fill();
  }
  const r = Math.max(1.2 * px, 0.0065 * s);
  for (const p of parts) {
    const x = X(p.xMm),
      y = Y(p.zMm);
    if (p.kind === 'broken') {
      // Shattered: three specks a particle's width apart, fainter.
      ctx.fillStyle = look.inkHex;
      ctx.globalAlpha = 0.75;
      ctx.fillRect(x - r, y, r, r);
      ctx.fillRect(x + r, y - r, r, r);
      ctx.fillRect(x, y + r, r, r);
      ctx.globalAlpha = 1;
      continue;
    }
    ctx.fillStyle = look.inkHex;
    ctx.globalAlpha = p.kind === 'transient' ? 0.8 : 1;
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.globalAlpha = 1;

  // Scale bar (1 mm) and depth ticks every half millimetre.
  ctx.fillStyle = '#ffffff';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 3 * px;
  const by = h - 0.12 * s;
  ctx.beginPath();
  ctx.moveTo(X(0.15), by);
  ctx.lineTo(X(1.15), by);
  ctx.moveTo(X(0.15), by - 0.04 * s);
  ctx.lineTo(X(0.15), by + 0.04 * s);
  ctx.moveTo(X(1.15), by - 0.04 * s);
  ctx.lineTo(X(1.15), by + 0.04 * s);
  ctx.stroke();
  ctx.lineWidth = 1.5 * px;
  for (let z = 0.5; z < SLICE_DEPTH_MM; z += 0.5) {
    ctx.beginPath();
    ctx.moveTo(0, Y(z));
    ctx.lineTo(0.08 * s, Y(z));
    ctx.stroke();
  }
  ctx.restore();
}

/** Canvas height for a width, device pixels. */
export const sliceHeightFor = (w: number): number => Math.round(((SLICE_DEPTH_MM + AIR_MM) / SLICE_WIDTH_MM) * w);
