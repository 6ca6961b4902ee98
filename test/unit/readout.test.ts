/** The readout's rules (src/model/readout.ts): healing, fading, the technician's notes. */
import { describe, expect, it } from 'vitest';
import {
  DAYS_PER_YEAR,
  DEFAULT_PLAN,
  HELMET_WIDTH_RATIO,
  nextFadeDay,
  readoutBasis,
  readoutFacts,
  resolveConditions,
  touchUpsEvery,
  type TreatmentPlan,
} from '../../src/model/index.ts';

const worst = resolveConditions({ sun: 1, oil: 1, aftercare: 0.2 });
const at = (years: number, plan: TreatmentPlan = DEFAULT_PLAN, c = resolveConditions({}), stagesGained = 0) =>
  readoutFacts({ conditions: c, plan, tDays: years * DAYS_PER_YEAR, stagesGained });

describe('the readout', () => {
  it('says healing for 30 days after each needle event, and which one', () => {
    expect(at(3 / DAYS_PER_YEAR).healing).toEqual({ days: expect.closeTo(3, 6), after: { kind: 'session', n: 1 } });
    expect(at(15 / DAYS_PER_YEAR).healing?.after).toEqual({ kind: 'session', n: 2 });
    expect(at(25 / DAYS_PER_YEAR).healing?.after).toEqual({ kind: 'session', n: 3 });
    expect(at(52 / DAYS_PER_YEAR).healing).toBeNull(); // 31 days after session 3 (day 21)
    const plan = { ...DEFAULT_PLAN, touchUpYears: [3] };
    expect(at(3 + 10 / DAYS_PER_YEAR, plan).healing?.after).toEqual({ kind: 'touchUp' });
    expect(at(3 + 31 / DAYS_PER_YEAR, plan).healing).toBeNull();
  });

  it('notes sessions still to come, one session only, a needle too deep and its halo', () => {
    expect(at(5 / DAYS_PER_YEAR).notes).toContainEqual({ kind: 'building', session: 1, sessions: 3 });
    expect(at(1, { ...DEFAULT_PLAN, sessions: 1 }).notes).toEqual([{ kind: 'oneSession' }]);
    expect(at(1, DEFAULT_PLAN, resolveConditions({ depthMm: 0.79 })).notes).toEqual([]);
    expect(at(1, DEFAULT_PLAN, resolveConditions({ depthMm: 0.8 })).notes).toEqual([{ kind: 'deep', depthMm: 0.8, halo: false }]);
    expect(at(1, DEFAULT_PLAN, resolveConditions({ depthMm: 0.9 })).notes).toEqual([{ kind: 'deep', depthMm: 0.9, halo: true }]);
    expect(at(1, DEFAULT_PLAN, undefined, 0.04).notes).toEqual([]);
    expect(at(1, DEFAULT_PLAN, undefined, 0.5).notes).toEqual([{ kind: 'hairLoss', stages: 0.5 }]);
  });

  it('warns of the helmet look only after three touch-ups have widened the dots by 1.3 ×', () => {
    const plan = { ...DEFAULT_PLAN, touchUpYears: touchUpsEvery(2) };
    const basis = readoutBasis(worst, plan);
    let seen = 0;
    for (let y = 1; y <= 20; y += 0.25) {
      const f = readoutFacts({ conditions: worst, plan, tDays: y * DAYS_PER_YEAR, stagesGained: 0 }, basis);
      const done = plan.touchUpYears.filter((t) => t <= y).length;
      const wide = f.dotWidthMm > HELMET_WIDTH_RATIO * basis.healedWidthMm;
      const helmet = f.notes.find((n) => n.kind === 'helmet');
      expect(Boolean(helmet), `year ${y}`).toBe(done >= 3 && wide);
      if (helmet) seen++;
    }
    // The sweep reaches the rule (worst lifestyle, a touch-up every two years).
    expect(seen).toBeGreaterThan(0);
    // Wide dots after only two touch-ups are not yet the helmet look.
    const two = { ...DEFAULT_PLAN, touchUpYears: [1, 2] };
    const b2 = readoutBasis(worst, two);
    const f2 = readoutFacts({ conditions: worst, plan: two, tDays: 15 * DAYS_PER_YEAR, stagesGained: 0 }, b2);
    expect(f2.dotWidthMm).toBeGreaterThan(HELMET_WIDTH_RATIO * b2.healedWidthMm);
    expect(f2.notes).toEqual([]);
  });

  it('names laser sessions done, the pigment left and the light-spot risk', () => {
    const plan = { ...DEFAULT_PLAN, laser: { startYears: 2, sessions: 6, intervalDays: 49 } };
    expect(at(1.9, plan).notes).toEqual([]);
    const f = at(2 + 100 / DAYS_PER_YEAR, plan, resolveConditions({ monkTone: 6 }));
    expect(f.notes).toEqual([{ kind: 'laser', done: 3, sessions: 6, pigmentPercent: f.pigmentPercent, lightSpotPercent: expect.any(Number) }]);
    expect(f.pigmentPercent).toBeLessThan(80);
  });

  it("remembers the next fade from earlier times: the same answer as searching afresh, in playback's order and any other", () => {
    for (const plan of [
      DEFAULT_PLAN,
      { ...DEFAULT_PLAN, touchUpYears: [3, 7.5] },
      { ...DEFAULT_PLAN, laser: { startYears: 4, sessions: 5, intervalDays: 49 } },
    ]) {
      const basis = readoutBasis(worst, plan);
      const times = Array.from({ length: 240 }, (_, i) => (i / 12) * DAYS_PER_YEAR);
      const shuffled = [...times].sort((a, b) => Math.sin(a * 7.1) - Math.sin(b * 7.1));
      for (const t of [...times, ...shuffled]) {
        const fresh = nextFadeDay(worst, plan, t, 60 * DAYS_PER_YEAR);
        // The search bisects to ~1e-11 days: the same day either way.
        if (fresh === null) expect(basis.dueFrom(t), `day ${t}`).toBeNull();
        else expect(basis.dueFrom(t), `day ${t}`).toBeCloseTo(fresh, 6);
      }
    }
  });
});
