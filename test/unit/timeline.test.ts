import { describe, expect, it } from 'vitest';
import {
  DAYS_PER_YEAR,
  DEFAULT_PLAN,
  type TreatmentPlan,
  type Conditions,
  defaultConditions,
  presets,
  sessionClasses,
  planClasses,
  depositsLoad,
  touchUpDose,
  referenceLoad,
  relativePlanLoad,
  planDotFwhmMm,
  classOptics,
  planOptics,
  nextFadeDay,
  rangeBand,
  touchUpsEvery,
  effectiveSun,
  noticeableFadeYears,
  laserRemovalShare,
  laserDays,
  playbackYears,
  yearsToAxis,
  axisToYears,
  sessionClassOfCell,
  mulberry32,
  dotOptics,
  healedSigmaMm,
  FWHM_PER_SIGMA,
  centreTau,
  buildTreatedRegion,
  buildHairRegion,
  progressionSteps,
  stagesGained,
  hairLossStageAt,
  hairRemainingAfter,
  rasteriseHairLoss,
} from '../../src/model/index.ts';

const Y = DAYS_PER_YEAR;
const typical: Conditions = { ...defaultConditions, ...presets.typical };
const plan = (p: Partial<TreatmentPlan> = {}): TreatmentPlan => ({ ...DEFAULT_PLAN, ...p });

describe('sessions (docs/model.md)', () => {
  it('three sessions: 50 % at 0.7, 35 % new + 30 % of the first re-passed at 0.85, 15 % at 1.0', () => {
    const cls = sessionClasses(plan());
    expect(cls.map((c) => c.share)).toEqual([0.35, 0.15, 0.35, 0.15]);
    expect(cls[0]!.deposits).toEqual([{ day: 0, dose: 0.7, offsetSteps: 0 }]);
    expect(cls[1]!.deposits.map((d) => [d.day, d.dose])).toEqual([
      [0, 0.7],
      [10, 0.85],
    ]);
    expect(cls[2]!.deposits.map((d) => [d.day, d.dose])).toEqual([[10, 0.85]]);
    expect(cls[3]!.deposits.map((d) => [d.day, d.dose])).toEqual([[21, 1]]);
    // session 1 places half the dots, and re-passes 30 % of them in session 2
    expect(cls[0]!.share + cls[1]!.share).toBeCloseTo(0.5, 12);
    expect(cls[1]!.share / 0.5).toBeCloseTo(0.3, 12);
  });

  it('one session heals light and patchy: half the dots, a third of a full result; two sessions nearly all', () => {
    const one = relativePlanLoad(typical, plan({ sessions: 1 }), 60);
    const two = relativePlanLoad(typical, plan({ sessions: 2 }), 60);
    const three = relativePlanLoad(typical, plan(), 60);
    expect(sessionClasses(plan({ sessions: 1 })).reduce((s, c) => s + c.share, 0)).toBe(0.5);
    expect(one).toBeLessThan(0.45);
    expect(two).toBeGreaterThan(0.9);
    expect(three).toBeCloseTo(1, 1);
    expect(one).toBeLessThan(two);
  });

  it('session gaps are kept within 7–14 days', () => {
    const cls = sessionClasses(plan({ sessionDays: [3, 40] }));
    expect(cls[2]!.deposits[0]!.day).toBe(7);
    expect(cls[3]!.deposits[0]!.day).toBe(21);
  });

  it('each session darkens the area, then it lightens again while healing', () => {
    const r = (d: number): number => relativePlanLoad(typical, plan(), d);
    expect(r(10)).toBeGreaterThan(r(9.9) + 0.3);
    expect(r(21)).toBeGreaterThan(r(20.9) + 0.1);
    expect(r(28)).toBeLessThan(r(21));
    // and is settled a month after the last session
    expect(Math.abs(r(51) - r(60))).toBeLessThan(0.01);
  });
});

