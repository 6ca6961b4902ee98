/**
 * The TypeScript twin of the scalp shader (src/model/dot-field.ts, the session-class hash, the
 * texel decoding) proven against the real shader's pixels: known layouts on a flat patch of skin,
 * drawn by the scalp material in Chromium (test/browser/twin/), read back with readPixels and
 * compared with the twin at every pixel, within 2/255.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  type Conditions, type DotLayout, CHART_AXIS, DAYS_PER_YEAR, DEFAULT_PLAN, SHADER_FLOATS, chartToDirection, decodeDot, dotTransmittance,
  linearToSrgb, maxPoolSigma2, planOptics, planOpticsTailAreaMm2, resolveConditions, sessionClassOfCell, srgbToLinear,
} from '../../src/model/index.ts';
import { NEAR_MM } from '../../src/render/scalp-material.ts';
import { ROOT, artifactPath, launch, serveDir } from './harness.ts';
import type { PatchPixels, PatchSpec } from './twin/twin-page.ts';

const RADIUS_MM = 100;
/** Cell side in chart units: at R = 100 mm a chart unit near the axis is 100 mm of skin. */
const CELL_MM = 0.6;

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  const outDir = artifactPath('twin-dist');
  await build({ configFile: false, root: join(ROOT, 'test/browser/twin'), base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true, target: 'es2022' } });
  server = await serveDir(outDir);
  browser = await launch();
  page = await browser.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await page.waitForFunction(() => (window as unknown as { twin?: { ready: boolean } }).twin?.ready === true);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Impression { col: number; row: number; px: number; py: number; shade: 0 | 1 | 2; size: number; dose: number; zByte: number }

/** A 5 × 5-cell layout centred on the chart's axis holding the given impressions. */
function layoutOf(dots: Impression[]): DotLayout {
  const cols = 5, rows = 5;
  const cellSize = CELL_MM / RADIUS_MM;
  const cells = new Uint8Array(cols * rows * 4);
  for (const d of dots) {
    const o = (d.row * cols + d.col) * 4;
    cells[o] = (d.px << 1) | (d.shade & 1);
    cells[o + 1] = (d.py << 1) | (d.shade >> 1);
    cells[o + 2] = (d.size << 4) | d.dose;
    cells[o + 3] = d.zByte;
  }
  const densityPerMm2 = dots.length / (cols * rows * CELL_MM * CELL_MM);
  return {
    seed: 0, densityPerCm2: 150, cellSize, originX: -2.5 * cellSize, originY: -2.5 * cellSize, cols, rows, cells, count: dots.length,
    blockCols: 1, blockRows: 1, blockDensityPerMm2: Float32Array.of(densityPerMm2),
  };
}

interface Case { layout: DotLayout; conditions: Partial<Conditions>; years: number; shades: [number, number, number] }

/** What the twin says the shader draws: transmittance per pixel (and erythema where needled). */
function twinImage(k: Case, px: PatchPixels, sideMm: number, sidePx: number): { image: Float64Array; wide: boolean } {
  const c = resolveConditions(k.conditions);
  const p = planOptics(c, DEFAULT_PLAN, k.years * DAYS_PER_YEAR);
  const pixelMm = sideMm / sidePx;
  const pixel2 = (0.42 * pixelMm) ** 2;
  let reach2 = 0;
  p.classes.forEach((o, i) => { if (p.shares[i]! > 0) reach2 = Math.max(reach2, maxPoolSigma2(o, c.oil)); });
  reach2 = Math.max(reach2, p.classes[0]!.healedSigmaMm ** 2);
  const wide = SHADER_FLOATS.REACH_SIGMAS * Math.sqrt(reach2) > NEAR_MM;
  const density = k.layout.blockDensityPerMm2[0]!;
  const tail = wide ? planOpticsTailAreaMm2(p, k.shades, c.oil, NEAR_MM) : [0, 0, 0];
  const needled = Math.min(1, density / (k.layout.densityPerCm2 / 100));
  const axis = CHART_AXIS;
  const dots = [];
  for (let id = 0; id < k.layout.cols * k.layout.rows; id++) {
    const d = decodeDot(k.layout, id);
    if (!d) continue;
    const cls = sessionClassOfCell(id % k.layout.cols, Math.floor(id / k.layout.cols), p.shares);
    if (cls < 0) continue;
    const w = chartToDirection(d.x, d.y);
    const s = RADIUS_MM / (w[0] * axis[0] + w[1] * axis[1] + w[2] * axis[2]);
    dots.push({ at: [w[0] * s, w[1] * s, w[2] * s], o: p.classes[cls]!, shape: { sizeFactor: d.sizeFactor, doseFactor: d.doseFactor * k.shades[d.shade]!, susceptibilityZ: d.susceptibilityZ } });
  }
  const out = new Float64Array(sidePx * sidePx * 3);
  for (let j = 0; j < sidePx; j++) for (let i = 0; i < sidePx; i++) {
    const a = -sideMm / 2 + (i + 0.5) * pixelMm, b = -sideMm / 2 + (j + 0.5) * pixelMm;
    const q = [0, 1, 2].map((n) => px.centre[n]! + px.right[n]! * a + px.up[n]! * b);
    const t = [1, 1, 1];
    for (const d of dots) {
      const r2 = (d.at[0]! - q[0]!) ** 2 + (d.at[1]! - q[1]!) ** 2 + (d.at[2]! - q[2]!) ** 2;
      if (wide && r2 > NEAR_MM * NEAR_MM) continue;
      const dt = dotTransmittance(d.o, d.shape, c.oil, r2, pixel2);
      for (let n = 0; n < 3; n++) t[n]! *= dt[n]!;
    }
    for (let n = 0; n < 3; n++) out[(j * sidePx + i) * 3 + n] = t[n]! * Math.exp(-density * tail[n]!) * (1 + (p.skinTint[n]! - 1) * needled);
  }
  return { image: out, wide };
}

