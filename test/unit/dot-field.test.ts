import { describe, expect, it } from 'vitest';
import {
  AVERAGE_DOT,
  DAYS_PER_YEAR,
  dotColorHex,
  dotOptics,
  dotTransmittance,
  hexToLinear,
  linearToHex,
  monkHex,
  presets,
  tintedSkin,
  averageDotOpacityAreaMm2,
  dotPools,
  poolShadow,
  susceptibilitySpread,
  INK_ONLY_SHADOWS,
  maxPoolSigma2,
  nearShadowMoments,
  nearWindowInvSigma2,
  nearWindowRemainderMm2,
  nearReachMm,
  SHADER_FLOATS,
} from '../../src/model/index.ts';

describe('TypeScript twin of the shader', () => {
  it.each([[30], [365], [4.5 * DAYS_PER_YEAR], [2]])('a dot centre is the model colour (age %f d)', (ageDays) => {
    for (const tone of [1, 5, 10]) {
      // The ink alone (no skin above it to blur its shadow): what dotColorHex describes.
      const o = { ...dotOptics(presets.typical, ageDays), shadows: INK_ONLY_SHADOWS };
      const skin = tintedSkin(hexToLinear(monkHex(tone)), o);
      // z = spread/2 makes the dot's susceptibility factor exactly 1: the model's single deposit.
      const d = { ...AVERAGE_DOT, susceptibilityZ: susceptibilitySpread(0.5) / 2 };
      // Each channel in its own shape, every pool: exactly the model's colour.
      const own: [number, number, number] = [1, 1, 1];
      for (const [tau, s2, k] of dotPools(o, d, 0.5)) {
        const op = poolShadow(tau, s2, k, 0, 0, 0, 'own');
        for (let c = 0; c < 3; c++) own[c] = own[c]! * (1 - op[c]!);
      }
      const model = dotColorHex(presets.typical, ageDays, monkHex(tone));
      expect(linearToHex([skin[0] * own[0], skin[1] * own[1], skin[2] * own[2]])).toBe(model);
      // As the shader draws the spread ink (in green's shape: the skin's blur makes the channels'
      // widths alike), green is still exact.
      const t = dotTransmittance(o, d, 0.5, 0);
      expect(linearToHex([skin[0] * t[0], skin[1] * t[1], skin[2] * t[2]]).slice(3, 5)).toBe(model.slice(3, 5));
    }
  });

  it("oil widens the typical dot, not only a few: after 10 years the median dot's shadow on an oily scalp is wider and lighter at its centre", () => {
    // The median dot (z = 0) as seen through the skin: the second moment of its near shadow (green),
    // the width a viewer reads. Oil spreads the dots' susceptibility too, but the median must move:
    // at least 10 % wider in σ² (the skin's own blur, ~0.22 mm, is most of the width).
    const darkness = (oil: number, rMm: number) => 1 - dotTransmittance(dotOptics({ oil }, 10 * DAYS_PER_YEAR), AVERAGE_DOT, oil, rMm * rMm)[1];
    const width2 = (oil: number) => {
      let m0 = 0,
        m2 = 0;
      for (let r = 0.0025; r < 2; r += 0.005) {
        const d = darkness(oil, r) * r;
        m0 += d;
        m2 += d * r * r;
      }
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
    const sharp = integral(0),
      blurred = integral(0.05);
    expect(Math.abs(blurred / sharp - 1)).toBeLessThan(0.01);
    // and the far field's per-dot area is the same integral plus the wide part (drawn as a field)
    const core = averageDotOpacityAreaMm2(o)[1] - averageDotOpacityAreaMm2(o, 1, 'wide')[1];
    expect(Math.abs(core / sharp - 1)).toBeLessThan(0.01);
  });

  it('fresh dots are darker and the skin redder on day 1 than on day 30', () => {
    const skin = hexToLinear(monkHex(3));
    const day1 = dotOptics(presets.typical, 1),
      day30 = dotOptics(presets.typical, 30);
    expect(tintedSkin(skin, day1)[1]).toBeLessThan(tintedSkin(skin, day30)[1]);
    expect(dotTransmittance(day1, AVERAGE_DOT, 0.5, 0)[1]).toBeLessThan(dotTransmittance(day30, AVERAGE_DOT, 0.5, 0)[1]);
  });
});

describe('the near window (dense or spread dots: a pixel looks a few cells at most, the rest is a field)', () => {
  // ∫ over the plane of a dot's near shadow (1 − T, green), by the midpoint rule.
  const integral = (o: ReturnType<typeof dotOptics>, oil: number, z: number, invW2: number): number => {
    let sum = 0;
    const dr = 0.002;
    for (let r = dr / 2; r < 6; r += dr)
      sum += 2 * Math.PI * r * dr * (1 - dotTransmittance(o, { ...AVERAGE_DOT, susceptibilityZ: z }, oil, r * r, 0, invW2)[1]);
    return sum;
  };
  // The dots' own spread of susceptibility (z standard normal), 9 points of Gauss–Hermite.
  const zNodes: Array<[number, number]> = [
    [-4.5127, 0.0000224],
    [-3.2054, 0.0028],
    [-2.0768, 0.0499],
    [-1.0233, 0.2441],
    [0, 0.4063],
    [1.0233, 0.2441],
    [2.0768, 0.0499],
    [3.2054, 0.0028],
    [4.5127, 0.0000224],
  ];
  const cases: Array<[Partial<{ oil: number; depthMm: number; sun: number }>, number]> = [
    [{ oil: 0.5 }, 1],
    [{ oil: 1 }, 10],
    [{ oil: 1, sun: 0.8, depthMm: 0.6 }, 20],
    [{ oil: 0.1, depthMm: 0.5 }, 3],
  ];

  it("keeps every dot's darkening: what the window takes from the dots, the field gives back (within 3 %)", () => {
    for (const [c, years] of cases) {
      const oil = c.oil ?? 0.5;
      const o = dotOptics(c, years * DAYS_PER_YEAR);
      const m = nearShadowMoments(o, oil);
      if (m.areaMm2 === 0) continue;
      const whole = averageDotOpacityAreaMm2(o)[1] - averageDotOpacityAreaMm2(o, 1, 'wide')[1];
      // the near shadows' moments are the dot's core (the Gaussian-opacity approximation, 1 %)
      expect(m.areaMm2 / whole).toBeCloseTo(1, 1);
      // at 150, 1 000 and 3 000 dots per cm² (cells 0.82, 0.32, 0.18 mm)
      for (const cellMm of [0.82, 0.32, 0.18]) {
        const invW2 = nearWindowInvSigma2(m.sigma2Mm2, cellMm);
        const kept = zNodes.reduce((a, [z, w]) => a + w * integral(o, oil, z, invW2), 0);
        const full = zNodes.reduce((a, [z, w]) => a + w * integral(o, oil, z, 0), 0);
        const field = nearWindowRemainderMm2([0, m.areaMm2, 0], m.sigma2Mm2, invW2)[1];
        // the approximation is one mean σ² for all dots (a pool keeps W²/(σ² + W²) of itself)
        expect(Math.abs(kept + field - full) / full, `${JSON.stringify(c)} ${years} y, cell ${cellMm} mm`).toBeLessThan(0.03);
        // and the window does narrow: the mean shadow is searched for within WINDOW_REACH_CELLS cells
        expect(nearReachMm(m.sigma2Mm2, invW2, 0)).toBeLessThanOrEqual(SHADER_FLOATS.WINDOW_REACH_CELLS * cellMm * 1.0001 + (invW2 === 0 ? Infinity : 0));
        if (cellMm < 0.2) expect(invW2).toBeGreaterThan(0);
        // but at the design's density (150/cm²) the mean dot keeps its width (within 3 % in σ): oil
        // must show as wider dots
        if (cellMm === 0.82 && years <= 10) expect(1 / Math.sqrt(1 + m.sigma2Mm2 * invW2)).toBeGreaterThan(0.97);
      }
    }
  });

  it('ink so deep its shadow is all wide part is a field only; a healed dot needs no window at the design density', () => {
    // A blow-out's halo lies so deep (1.8 mm) that its shadow is all wide part, drawn as a field:
    // no dot is then looked for one by one.
    const blowout = dotOptics({ oil: 1, sun: 1, depthMm: 1.5 }, 20 * DAYS_PER_YEAR);
    expect(averageDotOpacityAreaMm2(blowout, 1, 'wide')[1] / averageDotOpacityAreaMm2(blowout)[1]).toBeGreaterThan(0.5);
    expect(maxPoolSigma2(blowout, 1)).toBe(0);
    const healed = dotOptics({ oil: 0.5 }, 365);
    expect(maxPoolSigma2(healed, 0.5)).toBeGreaterThan(0);
  });
});
