import { beforeAll, describe, expect, it } from 'vitest';
import {
  type DotLayout,
  type HairRegion,
  DAYS_PER_YEAR,
  FOLLICULAR_UNITS_PER_CM2,
  MEAN_HAIRS_PER_UNIT,
  averageDotOpacityAreaMm2,
  angleToChartRadius,
  buildHairRegion,
  buildScalpGeometry,
  buildTreatedRegion,
  decodeDot,
  dotOptics,
  dots,
  generateLayout,
  hairField,
  hairsInUnit,
  hexToLinear,
  monkHex,
  skinAreaPerChartArea,
  stubbleMeanReflectance,
  stubbleOptics,
  lossAt,
  presets,
  type Conditions,
  JITTER_MARGIN,
} from '../../src/model/index.ts';

let hair: HairRegion;
let layout: DotLayout;
const DEG = Math.PI / 180;

beforeAll(() => {
  hair = buildHairRegion(4, buildTreatedRegion(4));
  const field = hairField(hair);
  layout = generateLayout({ seed: 11, densityPerCm2: FOLLICULAR_UNITS_PER_CM2, field, geometry: buildScalpGeometry(field) });
});

function unitsIn(cx: number, cy: number, side: number) {
  const out = [];
  for (const d of dots(layout)) if (Math.abs(d.x - cx) <= side / 2 && Math.abs(d.y - cy) <= side / 2) out.push(d);
  return out;
}
function skinAreaMm2(cx: number, cy: number, side: number): number {
  const n = 8;
  let sum = 0;
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) sum += skinAreaPerChartArea(cx - side / 2 + ((i + 0.5) * side) / n, cy - side / 2 + ((j + 0.5) * side) / n);
  return (sum / (n * n)) * side * side;
}

describe('remaining hair', () => {
  it.each([
    ['back of the head', 180, 95],
    ['behind the ear', 130, 92],
  ] as const)('%s: 86 follicular units and about 206 hairs per cm²', (_n, psi, theta) => {
    const r = angleToChartRadius(theta * DEG);
    const cx = r * Math.sin(psi * DEG),
      cy = r * Math.cos(psi * DEG);
    const side = 0.2;
    const units = unitsIn(cx, cy, side);
    const area = skinAreaMm2(cx, cy, side) / 100;
    // ±8 % density variation by design, plus counting noise over ~400 units
    expect(Math.abs(units.length / area / FOLLICULAR_UNITS_PER_CM2 - 1)).toBeLessThan(0.1);
    let hairs = 0;
    for (const u of units) hairs += hairsInUnit(layout.cells[u.id * 4 + 2]!);
    expect(Math.abs(hairs / area / (FOLLICULAR_UNITS_PER_CM2 * MEAN_HAIRS_PER_UNIT) - 1)).toBeLessThan(0.1);
  });

  it('grows no hair where it is all lost, nor on the face', () => {
    for (const d of dots(layout)) expect(lossAt(hair.pattern, hair.treated, d.x, d.y)).toBeLessThan(1);
    // the forehead, below the front hairline
    const r = angleToChartRadius(75 * DEG);
    expect(unitsIn(0, r, 0.1).length).toBe(0);
  });

  it('is deterministic by seed', () => {
    const field = hairField(hair);
    const again = generateLayout({ seed: 11, densityPerCm2: FOLLICULAR_UNITS_PER_CM2, field, geometry: buildScalpGeometry(field) });
    expect(Buffer.from(again.cells).equals(Buffer.from(layout.cells))).toBe(true);
  });

  it('decodes every follicular unit inside its own cell, and no unit from an empty cell', () => {
    let units = 0;
    const lo = JITTER_MARGIN - 1e-9,
      hi = 1 - JITTER_MARGIN + 1e-9;
    for (let id = 0; id < layout.cols * layout.rows; id++) {
      const d = decodeDot(layout, id);
      if (layout.cells[id * 4 + 3] === 0) {
        expect(d).toBeNull();
        continue;
      }
      units++;
      expect(d!.id).toBe(id);
      const fx = (d!.x - layout.originX) / layout.cellSize - (id % layout.cols);
      const fy = (d!.y - layout.originY) / layout.cellSize - Math.floor(id / layout.cols);
      expect(fx).toBeGreaterThanOrEqual(lo);
      expect(fx).toBeLessThanOrEqual(hi);
      expect(fy).toBeGreaterThanOrEqual(lo);
      expect(fy).toBeLessThanOrEqual(hi);
    }
    expect(units).toBe(layout.count);
    expect(units).toBeGreaterThan(10_000);
  });

  it('full-strength healed SMP can match even black 0.5 mm stubble (the shades then dilute it); after 8 years of sun it has lost a fifth of its darkening', () => {
    const skin = hexToLinear(monkHex(3));
    const stubble = (h: 'black' | 'dark-brown') => stubbleMeanReflectance(stubbleOptics(0.5, h), skin)[1] / skin[1];
    const smp = (years: number, c: Partial<Conditions> = presets.typical) => Math.exp(-1.5 * averageDotOpacityAreaMm2(dotOptics(c, years * DAYS_PER_YEAR))[1]);
    expect(smp(30 / DAYS_PER_YEAR)).toBeLessThan(stubble('black'));
    expect(1 - smp(8, { ...presets.typical, sun: 1 })).toBeLessThan(0.8 * (1 - smp(30 / DAYS_PER_YEAR)));
  });

  it('longer stubble and darker hair darken the scalp more', () => {
    const skin = hexToLinear(monkHex(3));
    const g = (mm: number, c: 'black' | 'light-brown') => stubbleMeanReflectance(stubbleOptics(mm, c), skin)[1];
    expect(g(3, 'black')).toBeLessThan(g(1, 'black'));
    expect(g(1, 'black')).toBeLessThan(g(0, 'black'));
    expect(g(1, 'black')).toBeLessThan(g(1, 'light-brown'));
  });
});
