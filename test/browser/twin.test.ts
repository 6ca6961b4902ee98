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
  type Conditions,
  type DotLayout,
  type HairColour,
  type StubbleUnit,
  type Vec3,
  CHART_AXIS,
  DAYS_PER_YEAR,
  DEFAULT_PLAN,
  HAIR_GROWTH_DIRECTION,
  chartToDirection,
  decodeDot,
  dotTransmittance,
  MEAN_HAIRS_PER_UNIT,
  BLOCK_CELLS,
  mulberry32,
  pigmentShades,
  INTERIOR_SHADE_SHARES,
  FOLLICULAR_UNITS_PER_CM2,
  planOpticsFarAreaMm2,
  stubbleMeanReflectance,
  hexToLinear,
  monkHex,
  linearToSrgb,
  planNearField,
  planOptics,
  nearWindowInvSigma2,
  nearReachMm,
  nearWindowRemainderMm2,
  resolveConditions,
  sessionClassOfCell,
  srgbToLinear,
  stubbleAt,
  stubbleOptics,
} from '../../src/model/index.ts';
import { ROOT, artifactPath, labOf, launch, serveDir } from './harness.ts';
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
  await build({
    configFile: false,
    root: join(ROOT, 'test/browser/twin'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  });
  server = await serveDir(outDir);
  browser = await launch();
  page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await page.waitForFunction(() => (window as unknown as { twin?: { ready: boolean } }).twin?.ready === true);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Impression {
  col: number;
  row: number;
  px: number;
  py: number;
  shade: 0 | 1 | 2;
  size: number;
  dose: number;
  zByte: number;
}

/** An n × n-cell layout (5 × 5 unless said) centred on the chart's axis holding the given impressions (or follicular units). */
function layoutOf(dots: Impression[], cellMm = CELL_MM, n = 5): DotLayout {
  const cols = n,
    rows = n;
  const cellSize = cellMm / RADIUS_MM;
  const cells = new Uint8Array(cols * rows * 4);
  for (const d of dots) {
    const o = (d.row * cols + d.col) * 4;
    cells[o] = (d.px << 1) | (d.shade & 1);
    cells[o + 1] = (d.py << 1) | (d.shade >> 1);
    cells[o + 2] = (d.size << 4) | d.dose;
    cells[o + 3] = d.zByte;
  }
  const densityPerMm2 = dots.length / (cols * rows * cellMm * cellMm);
  return {
    seed: 0,
    densityPerCm2: 150,
    cellSize,
    originX: (-n / 2) * cellSize,
    originY: (-n / 2) * cellSize,
    cols,
    rows,
    cells,
    count: dots.length,
    // one density block per BLOCK_CELLS × BLOCK_CELLS cells, as layouts have them
    blockCols: Math.ceil(n / BLOCK_CELLS),
    blockRows: Math.ceil(n / BLOCK_CELLS),
    blockDensityPerMm2: new Float32Array(Math.ceil(n / BLOCK_CELLS) ** 2).fill(densityPerMm2),
  };
}

interface Case {
  layout?: DotLayout;
  hair?: { layout: DotLayout; stubbleMm: number; colour: HairColour };
  conditions: Partial<Conditions>;
  years: number;
  shades: [number, number, number];
}

/** Where the shader puts a layout's impression or unit on the patch: its chart point projected onto the plane. */
function onPlane(l: DotLayout, id: number): { at: Vec3; d: NonNullable<ReturnType<typeof decodeDot>> } | null {
  const d = decodeDot(l, id);
  if (!d) return null;
  const w = chartToDirection(d.x, d.y);
  const s = RADIUS_MM / (w[0] * CHART_AXIS[0] + w[1] * CHART_AXIS[1] + w[2] * CHART_AXIS[2]);
  return { at: [w[0] * s, w[1] * s, w[2] * s], d };
}

/**
 * What the twins say the shader draws, per pixel and channel: the skin's colour is multiplied by
 * `mul` (the dots' transmittance, erythema where needled, the hair under the skin and the shafts'
 * cover) and `add` is added (the shafts' own colour).
 */
function twinImage(k: Case, px: PatchPixels, sideMm: number, sidePx: number): { mul: Float64Array; add: Float64Array; wide: boolean } {
  const c = resolveConditions(k.conditions);
  const p = planOptics(c, DEFAULT_PLAN, k.years * DAYS_PER_YEAR);
  const pixelMm = sideMm / sidePx;
  const pixel2 = (0.42 * pixelMm) ** 2;
  const near = planNearField(p, k.shades, c.oil);
  const density = k.layout?.blockDensityPerMm2[0] ?? 0;
  let wide = false;
  const needled = k.layout ? Math.min(1, density / (k.layout.densityPerCm2 / 100)) : 0;
  const dots = [];
  const units: StubbleUnit[] = [];
  for (let id = 0; k.layout && id < k.layout.cols * k.layout.rows; id++) {
    const placed = onPlane(k.layout, id);
    const cls = sessionClassOfCell(id % k.layout.cols, Math.floor(id / k.layout.cols), p.shares);
    if (!placed || cls < 0) continue;
    const { at, d } = placed;
    dots.push({
      at,
      o: p.classes[cls]!,
      shape: { sizeFactor: d.sizeFactor, doseFactor: d.doseFactor * k.shades[d.shade]!, susceptibilityZ: d.susceptibilityZ },
    });
  }
  for (let id = 0; k.hair && id < k.hair.layout.cols * k.hair.layout.rows; id++) {
    const placed = onPlane(k.hair.layout, id);
    if (placed) units.push({ at: placed.at, b: k.hair.layout.cells[id * 4 + 2]!, a8: k.hair.layout.cells[id * 4 + 3]! });
  }
  const stubble = k.hair ? stubbleOptics(k.hair.stubbleMm, k.hair.colour) : null;
  const unitDensity = k.hair?.layout.blockDensityPerMm2[0] ?? 0;
  const mul = new Float64Array(sidePx * sidePx * 3),
    add = new Float64Array(sidePx * sidePx * 3);
  for (let j = 0; j < sidePx; j++)
    for (let i = 0; i < sidePx; i++) {
      const a = -sideMm / 2 + (i + 0.5) * pixelMm,
        b = -sideMm / 2 + (j + 0.5) * pixelMm;
      const q = [0, 1, 2].map((n) => px.centre[n]! + px.right[n]! * a + px.up[n]! * b);
      const t = [1, 1, 1];
      // The near window, from the dots' spacing here.
      const invW2 = k.layout ? nearWindowInvSigma2(near.coreSigma2Mm2, 1 / Math.sqrt(Math.max(density, 1e-3))) : 0;
      if (invW2 > 0) wide = true;
      const reach = nearReachMm(near.maxReach2Mm2, invW2, pixel2);
      for (const d of near.maxReach2Mm2 > 0 ? dots : []) {
        const r2 = (d.at[0]! - q[0]!) ** 2 + (d.at[1]! - q[1]!) ** 2 + (d.at[2]! - q[2]!) ** 2;
        if (r2 > reach * reach) continue;
        const dt = dotTransmittance(d.o, d.shape, c.oil, r2, pixel2, invW2, near.widenMax);
        for (let n = 0; n < 3; n++) t[n]! *= dt[n]!;
      }
      const windowed = nearWindowRemainderMm2(near.coreAreaMm2, near.coreSigma2Mm2, invW2);
      const hair = stubble && stubbleAt(stubble, units, q as unknown as Vec3, CHART_AXIS, HAIR_GROWTH_DIRECTION, pixel2);
      for (let n = 0; n < 3; n++) {
        const at = (j * sidePx + i) * 3 + n;
        // What the near window takes and the wide part of every dot's shadow, and the deeper shafts' shadow, are fields.
        const field =
          Math.exp(-density * (windowed[n]! + near.wideAreaMm2[n]!)) *
          (stubble ? Math.exp(-unitDensity * MEAN_HAIRS_PER_UNIT * stubble.subsurfaceFieldMm2[n]!) : 1);
        mul[at] = t[n]! * field * (1 + (p.skinTint[n]! - 1) * needled) * (hair ? hair.under[n]! * (1 - hair.coverage) : 1);
        add[at] = hair ? hair.colour[n]! : 0;
      }
    }
  return { mul, add, wide };
}

/** A standard normal draw (Box–Muller) from a uniform generator. */
const normal = (rand: () => number): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());

