import { describe, expect, it } from 'vitest';
import {
  type ScarKind,
  SCAR_KINDS,
  angleToChartRadius,
  buildHairRegion,
  buildScalpGeometry,
  buildTreatedRegion,
  dots,
  generateLayout,
  hairCoverage,
  hairField,
  rasteriseScars,
  scarAt,
  smpField,
} from '../../src/model/index.ts';

const DEG = Math.PI / 180;
const design = buildTreatedRegion(5);
const at = (psiDeg: number, thetaDeg: number): [number, number] => {
  const r = angleToChartRadius(thetaDeg * DEG);
  return [r * Math.sin(psiDeg * DEG), r * Math.cos(psiDeg * DEG)];
};

describe('scars', () => {
  it('FUT: a strip a few mm wide across the back, from behind one ear to the other', () => {
    // Scan down the back of the head: the strip is 4–10 mm wide in skin.
    let inside = 0;
    for (let t = 80; t < 105; t += 0.1) if (scarAt('fut', 5, ...at(180, t)) > 0.5) inside += 0.1;
    expect(inside * 1.7).toBeGreaterThan(4);
    expect(inside * 1.7).toBeLessThan(10);
    const peak = (psi: number) => Math.max(...Array.from({ length: 125 }, (_, k) => scarAt('fut', 5, ...at(psi, 80 + k * 0.2))));
    expect(peak(140)).toBeGreaterThan(0.5);
    expect(peak(60)).toBe(0); // not in front of the ears
  });

  it('FUE: many small punches in the donor band only', () => {
    let hits = 0,
      total = 0;
    for (let t = 80; t < 104; t += 0.25)
      for (let p = 120; p < 240; p += 0.25) {
        total++;
        if (scarAt('fue', 5, ...at(p, t)) > 0.5) hits++;
      }
    const share = hits / total;
    expect(share).toBeGreaterThan(0.005);
    expect(share).toBeLessThan(0.08);
    expect(scarAt('fue', 5, ...at(0, 30))).toBe(0);
  });

  it.each(SCAR_KINDS.filter((k) => k !== 'none'))('%s: no hair on the scar, SMP laid over it, deterministic', (kind: ScarKind) => {
    const h = buildHairRegion(5, design, { kind: 'norwood', stage: '6' }, kind);
    const raster = rasteriseScars(h, 256);
    expect(raster.data.some((v) => v > 200)).toBe(true);
    expect(Buffer.from(rasteriseScars(h, 256).data).equals(Buffer.from(raster.data))).toBe(true);
    // wherever the scar is full there is no hair
    for (let j = 0; j < 256; j += 3)
      for (let i = 0; i < 256; i += 3) {
        if (raster.data[j * 256 + i]! < 255) continue;
        const x = raster.x0 + ((i + 0.5) / 256) * raster.span,
          y = raster.y0 + ((j + 0.5) / 256) * raster.span;
        expect(hairCoverage(h, x, y)).toBeLessThan(0.02);
      }
    const field = smpField(h);
    const smp = generateLayout({ seed: 5, densityPerCm2: 150, field, geometry: buildScalpGeometry(field) });
    let onScar = 0;
    for (const d of dots(smp)) if (scarAt(kind, 5, d.x, d.y) > 0.5) onScar++;
    expect(onScar).toBeGreaterThan(kind === 'fue' ? 20 : 100);
    const hf = hairField(h);
    expect(generateLayout({ seed: 6, densityPerCm2: 86, field: hf, geometry: buildScalpGeometry(hf) }).count).toBeGreaterThan(1000);
  });
});