async function check(name: string, k: Case, sideMm = 2.4, sidePx = 160): Promise<{ darkest: number; wide: boolean; profile: string }> {
  const spec: PatchSpec = {
    layout: { ...k.layout, cells: Array.from(k.layout.cells), blockDensityPerMm2: Array.from(k.layout.blockDensityPerMm2) },
    conditions: k.conditions, years: k.years, skinTone: 3, shades: k.shades, sideMm, sidePx, radiusMm: RADIUS_MM,
  };
  const px = await page.evaluate((s) => (window as unknown as { twin: { render(s: PatchSpec): PatchPixels } }).twin.render(s), spec);
  const { image: twin, wide } = twinImage(k, px, sideMm, sidePx);
  let worst = 0, darkest = 1;
  for (let n = 0; n < sidePx * sidePx; n++) for (let ch = 0; ch < 3; ch++) {
    const off = px.off[n * 4 + ch]!, on = px.on[n * 4 + ch]!;
    const want = Math.round(255 * linearToSrgb(srgbToLinear(off / 255) * twin[n * 3 + ch]!));
    worst = Math.max(worst, Math.abs(on - want));
    if (ch === 1) darkest = Math.min(darkest, twin[n * 3 + ch]!);
  }
  // A profile through the middle row, for the record (green transmittance, shader vs twin).
  const row = Math.floor(sidePx / 2);
  const profile = [0, 0.1, 0.2, 0.3, 0.45, 0.6].map((f) => {
    const i = Math.min(sidePx - 1, Math.floor(sidePx / 2 + f * sidePx / 2));
    const n = row * sidePx + i;
    return `${((i + 0.5) * sideMm / sidePx - sideMm / 2).toFixed(2)} mm: ${(srgbToLinear(px.on[n * 4 + 1]! / 255) / srgbToLinear(px.off[n * 4 + 1]! / 255)).toFixed(3)} / ${twin[n * 3 + 1]!.toFixed(3)}`;
  }).join(', ');
  process.stdout.write(`twin ${name}: largest difference ${worst}/255; middle row ${profile}\n`);
  expect(worst, name).toBeLessThanOrEqual(2);
  return { darkest, wide, profile };
}

const dot = (col: number, row: number, px = 64, py = 64, extra: Partial<Impression> = {}): Impression =>
  ({ col, row, px, py, shade: 0, size: 8, dose: 8, zByte: 128, ...extra });

describe('the scalp shader against its TypeScript twin', () => {
  it('one healed dot', async () => {
    const { darkest } = await check('one dot, 1 year', { layout: layoutOf([dot(2, 2)]), conditions: {}, years: 1, shades: [1, 1, 1] });
    expect(darkest).toBeLessThan(0.6); // the dot is really there
  });

  it('a few dots of different shade, size, dose and susceptibility, overlapping, in different session classes', async () => {
    const layout = layoutOf([
      dot(2, 2, 20, 100), dot(3, 2, 5, 90, { shade: 1, size: 15, dose: 0 }), dot(2, 1, 110, 120, { shade: 2, size: 0, dose: 15, zByte: 200 }),
      dot(1, 2, 127, 40, { zByte: 40 }), dot(3, 3, 0, 0, { size: 3, dose: 12, zByte: 160 }),
    ]);
    const { darkest } = await check('a few dots, 3 years, oil 0.7', { layout, conditions: { oil: 0.7 }, years: 3, shades: [0.9, 0.7, 0.52] });
    expect(darkest).toBeLessThan(0.6);
  });

  it('blurred old dots: 10 years on an oily scalp, and 20 years oily, sunny and deep (the haze drawn as a field)', async () => {
    const layout = layoutOf([dot(2, 2, 64, 64, { zByte: 170 }), dot(3, 2, 30, 70, { zByte: 100 })]);
    const tenYears = await check('blurred old dots, 10 years, oil 1', { layout, conditions: { oil: 1 }, years: 10, shades: [1, 1, 1] }, 3, 160);
    expect(tenYears.darkest).toBeLessThan(0.9);
    const twenty = await check('blurred old dots, 20 years, oil 1, sun 0.8, 0.6 mm deep', { layout, conditions: { oil: 1, sun: 0.8, depthMm: 0.6 }, years: 20, shades: [1, 1, 1] }, 4, 160);
    expect(twenty.darkest).toBeLessThan(0.995);
    expect(twenty.wide).toBe(true);
  });

  it('a fresh dot, day 2, with the erythema of the needle', async () => {
    const layout = layoutOf([dot(2, 2), dot(1, 2, 90, 10), dot(2, 3, 10, 10), dot(3, 3, 60, 60)]);
    const { darkest } = await check('fresh dots, day 2', { layout, conditions: {}, years: 2 / DAYS_PER_YEAR, shades: [1, 1, 1] });
    expect(darkest).toBeLessThan(0.6);
  });

  it('drew without errors', () => {
    expect(errors).toEqual([]);
  });
});
