import { beforeAll, describe, expect, it } from 'vitest';
import {
  type DotLayout,
  type ScalpGeometry,
  type TreatedRegion,
  type Vec3,
  buildScalpGeometry,
  buildTreatedRegion,
  chartToSurface,
  decodeDot,
  dots,
  generateLayout,
  headNormal,
  isTreated,
  readChartGrid,
  angleToChartRadius,
  skinAreaPerChartArea,
  cross,
  dot,
  normalize,
  sub,
  length,
  treatedField,
  treatedCoverage,
} from '../../src/model/index.ts';

let region: TreatedRegion;
let geometry: ScalpGeometry;
let layout: DotLayout;
const DEG = Math.PI / 180;

beforeAll(() => {
  region = buildTreatedRegion(7);
  geometry = buildScalpGeometry(treatedField(region));
  layout = generateLayout({ seed: 7, densityPerCm2: 150, field: treatedField(region), geometry });
});

/** Dots whose chart position lies in the square of side `side` centred on (cx, cy). */
function dotsIn(l: DotLayout, cx: number, cy: number, side: number) {
  const out = [];
  const i0 = Math.max(0, Math.floor((cx - side / 2 - l.originX) / l.cellSize));
  const i1 = Math.min(l.cols - 1, Math.ceil((cx + side / 2 - l.originX) / l.cellSize));
  const j0 = Math.max(0, Math.floor((cy - side / 2 - l.originY) / l.cellSize));
  const j1 = Math.min(l.rows - 1, Math.ceil((cy + side / 2 - l.originY) / l.cellSize));
  for (let j = j0; j <= j1; j++)
    for (let i = i0; i <= i1; i++) {
      const d = decodeDot(l, j * l.cols + i);
      if (d && Math.abs(d.x - cx) <= side / 2 && Math.abs(d.y - cy) <= side / 2) out.push(d);
    }
  return out;
}

/** Skin area (mm²) of a chart square, by numerical integration of r²/cos α. */
function skinAreaMm2(cx: number, cy: number, side: number): number {
  const n = 8;
  let sum = 0;
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) sum += skinAreaPerChartArea(cx - side / 2 + ((i + 0.5) * side) / n, cy - side / 2 + ((j + 0.5) * side) / n);
  return (sum / (n * n)) * side * side;
}

/** Patches well inside the treated area: top, front, back, both sides (ψ, θ in degrees). */
const PATCHES: ReadonlyArray<[string, number, number]> = [
  ['top', 0, 0],
  ['front', 0, 32],
  ['back', 180, 38],
  ['left', 90, 35],
  ['right', -90, 35],
  ['crown', 150, 20],
];
const patchCentre = (psiDeg: number, thetaDeg: number): [number, number] => {
  const r = angleToChartRadius(thetaDeg * DEG);
  return [r * Math.sin(psiDeg * DEG), r * Math.cos(psiDeg * DEG)];
};

