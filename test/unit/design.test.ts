/** The client's head, the technician's hairline design, pigment shades and the treatment mode. */
import { describe, expect, it } from 'vitest';
import {
  type Conditions,
  type HeadShape,
  HAIR_COLOURS,
  HAIRLINE_DESIGNS,
  HEAD_PRESETS,
  HEAD_SHAPES,
  INTERIOR_SHADE_SHARES,
  DAYS_PER_YEAR,
  buildHairRegion,
  buildHeadMesh,
  buildScalpGeometry,
  buildTreatedRegion,
  boundaryRadiusAt,
  chartRadiusToAngle,
  dots,
  generateLayout,
  hairCoverage,
  hairlineAngleDeg,
  hairlineDesign,
  headSdfXyz,
  heightAboveBrowsCm,
  hexToLinear,
  lossAt,
  measureHead,
  monkHex,
  pigmentShades,
  presets,
  readChartGrid,
  planFarAreaMm2,
  planOpticsFarAreaMm2,
  DEFAULT_PLAN,
  MATCH_DAYS,
  planOptics,
  sessionClassOfCell,
  chartToSurface,
  dotTransmittance,
  skinAreaPerChartArea,
  smpCoverage,
  smpField,
  stubbleMeanReflectance,
  stubbleOptics,
  treatedCoverage,
  treatedField,
} from '../../src/model/index.ts';

const DEG = Math.PI / 180;

describe('head shape', () => {
  it('each preset measures what it says, to half a millimetre', () => {
    for (const name of HEAD_PRESETS) {
      const s = HEAD_SHAPES[name];
      const m = measureHead(s);
      expect(Math.abs(m.lengthMm - s.lengthMm)).toBeLessThan(0.5);
      expect(Math.abs(m.breadthMm - s.breadthMm)).toBeLessThan(1);
    }
    const index = (s: HeadShape) => (100 * s.breadthMm) / s.lengthMm;
    expect(index(HEAD_SHAPES.long)).toBeLessThan(75); // dolichocephalic
    expect(index(HEAD_SHAPES.round)).toBeGreaterThan(85); // brachycephalic
  });

  it('crown height raises the vertex; the occiput bulges the back below the widest point; the face stays', () => {
    const base = HEAD_SHAPES.average;
    expect(measureHead({ ...base, crownMm: 12 }).vertexMm - measureHead(base).vertexMm).toBeGreaterThan(10);
    const backAt = (s: HeadShape, y: number) => {
      let lo = 0,
        hi = 200;
      for (let k = 0; k < 40; k++) {
        const m = (lo + hi) / 2;
        if (headSdfXyz(0, y, -5 - m, s) < 0) lo = m;
        else hi = m;
      }
      return lo;
    };
    expect(backAt({ ...base, occiput: 1 }, -10) - backAt({ ...base, occiput: 0 }, -10)).toBeGreaterThan(4);
    // the tip of the nose does not move with the skull
    for (const name of HEAD_PRESETS) expect(Math.abs(headSdfXyz(0, -26, 113, HEAD_SHAPES[name]) - headSdfXyz(0, -26, 113))).toBeLessThan(0.01);
  });

  it('meshes every preset cleanly: vertices on the skin, no NaN', () => {
    for (const name of HEAD_PRESETS) {
      const mesh = buildHeadMesh(24, HEAD_SHAPES[name]);
      expect(mesh.positions.every(Number.isFinite)).toBe(true);
      for (let i = 0; i < mesh.positions.length; i += 3 * 11)
        expect(Math.abs(headSdfXyz(mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!, HEAD_SHAPES[name]))).toBeLessThan(0.05);
    }
  });

  it('keeps the density per cm² of skin on a long head as on the average one', () => {
    const shape = HEAD_SHAPES.long;
    const region = buildTreatedRegion(3, 'natural', shape);
    const field = treatedField(region);
    const geometry = buildScalpGeometry(field, 64, shape);
    const layout = generateLayout({ seed: 3, densityPerCm2: 150, field, geometry });
    const step = 0.01;
    let areaMm2 = 0;
    for (let y = field.bbox.y0; y < field.bbox.y1; y += step)
      for (let x = field.bbox.x0; x < field.bbox.x1; x += step) {
        const c = treatedCoverage(region, x + step / 2, y + step / 2);
        if (c > 0) areaMm2 += c * skinAreaPerChartArea(x + step / 2, y + step / 2, shape) * step * step;
      }
    expect(Math.abs(layout.count / ((areaMm2 / 100) * 150) - 1)).toBeLessThan(0.03);
    // and the skin behind the crown is stretched further on the long head than on the average one
    const avg = buildScalpGeometry(treatedField(buildTreatedRegion(3)));
    expect(readChartGrid(geometry.area, 0, -1)).toBeGreaterThan(1.05 * readChartGrid(avg.area, 0, -1));
  });
});