/** CIEDE2000 colour difference (Sharma, Wu and Dalal 2005, with their test data's conventions). */
function deltaE2000([L1, a1, b1]: readonly number[], [L2, a2, b2]: readonly number[]): number {
  const rad = Math.PI / 180;
  const C1 = Math.hypot(a1!, b1!),
    C2 = Math.hypot(a2!, b2!),
    Cm = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cm ** 7 / (Cm ** 7 + 25 ** 7)));
  const a1p = (1 + G) * a1!,
    a2p = (1 + G) * a2!;
  const C1p = Math.hypot(a1p, b1!),
    C2p = Math.hypot(a2p, b2!);
  const h = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const h1p = h(b1!, a1p),
    h2p = h(b2!, a2p);
  const dLp = L2! - L1!,
    dCp = C2p - C1p;
  let dhp = C1p * C2p === 0 ? 0 : h2p - h1p;
  if (dhp > 180) dhp -= 360;
  else if (dhp < -180) dhp += 360;
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * rad);
  const Lm = (L1! + L2!) / 2,
    Cmp = (C1p + C2p) / 2;
  let hm = h1p + h2p;
  if (C1p * C2p !== 0) hm = Math.abs(h1p - h2p) <= 180 ? hm / 2 : hm < 360 ? (hm + 360) / 2 : (hm - 360) / 2;
  const T = 1 - 0.17 * Math.cos((hm - 30) * rad) + 0.24 * Math.cos(2 * hm * rad) + 0.32 * Math.cos((3 * hm + 6) * rad) - 0.2 * Math.cos((4 * hm - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hm - 275) / 25) ** 2));
  const Rc = 2 * Math.sqrt(Cmp ** 7 / (Cmp ** 7 + 25 ** 7));
  const Sl = 1 + (0.015 * (Lm - 50) ** 2) / Math.sqrt(20 + (Lm - 50) ** 2),
    Sc = 1 + 0.045 * Cmp,
    Sh = 1 + 0.015 * Cmp * T;
  const Rt = -Math.sin(2 * dTheta * rad) * Rc;
  return Math.sqrt((dLp / Sl) ** 2 + (dCp / Sc) ** 2 + (dHp / Sh) ** 2 + Rt * (dCp / Sc) * (dHp / Sh));
}

