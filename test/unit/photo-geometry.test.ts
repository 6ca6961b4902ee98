/** The photo's scale and the top photo's curve (src/model/photo-geometry.ts, issue 15). */
import { describe, expect, it } from 'vitest';
import { MAX_SKIN_PER_PIXEL, fitEllipse, mmPerPixel, skinPerPixel, type Point } from '../../src/model/photo-geometry.ts';
import { mulberry32 } from '../../src/model/random.ts';

describe('the scale', () => {
  it('is the known length over the pixels between the two points', () => {
    expect(mmPerPixel([100, 200], [720, 200], 155)).toBeCloseTo(0.25, 12);
    expect(mmPerPixel([0, 0], [30, 40], 10)).toBeCloseTo(0.2, 12);
  });
  it('refuses one point twice, or a length that is not positive', () => {
    expect(() => mmPerPixel([5, 5], [5, 5], 10)).toThrow(RangeError);
    expect(() => mmPerPixel([0, 0], [1, 0], 0)).toThrow(RangeError);
    expect(() => mmPerPixel([0, 0], [1, 0], Number.NaN)).toThrow(RangeError);
  });
});

describe('the outline', () => {
  it('is recovered from a dozen points marked within a pixel of it', () => {
    const rand = mulberry32(7);
    const truth = { cx: 412, cy: 305, rx: 210, ry: 160 };
    const pts: Point[] = Array.from({ length: 12 }, (_, i) => {
      const a = (i / 12) * 2 * Math.PI + 0.2 * rand();
      return [truth.cx + truth.rx * Math.cos(a) + (rand() - 0.5) * 2, truth.cy + truth.ry * Math.sin(a) + (rand() - 0.5) * 2];
    });
    const e = fitEllipse(pts)!;
    for (const k of ['cx', 'cy', 'rx', 'ry'] as const) expect(Math.abs(e[k] - truth[k]), k).toBeLessThan(1.5);
  });
  it('is refused for too few points, or points on a line', () => {
    expect(
      fitEllipse([
        [0, 0],
        [1, 1],
        [2, 0],
        [1, -1],
      ]),
    ).toBeNull();
    expect(fitEllipse(Array.from({ length: 8 }, (_, i): Point => [i, 2 * i]))).toBeNull();
  });
});

describe('skin per pixel of a top photo', () => {
  it('a hemisphere: the skin added up over the pixels is the area of the spherical cap (2πR²(1 − cos θ))', () => {
    const R = 300; // pixels; the crown R above the outline
    const outline = { cx: 0, cy: 0, rx: R, ry: R };
    const rho0 = 0.9; // short of where the correction is held (ρ ≈ 0.943)
    let skin = 0;
    for (let y = -R; y <= R; y++) for (let x = -R; x <= R; x++) if (x * x + y * y <= (rho0 * R) ** 2) skin += skinPerPixel(x, y, outline, R);
    const cap = 2 * Math.PI * R * R * (1 - Math.sqrt(1 - rho0 * rho0));
    expect(skin / cap).toBeGreaterThan(0.99);
    expect(skin / cap).toBeLessThan(1.01);
  });
  it('is 1 at the crown and on a flat patch, grows towards the outline, and is held near it', () => {
    const outline = { cx: 500, cy: 400, rx: 240, ry: 190 };
    expect(skinPerPixel(500, 400, outline, 150)).toBe(1);
    expect(skinPerPixel(650, 300, outline, 0)).toBe(1);
    const along = [0, 60, 120, 180, 220].map((d) => skinPerPixel(500 + d, 400, outline, 150));
    for (let i = 1; i < along.length; i++) expect(along[i]!).toBeGreaterThan(along[i - 1]!);
    expect(skinPerPixel(500 + 239.9, 400, outline, 150)).toBeCloseTo(MAX_SKIN_PER_PIXEL, 12);
    expect(skinPerPixel(500 + 300, 400, outline, 150)).toBe(1); // outside: not scalp
  });
});