describe('hairline designer', () => {
  it('puts the front of the hairline at the height asked for, on any head', () => {
    for (const shape of [HEAD_SHAPES.average, HEAD_SHAPES['high-crown'], HEAD_SHAPES.long])
      for (const heightCm of [6, 7, 8.5, 10]) {
        const d = hairlineDesign('natural', { heightCm });
        expect(Math.abs(heightAboveBrowsCm(hairlineAngleDeg(0, d, shape), shape) - heightCm)).toBeLessThan(0.05);
      }
    // and a built region (with its micro-irregularity) within 3 mm
    const r = buildTreatedRegion(9, hairlineDesign('natural', { heightCm: 8 }));
    const theta = chartRadiusToAngle(boundaryRadiusAt(r, 0, 1)) / DEG;
    expect(Math.abs(heightAboveBrowsCm(theta) - 8)).toBeLessThan(0.3);
  });

  it('recession deepens the corners, temple points come forward, the front stays', () => {
    const at = (psi: number, o: Parameters<typeof hairlineDesign>[1]) => hairlineAngleDeg(psi, hairlineDesign('natural', o));
    expect(at(24, { recession: 0 }) - at(24, { recession: 1 })).toBeGreaterThan(8);
    expect(Math.abs(at(0, { recession: 0 }) - at(0, { recession: 1 }))).toBeLessThan(0.2);
    expect(at(64, { temples: 1 }) - at(64, { temples: 0 })).toBeGreaterThan(10);
    expect(Math.abs(at(0, { temples: 1 }) - at(0, { temples: 0 }))).toBeLessThan(0.01);
  });

  it('symmetry 1 mirrors the sides exactly; lower symmetry makes them differ', () => {
    const sym = hairlineDesign('natural', { symmetry: 1 });
    const asym = hairlineDesign('natural', { symmetry: 0.2 });
    for (const psi of [10, 24, 40, 64, 100, 150]) expect(hairlineAngleDeg(psi, sym)).toBeCloseTo(hairlineAngleDeg(-psi, sym), 9);
    expect(Math.abs(hairlineAngleDeg(30, asym) - hairlineAngleDeg(-30, asym))).toBeGreaterThan(3);
  });

  it('edge profile: soft wider than medium wider than defined; designs are clamped', () => {
    const edge = (profile: 'soft' | 'medium' | 'defined') => buildTreatedRegion(1, hairlineDesign('natural', { profile })).edgeWidth;
    expect(edge('soft')).toBeGreaterThan(1.5 * edge('medium'));
    expect(edge('medium')).toBeGreaterThan(3 * edge('defined'));
    expect(hairlineDesign('mature', { heightCm: 40, symmetry: Number.NaN })).toEqual({ ...HAIRLINE_DESIGNS.mature, heightCm: 11 });
  });
});