describe('touch-ups (docs/model.md)', () => {
  it('checkpoint: a touch-up at 4.5 y on a typical dot has dose 0.298 and brings it back to 0.99 a month later', () => {
    const one = [{ day: 0, dose: 1, offsetSteps: 0 }];
    const dose = touchUpDose(typical, depositsLoad(typical, one, 4.5 * Y));
    expect(dose).toBeCloseTo(0.298, 3);
    const after = depositsLoad(typical, [...one, { day: 4.5 * Y, dose, offsetSteps: 1 }], 4.5 * Y + 30);
    expect(Math.abs(after / referenceLoad(typical) - 0.99)).toBeLessThanOrEqual(0.01);
  });

  it('a planned touch-up tops up every class of dot, the lighter ones more', () => {
    const cls = planClasses(typical, plan({ touchUpYears: [4.5] }));
    const touchUp = cls.map((c) => c.deposits.find((d) => d.offsetSteps === 1)?.dose ?? 0);
    // session-1-only dots (0.7) need more than the full-dose session-3 ones; re-passed dots still hold enough
    expect(touchUp[0]).toBeGreaterThan(touchUp[3]! + 0.1);
    expect(touchUp[1]).toBe(0);
    for (const c of cls) expect(depositsLoad(typical, c.deposits, 4.5 * Y + 30) / referenceLoad(typical)).toBeGreaterThan(0.97);
    expect(relativePlanLoad(typical, plan({ touchUpYears: [4.5] }), 4.5 * Y + 60)).toBeGreaterThan(1);
  });

  it('a touch-up restores the load that fading took, and moves the next noticeable fading later', () => {
    const without = nextFadeDay(typical, plan(), 0)! / Y;
    expect(Math.abs(without - 4.5)).toBeLessThan(0.2); // the plan fades like one deposit, a few weeks later
    const withOne = nextFadeDay(typical, plan({ touchUpYears: [4.5] }), 4.5 * Y)! / Y;
    expect(withOne).toBeGreaterThan(8);
    expect(withOne).toBeLessThan(11.5);
  });

  it('many touch-ups fatten the dots (off-centre landings add up)', () => {
    const t = 18.1 * Y;
    const healed = healedSigmaMm(typical) * FWHM_PER_SIGMA;
    const once = planDotFwhmMm(typical, plan({ touchUpYears: [18] }), t);
    const every3 = planDotFwhmMm(typical, plan({ touchUpYears: touchUpsEvery(3, 18) }), t);
    const every2 = planDotFwhmMm(typical, plan({ touchUpYears: touchUpsEvery(2, 18) }), t);
    expect(once).toBeGreaterThan(healed);
    expect(every3).toBeGreaterThan(once * 1.15);
    expect(every2).toBeGreaterThan(every3);
    // docs/model.md's figures, to the precision it gives them (two decimals: ±0.005 mm).
    expect(Math.abs(every2 - 0.3)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(once - 0.25)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(healed - 0.22)).toBeLessThanOrEqual(0.005);
    const many = classOptics(typical, planClasses(typical, plan({ touchUpYears: touchUpsEvery(2, 18) }))[0]!.deposits, t);
    expect(many.offsetSigma2Mm2).toBeGreaterThan(0);
    expect(classOptics(typical, [{ day: 0, dose: 1, offsetSteps: 0 }], t).offsetSigma2Mm2).toBe(0);
  });

  it('touch-ups every N years', () => {
    expect(touchUpsEvery(4)).toEqual([4, 8, 12, 16, 20]);
    expect(touchUpsEvery(4.5, 10)).toEqual([4.5, 9]);
    expect(touchUpsEvery(0)).toEqual([]);
  });
});

describe('folding deposits into one dot', () => {
  it('one full-dose deposit is exactly the single-deposit optics', () => {
    for (const t of [1, 30, 4.5 * Y]) {
      const a = classOptics(typical, [{ day: 0, dose: 1, offsetSteps: 0 }], t);
      const b = dotOptics(typical, t);
      expect(centreTau(a)).toEqual(centreTau(b));
      expect(a.migrationSigma2Mm2).toBeCloseTo(b.migrationSigma2Mm2, 15);
    }
  });

  it('deposits not yet placed add nothing; erythema follows the latest needle', () => {
    expect(classOptics(typical, [{ day: 21, dose: 1, offsetSteps: 0 }], 20).retainedTauAtHealed).toEqual([0, 0, 0]);
    expect(planOptics(typical, plan(), 21.5).skinTint[1]).toBeLessThan(planOptics(typical, plan(), 20).skinTint[1]);
    expect(planOptics(typical, plan(), 60).skinTint[1]).toBeCloseTo(1, 5);
  });

  it('the shader and the model pick the same session class for a cell, in the planned shares', () => {
    const shares = sessionClasses(plan()).map((c) => c.share);
    const counts = [0, 0, 0, 0, 0];
    for (let r = 0; r < 200; r++) for (let c = 0; c < 200; c++) counts[sessionClassOfCell(c, r, shares) + 1]!++;
    expect(counts[0]).toBe(0);
    shares.forEach((s, k) => expect(Math.abs(counts[k + 1]! / 40000 - s)).toBeLessThan(0.01));
    const half = [0.5, 0, 0, 0];
    let none = 0;
    for (let c = 0; c < 10000; c++) if (sessionClassOfCell(c, 7, half) === -1) none++;
    expect(Math.abs(none / 10000 - 0.5)).toBeLessThan(0.02);
  });
});

