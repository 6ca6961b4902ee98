/** The treatment area painted on a photo and the dots laid out in it (src/model/photo-area.ts, issue 15). */
import { describe, expect, it } from 'vitest';
import { dots, profileEdgeMm } from '../../src/model/index.ts';
import { type AreaOp, hairlineCurve, insideDistancePx, paintMask, photoCoverage, photoLayout } from '../../src/model/photo-area.ts';

const count = (mask: { inside: Uint8Array }): number => mask.inside.reduce((s, v) => s + v, 0);

describe('painting the area', () => {
  it('a stroke paints the disc swept along its points, an eraser takes it back, an ellipse fills its area', () => {
    const stroke: AreaOp = {
      kind: 'stroke',
      erase: false,
      radiusPx: 40,
      points: [
        [200, 300],
        [600, 300],
      ],
    };
    const m = paintMask(1024, 768, [stroke]);
    expect(m.step).toBe(2);
    // A capsule: 400 × 80 plus a disc of radius 40, in cells of 2 × 2 pixels.
    const capsule = (400 * 80 + Math.PI * 40 * 40) / 4;
    expect(count(m) / capsule).toBeGreaterThan(0.97);
    expect(count(m) / capsule).toBeLessThan(1.03);
    const erased = paintMask(1024, 768, [stroke, { ...stroke, erase: true, radiusPx: 50 }]);
    expect(count(erased)).toBe(0);
    const e = paintMask(1024, 768, [{ kind: 'ellipse', erase: false, cx: 512, cy: 384, rx: 300, ry: 200 }]);
    expect(count(e) / ((Math.PI * 300 * 200) / 4)).toBeCloseTo(1, 2);
  });

  it('the distance inside the area is the disc radius at its centre (within the chamfer transform’s 8 %)', () => {
    const m = paintMask(512, 512, [{ kind: 'ellipse', erase: false, cx: 256, cy: 256, rx: 150, ry: 150 }]);
    const d = insideDistancePx(m);
    const centre = d[256 * m.cols + 256]!;
    expect(centre / 150).toBeGreaterThan(0.97);
    expect(centre / 150).toBeLessThan(1.08);
    // Unpainted cells are at distance 0; the photo's border is not an edge.
    expect(d[0]).toBe(0);
    const full = insideDistancePx(paintMask(64, 64, [{ kind: 'ellipse', erase: false, cx: 32, cy: 32, rx: 100, ry: 100 }]));
    expect(Math.min(...full)).toBeGreaterThan(1e5);
  });

  it('coverage is 0 outside, 1 an edge width inside, and rises in between; none without paint', () => {
    const m = paintMask(1000, 1000, [{ kind: 'ellipse', erase: false, cx: 500, cy: 500, rx: 300, ry: 300 }]);
    const edge = 60;
    const f = photoCoverage(m, edge)!;
    expect(f.coverage(500, 500)).toBe(1);
    expect(f.coverage(500 + 300 - edge - 8, 500)).toBeGreaterThan(0.98);
    expect(f.coverage(500 + 320, 500)).toBe(0);
    const ramp = [0.9, 0.6, 0.3, 0.1].map((k) => f.coverage(500 + 300 - k * edge, 500));
    for (let i = 1; i < ramp.length; i++) expect(ramp[i]!).toBeLessThan(ramp[i - 1]!);
    expect(f.bbox.x0).toBeGreaterThan(190);
    expect(f.bbox.x1).toBeLessThan(810);
    expect(photoCoverage(paintMask(100, 100, []), edge)).toBeNull();
  });

  it('a hairline curve trims the area to its line, keeping the side with more of the area, whichever way it was drawn', () => {
    const disc: AreaOp = { kind: 'ellipse', erase: false, cx: 500, cy: 500, rx: 400, ry: 400 };
    const line: Array<[number, number]> = [
      [150, 330],
      [350, 250],
      [500, 230],
      [650, 250],
      [850, 330],
    ];
    const at = (m: ReturnType<typeof paintMask>, x: number, y: number): number => m.inside[Math.floor(y / m.step) * m.cols + Math.floor(x / m.step)]!;
    for (const points of [line, [...line].reverse()]) {
      const m = paintMask(1000, 1000, [disc], points);
      expect(at(m, 500, 200)).toBe(0); // in front of the line: taken away
      expect(at(m, 500, 260)).toBe(1); // behind it: kept
      expect(at(m, 500, 700)).toBe(1);
      expect(at(m, 200, 300)).toBe(0);
      expect(at(m, 200, 420)).toBe(1);
    }
    // One point is not a line: nothing is trimmed.
    expect(count(paintMask(1000, 1000, [disc], [line[0]!]))).toBe(count(paintMask(1000, 1000, [disc])));
    // The curve passes through its points.
    const curve = hairlineCurve(line, 0);
    for (const p of line) expect(curve.some((q) => Math.hypot(q[0] - p[0], q[1] - p[1]) < 1e-9)).toBe(true);
  });

  it('the hairline profiles give edges as on the head: soft widest, defined narrowest', () => {
    expect(profileEdgeMm('soft')).toBeGreaterThan(8);
    expect(profileEdgeMm('medium')).toBeGreaterThan(profileEdgeMm('defined'));
    expect(profileEdgeMm('defined')).toBeLessThan(2);
  });
});