describe('pigment shades', () => {
  const skin = hexToLinear(monkHex(3));
  // Three sessions (the default plan), days counted from the first.
  const smpMean = (shades: readonly [number, number, number], days: number, c: Partial<Conditions> = presets.typical) =>
    Math.exp(-1.5 * planFarAreaMm2(c, DEFAULT_PLAN, days, shades)[1]);

  it('three shades, base darkest, lighter for lighter hair, a step lighter in density mode', () => {
    let prev = Infinity;
    for (const h of ['black', 'dark-brown', 'brown', 'light-brown', 'grey'] as const) {
      const [base, mid, light] = pigmentShades(h);
      expect(base).toBeGreaterThan(mid);
      expect(mid).toBeGreaterThan(light);
      expect(base).toBeLessThanOrEqual(1);
      expect(base).toBeLessThanOrEqual(prev);
      prev = base;
      expect(pigmentShades(h, 'density')[0]).toBeLessThan(base);
    }
    expect(pigmentShades('light-brown')[0]).toBeLessThan(0.9 * pigmentShades('black')[0]);
  });

  it("healed SMP in the matched shades looks like the client's hair shaved to 0.5 mm, on every Monk tone; after 8 sunny years it does not", () => {
    for (const tone of [1, 3, 4, 6, 10]) {
      const toneSkin = hexToLinear(monkHex(tone));
      for (const h of HAIR_COLOURS) {
        const shades = pigmentShades(h, 'shaved', { monkTone: tone });
        const stubble = stubbleMeanReflectance(stubbleOptics(0.5, h, tone), toneSkin)[1] / toneSkin[1];
        const month = smpMean(shades, MATCH_DAYS, { ...presets.typical, monkTone: tone }); // a month after the last session
        if (stubble >= 1) {
          // Hair lighter than the skin (grey or light brown on the darkest tones) lightens it: ink only
          // darkens, so the lightest dilution is all a technician can do.
          expect(shades[0], `Monk ${tone}, ${h}`).toBeLessThan(0.11);
          continue;
        }
        // Matched exactly where dilution can do it; black hair is a hair darker than full-strength SMP.
        if (shades[0] < 1) expect(Math.abs(month - stubble), `Monk ${tone}, ${h}`).toBeLessThan(0.001);
        else expect(Math.abs(month - stubble), `Monk ${tone}, ${h}`).toBeLessThan(0.003);
        expect(smpMean(shades, 8 * DAYS_PER_YEAR, { ...presets.typical, sun: 1, monkTone: tone }) - stubble).toBeGreaterThan(0.01);
      }
    }
    // and with the needle the technician uses: a 0.25 mm needle lays down more ink, matched by a more dilute shade
    const needle = { needleMm: 0.25 };
    const wide = pigmentShades('brown', 'shaved', needle);
    expect(wide[0]).toBeLessThan(pigmentShades('brown')[0]);
    expect(
      Math.abs(smpMean(wide, MATCH_DAYS, { ...presets.typical, ...needle }) - stubbleMeanReflectance(stubbleOptics(0.5, 'brown'), skin)[1] / skin[1]),
    ).toBeLessThan(0.001);
    // Melanin dims the light that reaches ink and shafts: on Monk 6 both darken the skin less.
    const onTone = (tone: number) => 1 - smpMean(pigmentShades('dark-brown', 'shaved', { monkTone: tone }), MATCH_DAYS, { ...presets.typical, monkTone: tone });
    expect(onTone(6)).toBeLessThan(0.9 * onTone(3));
  });

  it('the match holds dot by dot: the TypeScript twin over a real patch of impressions vs the stubble model', () => {
    // Independent of the far-field sum the match is bisected on: every impression of a real layout
    // (its own size, dose, shade, susceptibility and session class), drawn by the twin of the shader
    // over a patch of the crown, averaged over the skin. A technician matches the shade by eye; a
    // lightness difference under 1 ΔL* is below what the eye tells apart side by side (the JND for
    // ΔE*ab is about 2.3, Mahy et al. 1994; lightness alone is held to 1).
    const region = buildTreatedRegion(7);
    const field = treatedField(region);
    const layout = generateLayout({ seed: 21, densityPerCm2: 150, field, geometry: buildScalpGeometry(field) });
    const lstar = (y: number) => 116 * Math.cbrt(y) - 16;
    const skinY = 0.2126 * skin[0] + 0.7152 * skin[1] + 0.0722 * skin[2];
    const patchMean = (c: Partial<Conditions>, days: number, shades: readonly [number, number, number]) => {
      const p = planOptics(c, DEFAULT_PLAN, days);
      const oil = c.oil ?? 0.5;
      const near = [...dots(layout)]
        .filter((d) => Math.abs(d.x) < 0.1 && Math.abs(d.y) < 0.1)
        .map((d) => ({
          at: chartToSurface(d.x, d.y),
          cls: sessionClassOfCell(d.id % layout.cols, Math.floor(d.id / layout.cols), p.shares),
          shape: { sizeFactor: d.sizeFactor, doseFactor: d.doseFactor * shades[d.shade]!, susceptibilityZ: d.susceptibilityZ },
        }));
      // The wide part of every dot's shadow is a field, as the shader draws it.
      const wide = Math.exp(-1.5 * planOpticsFarAreaMm2(p, shades, 'wide')[1]);
      let sum = 0,
        n = 0;
      for (let j = 0; j < 48; j++)
        for (let i = 0; i < 48; i++) {
          const at = chartToSurface(-0.06 + (0.12 * (i + 0.5)) / 48, -0.06 + (0.12 * (j + 0.5)) / 48);
          let t = 1;
          for (const d of near) {
            if (d.cls < 0) continue;
            const r2 = (d.at[0] - at[0]) ** 2 + (d.at[1] - at[1]) ** 2 + (d.at[2] - at[2]) ** 2;
            if (r2 < 4) t *= dotTransmittance(p.classes[d.cls]!, d.shape, oil, r2)[1];
          }
          sum += t * wide;
          n++;
        }
      return sum / n;
    };
    for (const h of ['dark-brown', 'brown', 'grey'] as const) {
      const shades = pigmentShades(h);
      const stubble = stubbleMeanReflectance(stubbleOptics(0.5, h), skin)[1] / skin[1];
      const month = patchMean(presets.typical, MATCH_DAYS, shades);
      expect(Math.abs(lstar(skinY * month) - lstar(skinY * stubble))).toBeLessThan(1);
      // The darkening itself is held too: within 10 %, the patch's own uncertainty (about 170
      // impressions on a jittered grid, and the layout's ±8 % density variation by design).
      expect(Math.abs((1 - month) / (1 - stubble) - 1)).toBeLessThan(0.1);
      // and eight sunny years later the SMP reads visibly lighter than the hair (ΔL* > 2, about the
      // JND of ΔE*ab, Mahy et al. 1994).
      expect(lstar(skinY * patchMean({ ...presets.typical, sun: 1 }, 8 * DAYS_PER_YEAR, shades)) - lstar(skinY * month)).toBeGreaterThan(2);
    }
  });

  it('layers the light shade at the hairline edge and the base with a mid shade inside', () => {
    const region = buildTreatedRegion(4, 'soft');
    const field = treatedField(region);
    const layout = generateLayout({ seed: 4, densityPerCm2: 150, field, geometry: buildScalpGeometry(field) });
    const inner = [0, 0, 0],
      edge = [0, 0, 0];
    for (const d of dots(layout)) {
      const c = treatedCoverage(region, d.x, d.y);
      (c >= 1 ? inner : c < 0.5 ? edge : [0, 0, 0])[d.shade]!++;
    }
    const total = (a: number[]) => a[0]! + a[1]! + a[2]!;
    expect(inner[2]).toBe(0);
    expect(Math.abs(inner[1]! / total(inner) - INTERIOR_SHADE_SHARES[1])).toBeLessThan(0.02);
    expect(edge[2]! / total(edge)).toBeGreaterThan(0.4);
  });
});

