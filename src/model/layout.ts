/**
 * Procedural SMP layout: one potential impression per cell of a jittered grid on the scalp chart.
 * A cell holds a dot with probability density × skin area of the cell × coverage, so the density is
 * true per cm² of skin, whatever the chart's stretch. The result is a packed RGBA8 array, one texel
 * per cell (the shader's data texture): cell index = dot id, so the shader and the TypeScript twin
 * agree dot for dot.
 *
 * Texel: R, G = position inside the cell (high 7 bits each) and the pigment shade (the low bit of R
 * and of G: 0 base, 1 mid, 2 light); B = size (high nibble) and dose (low nibble) jitter; A = 0 for
 * no dot, else the dot's migration-susceptibility draw z as 128 + 32 z.
 */
import { createNoise2D } from 'simplex-noise';
import { type ChartGrid, readChartGrid, sampleChartGrid, skinAreaPerChartArea, chartToSurface } from './chart.ts';

import { hash32, mulberry32 } from './random.ts';
import { type HeadShape, DEFAULT_HEAD } from './head.ts';
import { SHADER_FLOATS } from './shader-constants.ts';

const INV_2_32 = 1 / 4294967296;
/** Position steps inside a cell (7 bits; the low bit of R and G holds the shade). */
const POSITION_LEVELS = SHADER_FLOATS.POSITION_LEVELS;

/**
 * Susceptibility draws are stored as a byte, 128 + 32 z; this table maps a uniform byte to the
 * byte of the standard-normal quantile at its centre, so no logarithm runs per dot.
 */
// Marked pure so a bundle that never lays out dots (the page: the worker does) drops the table.
const NORMAL_BYTE: Uint8Array = /* @__PURE__ */ (() => {
  const t = new Uint8Array(256);
  for (let k = 0; k < 256; k++) {
    const z = inverseNormalCdf((k + 0.5) / 256);
    t[k] = Math.min(255, Math.max(1, Math.round(SHADER_FLOATS.SUSC_BYTE_ZERO + SHADER_FLOATS.SUSC_BYTE_PER_UNIT * z)));
  }
  return t;
})();

/** Acklam's rational approximation of the standard-normal quantile (relative error < 1.2e-9). */
function inverseNormalCdf(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628274631];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const q = p < 0.5 ? p : 1 - p;
  let z: number;
  if (q < 0.02425) {
    const r = Math.sqrt(-2 * Math.log(q));
    z = (((((c[0]! * r + c[1]!) * r + c[2]!) * r + c[3]!) * r + c[4]!) * r + c[5]!) / ((((d[0]! * r + d[1]!) * r + d[2]!) * r + d[3]!) * r + 1);
  } else {
    const r = q - 0.5,
      s = r * r;
    z =
      ((((((a[0]! * s + a[1]!) * s + a[2]!) * s + a[3]!) * s + a[4]!) * s + a[5]!) * r) /
      (((((b[0]! * s + b[1]!) * s + b[2]!) * s + b[3]!) * s + b[4]!) * s + 1);
  }
  return p < 0.5 ? z : -z;
}
import type { Vec3 } from './vec.ts';

/** Highest probability that a cell holds a dot: below 1 so the pattern never reads as a grid. */
export const MAX_CELL_OCCUPANCY = 0.85;
/** Dots stay this share of a cell away from its sides: sets the minimum spacing. */
export const JITTER_MARGIN = SHADER_FLOATS.JITTER_MARGIN;
/** Low-frequency density variation (±), as a hand-placed pattern has. */
export const DENSITY_VARIATION = 0.08;
/**
 * Shares of the base, mid and light shades inside the design; where the design fades out (the
 * hairline's soft edge), the light shade takes over, as practitioners layer a lighter shade at
 * the edges so the line does not end in a hard dark band.
 */
export const INTERIOR_SHADE_SHARES: readonly [number, number, number] = [0.7, 0.3, 0];
/** Share of the light shade where the design's coverage reaches 0. */
const EDGE_LIGHT_SHARE = 0.75;
/** Shares of the shades at a point with design coverage c (0..1). */
export function shadeShares(c: number): [number, number, number] {
  const edge = 1 - Math.min(1, Math.max(0, c));
  const light = EDGE_LIGHT_SHARE * edge;
  const mid = INTERIOR_SHADE_SHARES[1];
  return [1 - light - mid, mid, light];
}
/** Cells a side of a block of the far-field density map. */
export const BLOCK_CELLS = 8;
export const MIN_DENSITY_PER_CM2 = 80;
export const MAX_DENSITY_PER_CM2 = 300;
export const DEFAULT_DENSITY_PER_CM2 = 150;