describe('choices that change the course', () => {
  it('SPF and a hat lower the effective sun, and so delay fading', () => {
    expect(effectiveSun(1, false, false)).toBe(1);
    expect(effectiveSun(1, true, false)).toBeLessThan(1);
    expect(effectiveSun(1, true, true)).toBeLessThan(effectiveSun(1, true, false));
    const fade = (spf: boolean, hat: boolean): number => noticeableFadeYears({ ...typical, sun: effectiveSun(0.9, spf, hat) });
    expect(fade(true, false)).toBeGreaterThan(fade(false, false) + 0.5);
    expect(fade(true, true)).toBeGreaterThan(fade(true, false));
  });

  it('deep deposits migrate faster and grow a blue-grey blow-out halo', () => {
    const t = 5 * Y;
    const right = dotOptics({ ...typical, depthMm: 0.35 }, t);
    const deep = dotOptics({ ...typical, depthMm: 1.1 }, t);
    expect(deep.migrationSigma2Mm2).toBeGreaterThan(5 * right.migrationSigma2Mm2);
    expect(right.haloTau[1]).toBe(0);
    expect(deep.haloTau[1]).toBeGreaterThan(0);
    // the halo sits deep, where mostly red light reaches: its shadow takes far more red than blue
    // (reads blue-grey; docs/model.md), per unit of its ink
    const takes = (k: 0 | 2) => deep.shadows.halo.core[k] + deep.shadows.halo.wide[k];
    expect(takes(0)).toBeGreaterThan(3 * takes(2));
    expect(planDotFwhmMm({ ...typical, depthMm: 1.1 }, plan(), t)).toBeGreaterThan(planDotFwhmMm(typical, plan(), t) * 1.5);
  });

  it('better aftercare and a better grade keep more pigment', () => {
    const at = (c: Partial<Conditions>): number => relativePlanLoad({ ...typical, ...c }, plan(), 5 * Y);
    expect(at({ aftercare: 1 })).toBeGreaterThan(at({ aftercare: 0 }));
    expect(at({ grade: 'premium' })).toBeGreaterThan(at({ grade: 'low' }));
  });
});

describe('the honest range', () => {
  it('the band always contains the chosen scenario, and is wide', () => {
    const rnd = mulberry32(11);
    const days = Array.from({ length: 160 }, (_, i) => (i / 159) ** 2 * 20 * Y);
    for (let k = 0; k < 40; k++) {
      const c: Conditions = {
        ...typical,
        sun: rnd(),
        oil: rnd(),
        aftercare: rnd(),
        grade: (['premium', 'standard', 'low'] as const)[Math.floor(rnd() * 3)]!,
      };
      const p = plan({
        sessions: (1 + Math.floor(rnd() * 3)) as 1 | 2 | 3,
        touchUpYears: rnd() < 0.6 ? touchUpsEvery(2 + rnd() * 5) : [],
        laser: rnd() < 0.2 ? { startYears: 3 + rnd() * 5, sessions: 5 + Math.floor(rnd() * 6), intervalDays: 49 } : null,
      });
      const band = rangeBand(c, p, days);
      days.forEach((t, i) => {
        const v = relativePlanLoad(c, p, t);
        expect(v).toBeGreaterThanOrEqual(band[i]![0] - 1e-9);
        expect(v).toBeLessThanOrEqual(band[i]![1] + 1e-9);
      });
    }
    const [lo, hi] = rangeBand(typical, plan(), [5 * Y])[0]!;
    expect(hi - lo).toBeGreaterThan(0.2);
  });
});