const json = (l: DotLayout) => ({ ...l, cells: Array.from(l.cells), blockDensityPerMm2: Array.from(l.blockDensityPerMm2) });

async function check(name: string, k: Case, sideMm = 2.4, sidePx = 160): Promise<{ darkest: number; wide: boolean; profile: string }> {
  const spec: PatchSpec = {
    ...(k.layout ? { layout: json(k.layout) } : {}),
    ...(k.hair ? { hair: { ...k.hair, layout: json(k.hair.layout) } } : {}),
    conditions: k.conditions,
    years: k.years,
    skinTone: 3,
    shades: k.shades,
    sideMm,
    sidePx,
    radiusMm: RADIUS_MM,
  };
  const px = await page.evaluate((s) => (window as unknown as { twin: { render(s: PatchSpec): PatchPixels } }).twin.render(s), spec);
  const { mul, add, wide } = twinImage(k, px, sideMm, sidePx);
  let worst = 0,
    darkest = 1;
  for (let n = 0; n < sidePx * sidePx; n++)
    for (let ch = 0; ch < 3; ch++) {
      const off = px.off[n * 4 + ch]!,
        on = px.on[n * 4 + ch]!;
      const skin = srgbToLinear(off / 255);
      const want = Math.round(255 * linearToSrgb(skin * mul[n * 3 + ch]! + add[n * 3 + ch]!));
      worst = Math.max(worst, Math.abs(on - want));
      if (ch === 1) darkest = Math.min(darkest, mul[n * 3 + ch]! + add[n * 3 + ch]! / skin);
    }
  // A profile through the middle row, for the record (green transmittance, shader vs twin).
  const row = Math.floor(sidePx / 2);
  const profile = [0, 0.1, 0.2, 0.3, 0.45, 0.6]
    .map((f) => {
      const i = Math.min(sidePx - 1, Math.floor(sidePx / 2 + (f * sidePx) / 2));
      const n = row * sidePx + i;
      const skin = srgbToLinear(px.off[n * 4 + 1]! / 255);
      return `${(((i + 0.5) * sideMm) / sidePx - sideMm / 2).toFixed(2)} mm: ${(srgbToLinear(px.on[n * 4 + 1]! / 255) / skin).toFixed(3)} / ${(mul[n * 3 + 1]! + add[n * 3 + 1]! / skin).toFixed(3)}`;
    })
    .join(', ');
  process.stdout.write(`twin ${name}: largest difference ${worst}/255; middle row ${profile}\n`);
  expect(worst, name).toBeLessThanOrEqual(2);
  return { darkest, wide, profile };
}

const dot = (col: number, row: number, px = 64, py = 64, extra: Partial<Impression> = {}): Impression => ({
  col,
  row,
  px,
  py,
  shade: 0,
  size: 8,
  dose: 8,
  zByte: 128,
  ...extra,
});