/** Where a layout places impressions: a chart rectangle and the share of the design density wanted at each point. */
export interface CoverageField {
  bbox: { x0: number; y0: number; x1: number; y1: number };
  /** 0..1; 0 means outside: no impression is ever placed there. */
  coverage: (x: number, y: number) => number;
}

/** The head's skin area per chart area over the field's bounding box, sampled once per head. */
export interface ScalpGeometry {
  area: ChartGrid;
  /** Largest skin area per chart area inside the region. */
  maxArea: number;
}

export function buildScalpGeometry(field: CoverageField, samples = 64, shape: HeadShape = DEFAULT_HEAD): ScalpGeometry {
  return buildGeometry(field, (x, y) => skinAreaPerChartArea(x, y, shape), samples, 0.02);
}

/**
 * The same for any chart: `areaPerChartArea` gives mm² of skin per chart unit² (on a photo's plane,
 * mm per pixel squared times the skin per pixel: src/model/photo-area.ts), sampled over the field's
 * box grown by `pad` chart units.
 */
export function buildGeometry(field: CoverageField, areaPerChartArea: (x: number, y: number) => number, samples: number, pad: number): ScalpGeometry {
  const { x0, y0, x1, y1 } = field.bbox;
  const area = sampleChartGrid(x0 - pad, y0 - pad, x1 + pad, y1 + pad, samples, areaPerChartArea);
  let maxArea = 0;
  for (let j = 0; j < area.ny; j++)
    for (let i = 0; i < area.nx; i++) {
      const x = area.x0 + i * area.step,
        y = area.y0 + j * area.step;
      const near = [0, area.step, -area.step].some((dx) => [0, area.step, -area.step].some((dy) => field.coverage(x + dx, y + dy) > 0));
      if (near) maxArea = Math.max(maxArea, area.values[j * area.nx + i]!);
    }
  return { area, maxArea };
}

export interface DotLayout {
  seed: number;
  densityPerCm2: number;
  /** Cell side in chart units. */
  cellSize: number;
  originX: number;
  originY: number;
  cols: number;
  rows: number;
  /** RGBA8, cols × rows texels. */
  cells: Uint8Array;
  count: number;
  blockCols: number;
  blockRows: number;
  /** Dots per mm² of skin in each BLOCK_CELLS × BLOCK_CELLS block: the far-field view of the layout. */
  blockDensityPerMm2: Float32Array;
}

export interface LayoutInput {
  seed: number;
  densityPerCm2: number;
  field: CoverageField;
  geometry: ScalpGeometry;
}

export function cellSizeFor(densityPerCm2: number, geometry: ScalpGeometry): number {
  return Math.sqrt(MAX_CELL_OCCUPANCY / ((densityPerCm2 / 100) * geometry.maxArea));
}

