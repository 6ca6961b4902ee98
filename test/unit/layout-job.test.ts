import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { layoutBuilder, transferables, type LayoutJob } from '../../src/render/layout-job.ts';
import {
  DAYS_PER_YEAR,
  DEFAULT_PATTERN,
  MAX_DENSITY_PER_CM2,
  HAIRLINE_DESIGNS,
  HEAD_SHAPES,
  buildHairRegion,
  buildScalpGeometry,
  buildTreatedRegion,
  generateLayout,
  smpField,
} from '../../src/model/index.ts';
import { formatYearsEs } from '../../src/ui/text/es-format.ts';
import { formatYears } from '../../src/ui/format.ts';
import { minifyGlsl } from '../../vite.config.ts';

const job: LayoutJob = {
  seed: 7,
  densityPerCm2: 150,
  design: HAIRLINE_DESIGNS.natural,
  shape: HEAD_SHAPES.average,
  pattern: DEFAULT_PATTERN,
  scar: 'none',
  mode: 'shaved',
  progressing: false,
};

describe('the layout job (what the worker runs)', () => {
  it('builds the same dots as the model, and answers only with what changed', () => {
    const build = layoutBuilder();
    const first = build(job);
    const field = smpField(buildHairRegion(job.seed, buildTreatedRegion(job.seed, job.design, job.shape), job.pattern, job.scar, job.mode));
    const direct = generateLayout({ seed: job.seed, densityPerCm2: 150, field, geometry: buildScalpGeometry(field, 64, job.shape) });
    expect(first.dots!.count).toBe(direct.count);
    expect(Buffer.from(first.dots!.cells).equals(Buffer.from(direct.cells))).toBe(true);
    expect(first.hair!.count).toBeGreaterThan(1000);
    expect(first.scars).toBeNull();
    expect(first.hairLoss).toBeNull();
    // Everything it owns can be handed over without a copy.
    expect(transferables(first)).toHaveLength(4);

    expect(build(job)).toEqual({});
    const denser = build({ ...job, densityPerCm2: 250 });
    expect(Object.keys(denser)).toEqual(['dots']);
    expect(denser.dots!.count).toBeGreaterThan(first.dots!.count * 1.5);
    const progressing = build({ ...job, densityPerCm2: 250, progressing: true });
    expect(Object.keys(progressing)).toEqual(['hairLoss']);
    expect(progressing.hairLoss!.data.length).toBe(progressing.hairLoss!.size ** 2);
    const scarred = build({ ...job, densityPerCm2: 250, progressing: true, scar: 'fut' });
    expect(Object.keys(scarred).sort()).toEqual(['dots', 'hair', 'hairLoss', 'scars']);
    expect(scarred.scars!.data.some((v) => v > 0)).toBe(true);
  });
});

describe('texture sizes', () => {
  it("every layout the controls can ask for fits WebGL 2's minimum MAX_TEXTURE_SIZE (2048) with room to spare", () => {
    let largest = 0;
    for (const shape of Object.values(HEAD_SHAPES))
      // The mature design sits highest: the largest treated area of the presets.
      for (const design of [HAIRLINE_DESIGNS.mature])
        for (const mode of ['shaved', 'density'] as const) {
          const r = layoutBuilder()({ ...job, densityPerCm2: MAX_DENSITY_PER_CM2, shape, design, mode, pattern: { kind: 'norwood', stage: '7' }, scar: 'fut' });
          largest = Math.max(largest, r.dots!.cols, r.dots!.rows, r.hair!.cols, r.hair!.rows, r.scars!.size);
        }
    expect(largest).toBeGreaterThan(500);
    expect(largest).toBeLessThanOrEqual(1024);
  });
});

describe('the build', () => {
  it('ships shaders without comments, with every directive and statement intact', () => {
    for (const name of [
      'scalp.frag.glsl',
      'scalp.vert.glsl',
      'stubble.glsl',
      'chart.glsl',
      'dot-opacity.glsl',
      'smp.glsl',
      'noise.glsl',
      'photo.frag.glsl',
      'photo.vert.glsl',
    ]) {
      const source = readFileSync(new URL(`../../shaders/${name}`, import.meta.url), 'utf8');
      const small = minifyGlsl(source);
      expect(small).not.toMatch(/\/\/|\/\*/);
      expect(small.length).toBeLessThan(source.length);
      const directives = (t: string) =>
        t
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l.startsWith('#'));
      expect(directives(small)).toEqual(directives(source).map((l) => l.replace(/\s*\/\/.*$/, '').replace(/\s+/g, ' ')));
      const statements = (t: string) =>
        (
          t
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\/\/.*$/gm, '')
            .match(/;/g) ?? []
        ).length;
      expect(statements(small)).toBe(statements(source));
    }
  });

  it('the text tables, loaded on their own, count a year as the model does', () => {
    // 59 model days is still days, 61 is months, in both languages.
    expect(formatYearsEs(59 / DAYS_PER_YEAR)).toBe('59 días');
    expect(formatYears(59 / DAYS_PER_YEAR)).toBe('59 days');
    expect(formatYearsEs(61 / DAYS_PER_YEAR)).toBe('2 meses');
    expect(formatYears(61 / DAYS_PER_YEAR)).toBe('2 months');
  });
});
