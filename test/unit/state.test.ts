import { describe, expect, it } from 'vitest';
import { dotFwhmMm, needleForSkinTone } from '../../src/model/index.ts';
import { conditionsFor, defaultState } from '../../src/state/sim-state.ts';

describe('client conditions', () => {
  it('larger, more defined impressions on darker skin, within the 1RL range', () => {
    const needles = Array.from({ length: 10 }, (_, i) => needleForSkinTone(i + 1));
    for (let i = 1; i < needles.length; i++) expect(needles[i]!).toBeGreaterThanOrEqual(needles[i - 1]!);
    expect(Math.min(...needles)).toBeGreaterThanOrEqual(0.18);
    expect(Math.max(...needles)).toBeLessThanOrEqual(0.3);
    const width = (skin: number) => dotFwhmMm(conditionsFor({ ...defaultState, skin }), 30);
    expect(width(9)).toBeGreaterThan(width(2) * 1.3);
  });

  it('light skin keeps the spec default needle, so the checkpoints describe it', () => {
    expect(conditionsFor(defaultState).needleMm).toBe(0.2);
    expect(conditionsFor({ sun: 0.9, oil: 0.1, skin: 1 })).toMatchObject({ sun: 0.9, oil: 0.1 });
  });
});