export function generateLayout({ seed, densityPerCm2, field, geometry }: LayoutInput): DotLayout {
  const h = cellSizeFor(densityPerCm2, geometry);
  const { x0, y0, x1, y1 } = field.bbox;
  const cols = Math.ceil((x1 - x0) / h) + 1;
  const rows = Math.ceil((y1 - y0) / h) + 1;
  const cells = new Uint8Array(cols * rows * 4);
  const perMm2 = densityPerCm2 / 100;

  // Expected dots per cell before the soft edge: density × skin area of the cell × noise, on a
  // coarse grid (both vary over centimetres, not cells), read back bilinearly per cell.
  const noise = createNoise2D(mulberry32(seed));
  const expected = sampleChartGrid(x0, y0, x1, y1, 64, (x, y) => {
    const n = 0.7 * noise(x * 3.2, y * 3.2) + 0.3 * noise(x * 9 + 11, y * 9 - 5);
    return perMm2 * readChartGrid(geometry.area, x, y) * h * h * (1 + DENSITY_VARIATION * n);
  });
  // Classify each coarse cell once: wholly inside (coverage 1 at its corners and its neighbours'),
  // wholly outside (0 at all of them), or near an edge, where coverage is computed exactly per dot.
  const margin = sampleChartGrid(x0, y0, x1, y1, 192, field.coverage);
  const mnx = margin.nx,
    mny = margin.ny,
    mv = margin.values;
  const zone = new Int8Array(mnx * mny);
  for (let j = 0; j < mny - 1; j++)
    for (let i = 0; i < mnx - 1; i++) {
      let lo = Infinity,
        hi = -Infinity;
      for (let jj = Math.max(0, j - 1); jj <= Math.min(mny - 1, j + 2); jj++)
        for (let ii = Math.max(0, i - 1); ii <= Math.min(mnx - 1, i + 2); ii++) {
          const v = mv[jj * mnx + ii]!;
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
      zone[j * mnx + i] = lo >= 1 ? 1 : hi <= 0 ? -1 : 0;
    }
  const span = 1 - 2 * JITTER_MARGIN;
  const seedHash = hash32(seed);

  // The loop below visits up to a few million cells: bilinear weights along x are computed once,
  // and each cell costs two hashes unless it holds a dot.
  const ex = new Int32Array(cols),
    wx = new Float32Array(cols),
    zx = new Int32Array(cols);
  for (let i = 0; i < cols; i++) {
    const f = Math.min(expected.nx - 1.000001, Math.max(0, (x0 + (i + 0.5) * h - expected.x0) / expected.step));
    ex[i] = Math.floor(f);
    wx[i] = f - Math.floor(f);
    zx[i] = Math.min(margin.nx - 2, Math.floor((x0 + (i + 0.5) * h - margin.x0) / margin.step));
  }
  const ev = expected.values,
    enx = expected.nx;
  const blockCols = Math.ceil(cols / BLOCK_CELLS),
    blockRows = Math.ceil(rows / BLOCK_CELLS);
  const blockCounts = new Uint16Array(blockCols * blockRows);
  let count = 0;
  for (let j = 0; j < rows; j++) {
    const fyc = Math.min(expected.ny - 1.000001, Math.max(0, (y0 + (j + 0.5) * h - expected.y0) / expected.step));
    const ej = Math.floor(fyc),
      ty = fyc - ej;
    const rowA = ej * enx,
      rowB = rowA + enx;
    const rowHash = hash32(Math.imul(j, 0x85ebca77) ^ seedHash);
    const blockRow = (j >> 3) * blockCols;
    const zoneRow = Math.min(margin.ny - 2, Math.floor((y0 + (j + 0.5) * h - margin.y0) / margin.step)) * margin.nx;
    for (let i = 0; i < cols; i++) {
      const z = zone[zoneRow + zx[i]!]!;
      if (z < 0) continue;
      const k = ex[i]!;
      const hh = hash32(Math.imul(i, 0x9e3779b1) ^ rowHash);
      const tx = wx[i]!;
      const top = ev[rowA + k]! + (ev[rowA + k + 1]! - ev[rowA + k]!) * tx;
      const bottom = ev[rowB + k]! + (ev[rowB + k + 1]! - ev[rowB + k]!) * tx;
      const p = top + (bottom - top) * ty;
      const u = hh * INV_2_32;
      if (u >= p) continue;
      const h1 = hash32(hh ^ 0x68e31da4);
      const px = h1 & POSITION_LEVELS,
        py = (h1 >>> 8) & POSITION_LEVELS;
      const dx = x0 + (i + JITTER_MARGIN + span * (px / POSITION_LEVELS)) * h,
        dy = y0 + (j + JITTER_MARGIN + span * (py / POSITION_LEVELS)) * h;
      // Exact coverage only where the soft edge can reach; deep inside it is 1.
      let sizeAndDose = (h1 >>> 16) & 255; // size nibble (high), dose nibble (low)
      let c = 1;
      if (z === 0) {
        c = field.coverage(dx, dy);
        if (u >= p * c) continue;
        // Finer impressions where the design fades out (the hairline's soft edge), as practitioners do.
        if (c < 1) sizeAndDose = (Math.round((sizeAndDose >> 4) * c) << 4) | (sizeAndDose & 15);
      }
      // The shade, as shadeShares(c) gives the odds; the occupancy hash's low bits are still
      // uniform given u < p (u is decided by its high bits), so no further hash is needed.
      const baseShare = c >= 1 ? INTERIOR_SHADE_SHARES[0] : 1 - INTERIOR_SHADE_SHARES[1] - EDGE_LIGHT_SHARE * (1 - c);
      const v = (hh & 65535) / 65536;
      const shade = v < baseShare ? 0 : v < baseShare + INTERIOR_SHADE_SHARES[1] ? 1 : 2;
      const o = (j * cols + i) * 4;
      cells[o] = (px << 1) | (shade & 1);
      cells[o + 1] = (py << 1) | (shade >> 1);
      cells[o + 2] = sizeAndDose;
      cells[o + 3] = NORMAL_BYTE[h1 >>> 24]!;
      blockCounts[blockRow + (i >> 3)]!++;
      count++;
    }
  }

  const blockDensityPerMm2 = new Float32Array(blockCols * blockRows);
  for (let bj = 0; bj < blockRows; bj++)
    for (let bi = 0; bi < blockCols; bi++) {
      const w = Math.min(cols, (bi + 1) * BLOCK_CELLS) - bi * BLOCK_CELLS;
      const hgt = Math.min(rows, (bj + 1) * BLOCK_CELLS) - bj * BLOCK_CELLS;
      const areaMm2 = w * hgt * h * h * readChartGrid(geometry.area, x0 + (bi * BLOCK_CELLS + w / 2) * h, y0 + (bj * BLOCK_CELLS + hgt / 2) * h);
      blockDensityPerMm2[bj * blockCols + bi] = areaMm2 > 0 ? blockCounts[bj * blockCols + bi]! / areaMm2 : 0;
    }

  return { seed, densityPerCm2, cellSize: h, originX: x0, originY: y0, cols, rows, cells, count, blockCols, blockRows, blockDensityPerMm2 };
}

export interface DotRecord {
  /** Cell index = dot id. */
  id: number;
  x: number;
  y: number;
  /** σ multiplier of the impression (needle pressure varies): 0.85..1.15. */
  sizeFactor: number;
  /** Dose multiplier (shade jitter): 0.88..1.12. */
  doseFactor: number;
  /** Standard-normal migration-susceptibility draw. */
  susceptibilityZ: number;
  /** Pigment shade: 0 base, 1 mid, 2 light. */
  shade: 0 | 1 | 2;
}

/** Decodes a texel exactly as the shader does. */
export function decodeDot(layout: DotLayout, id: number): DotRecord | null {
  const o = id * 4;
  const a = layout.cells[o + 3]!;
  if (a === 0) return null;
  const i = id % layout.cols,
    j = Math.floor(id / layout.cols);
  const span = 1 - 2 * JITTER_MARGIN;
  const b = layout.cells[o + 2]!;
  return {
    id,
    x: layout.originX + (i + JITTER_MARGIN + span * ((layout.cells[o]! >> 1) / POSITION_LEVELS)) * layout.cellSize,
    y: layout.originY + (j + JITTER_MARGIN + span * ((layout.cells[o + 1]! >> 1) / POSITION_LEVELS)) * layout.cellSize,
    sizeFactor: SHADER_FLOATS.SIZE_FACTOR_BASE + SHADER_FLOATS.SIZE_FACTOR_STEP * (b >> 4),
    doseFactor: SHADER_FLOATS.DOSE_FACTOR_BASE + SHADER_FLOATS.DOSE_FACTOR_STEP * (b & 15),
    susceptibilityZ: (a - SHADER_FLOATS.SUSC_BYTE_ZERO) / SHADER_FLOATS.SUSC_BYTE_PER_UNIT,
    shade: Math.min(2, (layout.cells[o]! & 1) | ((layout.cells[o + 1]! & 1) << 1)) as 0 | 1 | 2,
  };
}

export function* dots(layout: DotLayout): Generator<DotRecord> {
  const n = layout.cols * layout.rows;
  for (let id = 0; id < n; id++) {
    const d = decodeDot(layout, id);
    if (d) yield d;
  }
}

/** Skin position (mm) of a dot. */
export function dotSurfacePoint(d: DotRecord): Vec3 {
  return chartToSurface(d.x, d.y);
}
