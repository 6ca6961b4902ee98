import { describe, expect, it } from 'vitest';
import {
  AVERAGE_DOT, DAYS_PER_YEAR, dotColorHex, dotOptics, dotTransmittance, hexToLinear, linearToHex, monkHex, presets,
  tintedSkin, averageDotOpacityAreaMm2, susceptibilitySpread, INK_ONLY_SHADOWS,
  dotTailAreaMm2,
} from '../../src/model/index.ts';

describe('TypeScript twin of the shader', () => {
  it.each([[30], [365], [4.5 * DAYS_PER_YEAR], [2]])('a dot centre is the model colour (age %f d)', (ageDays) => {
    for (const tone of [1, 5, 10]) {
      // The ink alone (no skin above it to blur its shadow): what dotColorHex describes.
      const o = { ...dotOptics(presets.typical, ageDays), shadows: INK_ONLY_SHADOWS };
      const skin = tintedSkin(hexToLinear(monkHex(tone)), o);
      // z = spread/2 makes the dot's susceptibility factor exactly 1: the model's single deposit.
      const t = dotTransmittance(o, { ...AVERAGE_DOT, susceptibilityZ: susceptibilitySpread(0.5) / 2 }, 0.5, 0);
      expect(linearToHex([skin[0] * t[0], skin[1] * t[1], skin[2] * t[2]])).toBe(dotColorHex(presets.typical, ageDays, monkHex(tone)));
    }
  });

  it('oil widens the typical dot, not only a few: after 10 years the median dot\'s shadow on an oily scalp is wider and lighter at its centre', () => {
    // The median dot (z = 0) as seen through the skin: the second moment of its near shadow (green),
    // the width a viewer reads. Oil spreads the dots' susceptibility too, but the median must move:
    // at least 10 % wider in σ² (the skin's own blur, ~0.22 mm, is most of the width).
    const darkness = (oil: number, rMm: number) =>
      1 - dotTransmittance(dotOptics({ oil }, 10 * DAYS_PER_YEAR), AVERAGE_DOT, oil, rMm * rMm)[1];
    const width2 = (oil: number) => {
      let m0 = 0, m2 = 0;
      for (let r = 0.0025; r < 2; r += 0.005) { const d = darkness(oil, r) * r; m0 += d; m2 += d * r * r; }
      return m2 / m0;
    };
    expect(width2(1)).toBeGreaterThan(1.1 * width2(0));
    expect(darkness(1, 0)).toBeLessThan(darkness(0, 0));
  });

  it('the pixel footprint conserves what a dot takes from the skin', () => {
    // Integrate 1 − T over the plane for a sharp and a blurred pixel: the same ink either way.
    const o = dotOptics(presets.typical, 365);
    const integral = (pixel2: number) => {
      let s = 0;
      const dr = 0.002;
      for (let r = dr / 2; r < 1.5; r += dr) s += (1 - dotTransmittance(o, AVERAGE_DOT, 0.5, r * r, pixel2)[1]) * 2 * Math.PI * r * dr;
      return s;
    };
    const sharp = integral(0), blurred = integral(0.05);
    expect(Math.abs(blurred / sharp - 1)).toBeLessThan(0.01);
    // and the far field's per-dot area is the same integral plus the wide part (drawn as a field)
    const core = averageDotOpacityAreaMm2(o)[1] - averageDotOpacityAreaMm2(o, 1, 'wide')[1];
    expect(Math.abs(core / sharp - 1)).toBeLessThan(0.01);
  });

  it('fresh dots are darker and the skin redder on day 1 than on day 30', () => {
    const skin = hexToLinear(monkHex(3));
    const day1 = dotOptics(presets.typical, 1), day30 = dotOptics(presets.typical, 30);
    expect(tintedSkin(skin, day1)[1]).toBeLessThan(tintedSkin(skin, day30)[1]);
    expect(dotTransmittance(day1, AVERAGE_DOT, 0.5, 0)[1]).toBeLessThan(dotTransmittance(day30, AVERAGE_DOT, 0.5, 0)[1]);
  });
});

describe('the tail field (pigment beyond a pixel\'s near distance)', () => {
  // ∫ over r > R of a dot's opacity (the twin's own profile), the average dot, by the midpoint rule.
  const ringIntegral = (o: ReturnType<typeof dotOptics>, oil: number, radiusMm: number): number => {
    let sum = 0;
    const dr = 0.002;
    for (let r = radiusMm + dr / 2; r < radiusMm + 12; r += dr) sum += 2 * Math.PI * r * dr * (1 - dotTransmittance(o, AVERAGE_DOT, oil, r * r)[1]);
    return sum;
  };

  it('matches the dot profile beyond the radius, and is all of the dot at radius 0', () => {
    const cases: Array<[{ oil: number; depthMm?: number; sun?: number }, number]> = [[{ oil: 0, depthMm: 0.35 }, 1], [{ oil: 0.1, depthMm: 1.2 }, 3], [{ oil: 0, sun: 1 }, 10]];
    for (const [c, years] of cases) {
      const o = dotOptics(c, years * DAYS_PER_YEAR);
      const whole = dotTailAreaMm2(o, c.oil, 0)[1];
      const core = averageDotOpacityAreaMm2(o)[1] - averageDotOpacityAreaMm2(o, 1, 'wide')[1];
      if (core === 0) continue; // ink so deep its shadow is all wide (a field): no near shadow to split
      expect(whole / core).toBeCloseTo(1, 1);
      for (const R of [0.3, 0.9]) {
        const tail = dotTailAreaMm2(o, c.oil, R)[1];
        expect(tail).toBeLessThan(whole);
        // The same Gaussian-opacity approximation the far field uses: within 15 % of the profile, or negligible.
        const exact = ringIntegral(o, c.oil, R);
        expect(Math.abs(tail - exact)).toBeLessThan(Math.max(0.15 * exact, 1e-4 * whole));
      }
      expect(dotTailAreaMm2(o, c.oil, 50)[1]).toBeLessThan(1e-12);
    }
  });

  it('is nothing for healed dots; a blow-out\'s shadow is mostly field', () => {
    const fresh = dotOptics({ oil: 0.5 }, 365);
    // under 1 % of a healed dot's near shadow lies beyond 0.9 mm (the skin blurs it to σ ≈ 0.25 mm)
    expect(dotTailAreaMm2(fresh, 0.5, 0.9)[1] / averageDotOpacityAreaMm2(fresh)[1]).toBeLessThan(1e-2);
    // A blow-out's halo lies so deep (1.8 mm) that its shadow is all wide part, drawn as a field:
    // most of the dot's darkening is then in the field, not near it.
    const blowout = dotOptics({ oil: 1, sun: 1, depthMm: 1.5 }, 20 * DAYS_PER_YEAR);
    expect(averageDotOpacityAreaMm2(blowout, 1, 'wide')[1] / averageDotOpacityAreaMm2(blowout)[1]).toBeGreaterThan(0.5);
  });
});