describe('the scalp shader against its TypeScript twin', () => {
  it('one healed dot', async () => {
    const { darkest } = await check('one dot, 1 year', { layout: layoutOf([dot(2, 2)]), conditions: {}, years: 1, shades: [1, 1, 1] });
    // the dot is really there: a soft shadow, darkest at its centre (one buried dot takes less
    // than a fifth of the light there; docs/model.md)
    expect(darkest).toBeLessThan(0.9);
  });

  it('a few dots of different shade, size, dose and susceptibility, overlapping, in different session classes', async () => {
    const layout = layoutOf([
      dot(2, 2, 20, 100),
      dot(3, 2, 5, 90, { shade: 1, size: 15, dose: 0 }),
      dot(2, 1, 110, 120, { shade: 2, size: 0, dose: 15, zByte: 200 }),
      dot(1, 2, 127, 40, { zByte: 40 }),
      dot(3, 3, 0, 0, { size: 3, dose: 12, zByte: 160 }),
    ]);
    const { darkest } = await check('a few dots, 3 years, oil 0.7', { layout, conditions: { oil: 0.7 }, years: 3, shades: [0.9, 0.7, 0.52] });
    expect(darkest).toBeLessThan(0.85);
  });

  it('blurred old dots: 10 years on an oily scalp, and 20 years oily, sunny and deep (the haze drawn as a field)', async () => {
    const layout = layoutOf([dot(2, 2, 64, 64, { zByte: 170 }), dot(3, 2, 30, 70, { zByte: 100 })]);
    const tenYears = await check('blurred old dots, 10 years, oil 1', { layout, conditions: { oil: 1 }, years: 10, shades: [1, 1, 1] }, 3, 160);
    expect(tenYears.darkest).toBeLessThan(0.9);
    // ...drawn through the near window: a dot in every cell 0.3 mm apart (11 per mm²), over the whole patch.
    const dense = layoutOf(
      Array.from({ length: 256 }, (_, i) => dot(i % 16, Math.floor(i / 16), (i * 37) % 128, (i * 71) % 128, { zByte: 60 + ((i * 29) % 140) })),
      0.3,
      16,
    );
    const twenty = await check(
      'blurred old dots, 20 years, oil 1, sun 0.8, 0.6 mm deep, 11 per mm²',
      { layout: dense, conditions: { oil: 1, sun: 0.8, depthMm: 0.6 }, years: 20, shades: [1, 1, 1] },
      4,
      100,
    );
    expect(twenty.darkest).toBeLessThan(0.995);
    expect(twenty.wide).toBe(true);
  });

  it('a fresh dot, day 2, with the erythema of the needle', async () => {
    const layout = layoutOf([dot(2, 2), dot(1, 2, 90, 10), dot(2, 3, 10, 10), dot(3, 3, 60, 60)]);
    const { darkest } = await check('fresh dots, day 2', { layout, conditions: {}, years: 2 / DAYS_PER_YEAR, shades: [1, 1, 1] });
    expect(darkest).toBeLessThan(0.6);
  });

  it("the client's hair: a unit of three shafts shaved to 0.5 mm and one of a single grey hair, each with its streak under the skin", async () => {
    const units = [dot(2, 2, 40, 60, { size: 15, dose: 15, zByte: 150 }), dot(3, 2, 100, 20, { size: 0, dose: 4, zByte: 90 })];
    // B byte: 255 (three hairs) and 4 (one); units about 1.1 mm apart, as 86 per cm² are.
    const hair = layoutOf(units, 1.1);
    const dark = await check(
      'hair, dark brown, 0.5 mm',
      { hair: { layout: hair, stubbleMm: 0.5, colour: 'dark-brown' }, conditions: {}, years: 1, shades: [1, 1, 1] },
      3,
      160,
    );
    expect(dark.darkest).toBeLessThan(0.5); // the shafts are really there
    const grey = await check('hair, grey, 1 mm', { hair: { layout: hair, stubbleMm: 1, colour: 'grey' }, conditions: {}, years: 1, shades: [1, 1, 1] }, 3, 160);
    expect(grey.darkest).toBeLessThan(0.9);
    const shaved = await check(
      'hair, black, shaved to the skin (the streaks alone)',
      { hair: { layout: hair, stubbleMm: 0, colour: 'black' }, conditions: {}, years: 1, shades: [1, 1, 1] },
      3,
      160,
    );
    expect(shaved.darkest).toBeLessThan(0.5); // the streak is black at the pore (the cut shaft's end)
  });

  it("fields drawn dot by dot average to the reference's field: SMP at 150/cm² on Monk 3 and 6, and dark-brown hair shaved to 0.5 mm (ΔE2000 ≤ 1.5)", async () => {
    // Every cell filled, at random places in it: the mean over the middle of the patch (a
    // millimetre and more from its edges) against the skin under the reference's field (the
    // model's far field, calibrated to src/model/light/). Monk 3, one year.
    const rand = mulberry32(12);
    const grid = (n: number, extra: () => Partial<Impression>): Impression[] => {
      const out: Impression[] = [];
      for (let row = 0; row < n; row++)
        for (let col = 0; col < n; col++)
          out.push(
            dot(col, row, Math.floor(rand() * 128), Math.floor(rand() * 128), {
              size: Math.floor(rand() * 16),
              dose: Math.floor(rand() * 16),
              zByte: 128 + Math.round(32 * normal(rand)),
              ...extra(),
            }),
          );
      return out;
    };
    const shades = pigmentShades('dark-brown');
    const smpN = 16,
      smpCell = 1 / Math.sqrt(1.5);
    const smp = layoutOf(
      grid(smpN, () => ({ shade: rand() < INTERIOR_SHADE_SHARES[0] ? 0 : 1 })),
      smpCell,
      smpN,
    );
    const hairN = 12,
      hairCell = 1 / Math.sqrt(FOLLICULAR_UNITS_PER_CM2 / 100);
    // B byte by the shares of units with 1, 2 and 3 hairs
    const hair = layoutOf(
      grid(hairN, () => {
        const u = rand();
        return { size: u < 0.1 ? 0 : u < 0.5 ? 7 : 15, dose: 15 };
      }),
      hairCell,
      hairN,
    );
    const c = resolveConditions({});
    const p = planOptics(c, DEFAULT_PLAN, DAYS_PER_YEAR);
    const skin = hexToLinear(monkHex(3));
    // Monk 6, with the needle the app picks there (1RL 0.25) and the shade matched to it.
    const dark = resolveConditions({ monkTone: 6, needleMm: 0.25 });
    const darkShades = pigmentShades('dark-brown', 'shaved', dark);
    const cases = [
      { name: 'SMP at 150/cm²', spec: { layout: json(smp) }, side: smpN * smpCell, want: planOpticsFarAreaMm2(p, shades).map((a) => Math.exp(-1.5 * a)) },
      {
        name: 'SMP at 150/cm², Monk 6, 1RL 0.25',
        spec: { layout: json(smp), conditions: dark, skinTone: 6, shades: darkShades },
        side: smpN * smpCell,
        want: planOpticsFarAreaMm2(planOptics(dark, DEFAULT_PLAN, DAYS_PER_YEAR), darkShades).map((a) => Math.exp(-1.5 * a)),
      },
      {
        name: 'hair, dark brown, 0.5 mm',
        spec: { hair: { layout: json(hair), stubbleMm: 0.5, colour: 'dark-brown' as const } },
        side: hairN * hairCell,
        want: stubbleMeanReflectance(stubbleOptics(0.5, 'dark-brown'), skin, FOLLICULAR_UNITS_PER_CM2 / 100).map((v, k) => v / skin[k]!),
      },
    ];
    for (const k of cases) {
      const sidePx = 240;
      const spec: PatchSpec = { conditions: {}, skinTone: 3, shades, ...k.spec, years: 1, sideMm: k.side, sidePx, radiusMm: RADIUS_MM } as PatchSpec;
      const px = await page.evaluate((s) => (window as unknown as { twin: { render(s: PatchSpec): PatchPixels } }).twin.render(s), spec);
      const margin = Math.ceil((1.3 / k.side) * sidePx);
      const on = [0, 0, 0],
        off = [0, 0, 0];
      for (let j = margin; j < sidePx - margin; j++)
        for (let i = margin; i < sidePx - margin; i++)
          for (let ch = 0; ch < 3; ch++) {
            on[ch]! += srgbToLinear(px.on[(j * sidePx + i) * 4 + ch]! / 255);
            off[ch]! += srgbToLinear(px.off[(j * sidePx + i) * 4 + ch]! / 255);
          }
      const drawn = on.map((v, ch) => v / off[ch]!);
      const base = hexToLinear(monkHex((k.spec as { skinTone?: number }).skinTone ?? 3));
      const dE = deltaE2000(labOf(base.map((v, ch) => v * drawn[ch]!)), labOf(base.map((v, ch) => v * k.want[ch]!)));
      process.stdout.write(
        `field ${k.name}: drawn ${drawn.map((v) => v.toFixed(3)).join(' ')}, reference ${k.want.map((v) => v.toFixed(3)).join(' ')}, ΔE2000 ${dE.toFixed(2)}\n`,
      );
      expect(dE, k.name).toBeLessThanOrEqual(1.5);
    }
  }, 120_000);

  it('drew without errors', () => {
    expect(errors).toEqual([]);
  });
});