describe('dots on the photo', () => {
  it('a flat patch holds the density set per cm² (counted where coverage is 1)', () => {
    const mmPerPx = 0.1;
    const m = paintMask(2000, 1500, [{ kind: 'ellipse', erase: false, cx: 1000, cy: 750, rx: 900, ry: 650 }]);
    const field = photoCoverage(m, 20)!;
    for (const densityPerCm2 of [80, 150, 300]) {
      const layout = photoLayout({ seed: 3, densityPerCm2, mmPerPx, round: null, field });
      // A centred disc of 50 mm radius (78.5 cm²): ~12 000 dots at 150 per cm², a Poisson error of ~1 %, and the
      // pattern's ±8 % low-frequency variation averaging out over it.
      let n = 0;
      for (const d of dots(layout)) if ((d.x - 1000) ** 2 + (d.y - 750) ** 2 <= 500 ** 2) n++;
      const areaCm2 = (Math.PI * 50 * 50) / 100;
      expect(n / areaCm2 / densityPerCm2, `${densityPerCm2}`).toBeGreaterThan(0.95);
      expect(n / areaCm2 / densityPerCm2, `${densityPerCm2}`).toBeLessThan(1.05);
    }
  });

  it('a round scalp holds density per cm² of skin towards its outline, where a flat patch would not', () => {
    // A top photo of a hemisphere of radius 600 px at 0.125 mm per pixel (75 mm).
    const R = 600,
      mmPerPx = 0.125;
    const outline = { cx: 700, cy: 700, rx: R, ry: R };
    const m = paintMask(1400, 1400, [{ kind: 'ellipse', erase: false, cx: 700, cy: 700, rx: R, ry: R }]);
    const field = photoCoverage(m, 1)!;
    const round = photoLayout({ seed: 9, densityPerCm2: 150, mmPerPx, round: { outline, heightPx: R }, field });
    const flat = photoLayout({ seed: 9, densityPerCm2: 150, mmPerPx, round: null, field });
    // The spherical zone between projected radii a and b has area 2πR(√(R² − a²) − √(R² − b²)) (pixels², ×mm²/px²).
    const zoneCm2 = (a: number, b: number): number => (2 * Math.PI * R * (Math.sqrt(R * R - a * a) - Math.sqrt(R * R - b * b)) * mmPerPx * mmPerPx) / 100;
    const perCm2 = (layout: typeof round, a: number, b: number): number => {
      let n = 0;
      for (const d of dots(layout)) {
        const r = Math.hypot(d.x - 700, d.y - 700);
        if (r >= a && r < b) n++;
      }
      return n / zoneCm2(a, b);
    };
    // Inner, middle and outer zones (the outer one ends where the skin per pixel reaches 2.6, below the cap of 3).
    for (const [a, b] of [
      [0, 300],
      [300, 450],
      [450, 552],
    ] as const) {
      expect(perCm2(round, a, b) / 150, `${a}–${b}`).toBeGreaterThan(0.94);
      expect(perCm2(round, a, b) / 150, `${a}–${b}`).toBeLessThan(1.06);
    }
    // Without the correction the outer zone's skin gets too few dots for its area.
    expect(perCm2(flat, 450, 552) / 150).toBeLessThan(0.6);
  });
});