describe('dot layout', () => {
  it.each(PATCHES)('density per cm² of skin is within 5 %% of the design, seed 7, %s patch', (_n, psi, theta) => {
    const [cx, cy] = patchCentre(psi, theta);
    const side = 0.32; // ≈ 3 cm of skin a side, ≈ 1300 dots
    const perCm2 = (dotsIn(layout, cx, cy, side).length / skinAreaMm2(cx, cy, side)) * 100;
    expect(Math.abs(perCm2 / 150 - 1)).toBeLessThan(0.05);
  });

  it('honours the density setting across its range (80, 300 per cm²), seed 3', () => {
    for (const densityPerCm2 of [80, 300]) {
      const l = generateLayout({ seed: 3, densityPerCm2, field: treatedField(region), geometry });
      const [cx, cy] = patchCentre(0, 10);
      const perCm2 = (dotsIn(l, cx, cy, 0.3).length / skinAreaMm2(cx, cy, 0.3)) * 100;
      expect(Math.abs(perCm2 / densityPerCm2 - 1)).toBeLessThan(0.05);
    }
  });

  it('the whole treated area holds the expected number of dots (area × density)', () => {
    // Count against skin area integrated over the region on a fine chart grid.
    const step = 0.01;
    let areaMm2 = 0;
    for (let y = region.bbox.y0; y < region.bbox.y1; y += step)
      for (let x = region.bbox.x0; x < region.bbox.x1; x += step)
        if (isTreated(region, x + step / 2, y + step / 2)) areaMm2 += readChartGrid(geometry.area, x + step / 2, y + step / 2) * step * step;
    const expected = (areaMm2 / 100) * 150;
    // The soft edge thins the last few millimetres, so the count sits a little under area × density.
    expect(layout.count).toBeGreaterThan(0.88 * expected);
    expect(layout.count).toBeLessThan(1.02 * expected);
    expect(areaMm2 / 100).toBeGreaterThan(250); // cm²: the top of an adult scalp
    expect(areaMm2 / 100).toBeLessThan(550);
  });

  it('puts nothing outside the treated area', () => {
    let n = 0;
    for (const d of dots(layout)) {
      expect(isTreated(region, d.x, d.y)).toBe(true);
      n++;
    }
    expect(n).toBe(layout.count);
  });

  it('is deterministic by seed, and another seed gives another pattern', () => {
    const again = generateLayout({ seed: 7, densityPerCm2: 150, field: treatedField(region), geometry });
    expect(Buffer.from(again.cells).equals(Buffer.from(layout.cells))).toBe(true);
    const other = generateLayout({ seed: 8, densityPerCm2: 150, field: treatedField(region), geometry });
    expect(Buffer.from(other.cells).equals(Buffer.from(layout.cells))).toBe(false);
    expect(Math.abs(other.count / layout.count - 1)).toBeLessThan(0.03);
  });

  it('keeps a minimum spacing, and nearest-neighbour spacing is the same in every region and direction', () => {
    const means: number[] = [];
    for (const [, psi, theta] of PATCHES) {
      const [cx, cy] = patchCentre(psi, theta);
      const pts = dotsIn(layout, cx, cy, 0.2).map((d) => chartToSurface(d.x, d.y));
      const centre = chartToSurface(cx, cy);
      const n = headNormal(centre);
      const e1 = normalize(cross(n, Math.abs(n[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0]));
      const e2 = cross(n, e1);
      let sum = 0,
        ax = 0,
        ay = 0,
        minMm = Infinity;
      for (const p of pts) {
        let best = Infinity,
          bv: Vec3 = [0, 0, 0];
        for (const q of pts) {
          if (q === p) continue;
          const v = sub(q, p);
          const l = length(v);
          if (l < best) {
            best = l;
            bv = v;
          }
        }
        minMm = Math.min(minMm, best);
        sum += best;
        ax += Math.abs(dot(bv, e1)) / best;
        ay += Math.abs(dot(bv, e2)) / best;
      }
      expect(minMm).toBeGreaterThan(0.2);
      means.push(sum / pts.length);
      // Direction of the nearest neighbour, along vs across the skin's horizontal: measured 0.87 to
      // 1.22 (the chart's residual shape distortion on the sloping sides); a grid that ignored the
      // skin's stretch would show 1.5 and more.
      expect(Math.abs(ax / ay - 1)).toBeLessThan(0.25);
    }
    const lo = Math.min(...means),
      hi = Math.max(...means);
    expect(hi / lo).toBeLessThan(1.1);
    expect(lo).toBeGreaterThan(0.4); // mm, at 150 per cm²
  });

  it('places finer impressions at the soft edge of the hairline than inside', () => {
    const inner = { n: 0, size: 0 },
      edge = { n: 0, size: 0 };
    for (const d of dots(layout)) {
      const c = treatedCoverage(region, d.x, d.y);
      const bucket = c >= 1 ? inner : c < 0.6 ? edge : null;
      if (!bucket) continue;
      bucket.n++;
      bucket.size += d.sizeFactor;
    }
    expect(edge.n).toBeGreaterThan(200);
    expect(edge.size / edge.n).toBeLessThan(inner.size / inner.n - 0.05);
  });

  it('can lay out a million dots', () => {
    const big = generateLayout({ seed: 1, densityPerCm2: 2700, field: treatedField(region), geometry });
    expect(big.count).toBeGreaterThanOrEqual(1_000_000);
    expect(big.cols).toBeLessThanOrEqual(4096);
    expect(big.rows).toBeLessThanOrEqual(4096);
  });
});