describe('shaved and density modes', () => {
  const design = buildTreatedRegion(6);
  const ludwig = { kind: 'ludwig', grade: 2 } as const;

  it('density mode puts SMP between thinning hair in proportion to the loss; shaved mode fills the area', () => {
    for (const [x, y] of [
      [0, 0],
      [0.1, -0.1],
      [-0.15, 0.2],
    ] as const) {
      const loss = lossAt(ludwig, design, x, y);
      expect(loss).toBeGreaterThan(0.2);
      expect(smpCoverage(ludwig, design, x, y, 'density')).toBeLessThan(smpCoverage(ludwig, design, x, y, 'shaved'));
      expect(smpCoverage(ludwig, design, x, y, 'density')).toBeLessThan(loss + 0.15);
    }
    const count = (mode: 'shaved' | 'density') => {
      const h = buildHairRegion(6, design, ludwig, 'none', mode);
      const f = smpField(h);
      return generateLayout({ seed: 6, densityPerCm2: 150, field: f, geometry: buildScalpGeometry(f) }).count;
    };
    expect(count('density')).toBeLessThan(0.8 * count('shaved'));
    // The remaining hair is the same in both: the mode changes the SMP, not the client's hair.
    const a = buildHairRegion(6, design, ludwig, 'none', 'shaved'),
      b = buildHairRegion(6, design, ludwig, 'none', 'density');
    expect(hairCoverage(a, 0.05, 0.05)).toBe(hairCoverage(b, 0.05, 0.05));
  });

  it('a bald top is filled the same in both modes', () => {
    const n6 = { kind: 'norwood', stage: '6' } as const;
    expect(smpCoverage(n6, design, 0, 0, 'density')).toBeCloseTo(smpCoverage(n6, design, 0, 0, 'shaved'), 6);
  });
});
