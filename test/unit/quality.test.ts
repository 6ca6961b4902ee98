import { describe, expect, it } from 'vitest';
import { FULL_QUALITY, QUALITY_LEVELS, QualityGovernor, pixelRatioFor } from '../../src/render/quality.ts';

const run = (g: QualityGovernor, ms: number, frames: number): number[] => Array.from({ length: frames }, () => g.frame(ms));

describe('adaptive quality', () => {
  it('levels get cheaper step by step, and the last is full quality', () => {
    for (let i = 1; i < QUALITY_LEVELS.length; i++) {
      const a = QUALITY_LEVELS[i - 1]!,
        b = QUALITY_LEVELS[i]!;
      expect(a.pixelRatioCap).toBeLessThanOrEqual(b.pixelRatioCap);
      expect(a.dotCells).toBeLessThanOrEqual(b.dotCells);
      expect(a.strands + a.hairCells + a.dotCells + a.pixelRatioCap).toBeLessThan(b.strands + b.hairCells + b.dotCells + b.pixelRatioCap);
    }
    expect(QUALITY_LEVELS[FULL_QUALITY]).toEqual({ pixelRatioCap: 2, dotCells: 3, hairCells: 2, strands: 3 });
  });

  it('a fast machine stays at full quality', () => {
    const g = new QualityGovernor();
    expect(new Set(run(g, 16.7, 200))).toEqual(new Set([FULL_QUALITY]));
  });

  it('far too slow frames step down every three frames, to the lowest level', () => {
    const g = new QualityGovernor();
    const levels = run(g, 800, 15);
    expect(levels.slice(0, 2)).toEqual([FULL_QUALITY, FULL_QUALITY]);
    expect(levels[2]).toBe(FULL_QUALITY - 1);
    expect(levels[5]).toBe(FULL_QUALITY - 2);
    expect(levels.at(-1)).toBe(0);
    expect(g.frame(800)).toBe(0);
  });

  it('mildly slow frames step down once per window; frames on target hold the level', () => {
    const g = new QualityGovernor({ window: 10 });
    const levels = run(g, 42, 10);
    expect(levels.slice(0, 9).every((l) => l === FULL_QUALITY)).toBe(true);
    expect(levels[9]).toBe(FULL_QUALITY - 1);
    expect(new Set(run(g, 30, 50))).toEqual(new Set([FULL_QUALITY - 1]));
  });

  it('restores quality after sustained headroom, and waits longer after a step up that did not hold', () => {
    const g = new QualityGovernor({ window: 10 });
    run(g, 800, 6); // two steps down
    expect(g.level).toBe(FULL_QUALITY - 2);
    const up = run(g, 12, 20);
    expect(up.indexOf(FULL_QUALITY - 1)).toBe(19); // after two good windows
    run(g, 42, 10); // that level was too slow after all
    expect(g.level).toBe(FULL_QUALITY - 2);
    const again = run(g, 12, 40);
    expect(again.indexOf(FULL_QUALITY - 1)).toBe(39); // now four good windows
  });

  it('ignores intervals that are not intervals', () => {
    const g = new QualityGovernor();
    for (const bad of [NaN, -5, 0, Infinity]) expect(g.frame(bad)).toBe(FULL_QUALITY);
  });

  it('the pixel ratio follows the device, capped by the level', () => {
    expect(pixelRatioFor(FULL_QUALITY, 1)).toBe(1);
    expect(pixelRatioFor(FULL_QUALITY, 3)).toBe(2);
    expect(pixelRatioFor(FULL_QUALITY - 1, 2)).toBe(1.5);
    expect(pixelRatioFor(0, 2)).toBe(0.5);
    expect(pixelRatioFor(1, 1)).toBe(0.75);
  });
});