describe('laser removal (docs/model.md)', () => {
  it('each session clears 21–37 % of what is left; the course leaves about 10 %', () => {
    expect(laserRemovalShare(10)).toBeCloseTo(0.206, 3);
    expect(laserRemovalShare(5)).toBeCloseTo(0.369, 3);
    const laser = { startYears: 2, sessions: 8, intervalDays: 49 };
    const p = plan({ laser });
    const days = laserDays(laser);
    expect(days).toHaveLength(8);
    const before = relativePlanLoad(typical, p, days[0]! - 1);
    const after = relativePlanLoad(typical, p, days.at(-1)! + 90);
    expect(after / before).toBeGreaterThan(0.07);
    expect(after / before).toBeLessThan(0.14);
    // cleared over weeks, not at once
    const oneWeek = relativePlanLoad(typical, p, days[0]! + 7);
    const sixWeeks = relativePlanLoad(typical, p, days[0]! + 42);
    expect(oneWeek).toBeGreaterThan(sixWeeks + 0.05);
  });
});

describe('time axis and playback', () => {
  it('playback maps wall time to model time monotonically, from day 0 to the end', () => {
    let prev = -1;
    for (let s = 0; s <= 21; s += 0.05) {
      const y = playbackYears(s, 20, 15);
      expect(y).toBeGreaterThanOrEqual(prev);
      prev = y;
    }
    expect(playbackYears(0, 20, 15)).toBe(0);
    expect(playbackYears(20, 20, 15)).toBe(15);
    expect(playbackYears(30, 20, 15)).toBe(15);
    // healing gets its share of the time-lapse: the first month takes over 1 s of a 20 s run to 20 y
    expect(playbackYears(1, 20, 20) * Y).toBeLessThan(30);
  });

  it('axis and years invert each other', () => {
    for (const y of [0, 1 / Y, 0.1, 1, 7.3, 20]) expect(axisToYears(yearsToAxis(y, 20), 20)).toBeCloseTo(y, 10);
  });
});

describe('continued hair loss', () => {
  const treated = buildTreatedRegion(1, 'natural');
  it('progresses along the scale; the vertex of a Norwood 3 goes within two stages, the fringe never', () => {
    expect(progressionSteps({ kind: 'norwood', stage: '3' }).map((p) => (p.kind === 'norwood' ? p.stage : ''))).toEqual(['3', '3v', '4', '5', '6', '7']);
    expect(progressionSteps({ kind: 'ludwig', grade: 2 })).toHaveLength(2);
    expect(stagesGained(2, 10)).toBe(2);
    expect(stagesGained(1.5, 4)).toBeCloseTo(0.6, 12);
    const n3 = { kind: 'norwood', stage: '3' } as const;
    // the vertex whorl (chart 0, −0.234): bald at 3v, so within one to two stages
    const vertex = hairLossStageAt(n3, treated, 0, -0.234);
    expect(vertex).toBeGreaterThan(0);
    expect(vertex).toBeLessThan(2);
    // low on the back of the head: hair there survives every stage
    expect(hairLossStageAt(n3, treated, 0, -1.35)).toBe(Infinity);
    // higher on the back, the Norwood 7 fringe takes it at the last step (4.5 stages on)
    expect(hairLossStageAt(n3, treated, 0, -1.2)).toBeGreaterThan(4);
    // already bald now: nothing to lose
    expect(hairLossStageAt({ kind: 'norwood', stage: '7' }, treated, 0, 0)).toBe(Infinity);
    expect(hairRemainingAfter(vertex, 0)).toBe(1);
    expect(hairRemainingAfter(vertex, vertex)).toBeCloseTo(0.5, 12);
    expect(hairRemainingAfter(vertex, vertex + 1)).toBe(0);
  });

  it('the map for the shader marks where hair goes, and never where it stays', () => {
    const region = buildHairRegion(1, treated, { kind: 'norwood', stage: '3' });
    const map = rasteriseHairLoss(region, 64);
    let going = 0,
      never = 0;
    for (const v of map.data) {
      if (v === 255) never++;
      else going++;
    }
    expect(going).toBeGreaterThan(200);
    expect(never).toBeGreaterThan(200);
    // a Norwood 7 has nowhere left to go
    expect(rasteriseHairLoss(buildHairRegion(1, treated, { kind: 'norwood', stage: '7' }), 32).data.every((v) => v === 255)).toBe(true);
  });
});
