/**
 * The cross-section (issue 16) against the model it draws: the share of retained particles shown is
 * the model's retained load, their spread is the model's migration width, they lie where the model
 * puts its pools (below 0.8 mm only with a needle too deep), and the photon paths are the
 * light-transport reference's (red deeper than blue). The expectations are computed here from the
 * degradation model's own functions, not read from the slice.
 */
import { describe, expect, it } from 'vitest';
import {
  DAYS_PER_YEAR,
  DEFAULT_PLAN,
  LASER_INTERVAL_DAYS,
  type Conditions,
  type TreatmentPlan,
  hexToLinear,
  laserFactor,
  monkHex,
  pigmentPools,
  pigmentShades,
  planClasses,
  presets,
  retainedSigma2Mm2,
  transientShare,
} from '../../src/model/index.ts';
import { slice, sliceSwatches } from '../../src/model/slice.ts';
import { meanDeepestMm, shownPaths, slicePhotonPaths } from '../../src/model/slice-light.ts';
import { simulateTransport } from '../../src/model/light/transport.ts';
import { MONK_3_SKIN, SKIN_REFRACTIVE_INDEX, skinLayers } from '../../src/model/light/skin.ts';

const Y = DAYS_PER_YEAR;
const plan = (p: Partial<TreatmentPlan> = {}): TreatmentPlan => ({ ...DEFAULT_PLAN, ...p });

/** The model's retained load over everything deposited by tDays in the slice's dots, per unit of dose put in. */
function modelRetainedShare(c: Partial<Conditions>, p: TreatmentPlan, tDays: number, classes: ReadonlyArray<number | null>): number {
  const byClass = planClasses(c, p);
  let load = 0,
    dose = 0;
  for (const k of classes) {
    if (k === null) continue;
    for (const d of byClass[k]!.deposits) {
      if (d.day > tDays) continue;
      const pools = pigmentPools(c, tDays - d.day);
      load += d.dose * (pools.shallow + pools.deep) * laserFactor(p.laser, d.day, tDays);
      dose += d.dose;
    }
  }
  return load / dose;
}

const CASES: ReadonlyArray<[string, Partial<Conditions>, TreatmentPlan, number]> = [
  ['typical, a month', presets.typical, plan(), 30],
  ['typical, a year', presets.typical, plan(), Y],
  ['typical, ten years', presets.typical, plan(), 10 * Y],
  ['worst, eight years', presets.worst, plan(), 8 * Y],
  ['best, eight years', presets.best, plan(), 8 * Y],
  ['one session, two years', presets.typical, plan({ sessions: 1 }), 2 * Y],
  ['touch-ups at 5 and 10, twelve years', presets.typical, plan({ touchUpYears: [5, 10] }), 12 * Y],
  ['laser from year 6, mid-course', presets.typical, plan({ laser: { startYears: 6, sessions: 8, intervalDays: LASER_INTERVAL_DAYS } }), 6 * Y + 120],
  ['blown out at 1.2 mm, three years', { ...presets.typical, depthMm: 1.2 }, plan(), 3 * Y],
];

describe('the slice against the degradation model', () => {
  it.each(CASES)('shows the model’s retained load within 2 %: %s', (_, c, p, t) => {
    const s = slice({ conditions: c, plan: p, tDays: t, seed: 7, densityPerCm2: 150 });
    const retained = s.particles.filter((q) => q.kind !== 'transient').length;
    const spawned = s.deposits.reduce((a, d) => a + d.spawned, 0);
    expect(spawned).toBeGreaterThan(500);
    const want = modelRetainedShare(
      c,
      p,
      t,
      s.sites.map((x) => x.cls),
    );
    expect(Math.abs(retained / spawned / want - 1)).toBeLessThan(0.02);
  });

  it('shows the transient pool leaving on the model’s clock (day 1, 3, 7, 30)', () => {
    for (const t of [1, 3, 7, 30]) {
      const s = slice({ conditions: presets.typical, plan: plan({ sessions: 1 }), tDays: t, seed: 3, densityPerCm2: 150 });
      const shown = s.particles.filter((q) => q.kind === 'transient').length;
      const spawned = s.deposits.reduce((a, d) => a + d.spawned, 0);
      const want = pigmentPools(presets.typical, t).transient;
      // Within 2 % of what went in (the pool is a share of it), and none left a month on.
      expect(Math.abs(shown / spawned - want)).toBeLessThan(0.02 * transientShare(presets.typical));
      if (t === 30) expect(shown).toBe(0);
    }
  });

  it.each([
    ['typical, a year', presets.typical, Y],
    ['typical, ten years', presets.typical, 10 * Y],
    ['oily and sunny, ten years', { ...presets.typical, oil: 1, sun: 1 }, 10 * Y],
    ['worst, eight years', presets.worst, 8 * Y],
  ] as const)('spreads the retained particles as the model’s migration width within 10 %: %s', (_, c, t) => {
    const s = slice({ conditions: c, plan: plan(), tDays: t, seed: 11, densityPerCm2: 300 });
    const classes = planClasses(c, plan());
    let sq = 0,
      want = 0,
      n = 0;
    for (const q of s.particles) {
      if (q.kind !== 'retained') continue;
      const site = s.sites[q.site]!;
      const age = t - classes[site.cls!]!.deposits[q.deposit]!.day;
      sq += (q.xMm - site.xMm) ** 2;
      want += retainedSigma2Mm2(c, age, site.susceptibility);
      n++;
    }
    expect(n).toBeGreaterThan(200);
    expect(Math.abs(Math.sqrt(sq / n) / Math.sqrt(want / n) - 1)).toBeLessThan(0.1);
  });

  it('puts particles below 0.8 mm only when the needle is too deep', () => {
    const deepest = (depthMm: number, c: Partial<Conditions>, t: number): number =>
      Math.max(
        ...slice({ conditions: { ...c, depthMm }, plan: plan({ touchUpYears: [4] }), tDays: t, seed: 5, densityPerCm2: 300 }).particles.map((q) => q.zMm),
      );
    for (const depth of [0.15, 0.35, 0.6])
      for (const c of [presets.typical, presets.worst, presets.best]) for (const t of [1, Y, 4.1 * Y, 15 * Y]) expect(deepest(depth, c, t)).toBeLessThan(0.8);
    for (const depth of [0.8, 1.2]) expect(deepest(depth, presets.typical, Y)).toBeGreaterThan(0.8);
    // A blow-out is drawn as such: ink 0.3 mm below the deposit, spread wide.
    const s = slice({ conditions: { ...presets.typical, depthMm: 1.2 }, plan: plan(), tDays: Y, seed: 5, densityPerCm2: 150 });
    expect(s.particles.filter((q) => q.kind === 'halo').length).toBeGreaterThan(100);
  });

  it('adds a touch-up’s particles over the old, and breaks and clears ink after laser sessions', () => {
    const before = slice({ conditions: presets.typical, plan: plan({ touchUpYears: [5] }), tDays: 5 * Y - 1, seed: 2, densityPerCm2: 150 });
    const after = slice({ conditions: presets.typical, plan: plan({ touchUpYears: [5] }), tDays: 5 * Y + 60, seed: 2, densityPerCm2: 150 });
    expect(after.deposits.length).toBeGreaterThan(before.deposits.length);
    expect(after.particles.filter((q) => q.kind === 'retained').length).toBeGreaterThan(before.particles.filter((q) => q.kind === 'retained').length);
    const laser = plan({ laser: { startYears: 6, sessions: 8, intervalDays: LASER_INTERVAL_DAYS } });
    const at = (t: number) => slice({ conditions: presets.typical, plan: laser, tDays: t, seed: 2, densityPerCm2: 150 }).particles;
    expect(at(6 * Y - 1).filter((q) => q.kind === 'broken')).toHaveLength(0);
    // A week after the first session most of what it broke is still there, in pieces; after the course little is left.
    expect(at(6 * Y + 7).filter((q) => q.kind === 'broken').length).toBeGreaterThan(50);
    expect(at(8 * Y).filter((q) => q.kind !== 'transient').length).toBeLessThan(0.2 * at(6 * Y - 1).length);
  });
});

describe('the swatches over the slice', () => {
  it('black ink reads blue-grey under skin, and lighter as it fades', () => {
    const shades = pigmentShades('dark-brown', 'shaved', { monkTone: 3, needleMm: 0.2, needles: 1 });
    const at = (years: number) => sliceSwatches(presets.typical, plan(), years * Y, monkHex(3), shades, 150);
    const year = at(1),
      decade = at(10);
    const [ir, ig, ib] = hexToLinear(year.ink);
    expect(Math.max(ir, ig, ib)).toBeLessThan(0.03); // the ink itself: near black
    const skin = hexToLinear(year.skin),
      seen = hexToLinear(year.seen);
    // Darker, and the red taken most: blue over red rises against the bare skin's.
    expect(seen[1]).toBeLessThan(0.85 * skin[1]);
    expect(seen[2] / seen[0]).toBeGreaterThan(1.1 * (skin[2] / skin[0]));
    expect(hexToLinear(decade.seen)[1]).toBeGreaterThan(seen[1]);
  });
});

describe('the slice’s photon paths come from the light-transport reference', () => {
  it('red goes deeper than green, green deeper than blue (Monk 3 and 6)', () => {
    for (const monkTone of [3, 6]) {
      const [blue, green, red] = slicePhotonPaths({ monkTone, depthMm: 0.35, seed: 16, photons: 400 });
      expect(meanDeepestMm(red!.paths)).toBeGreaterThan(meanDeepestMm(green!.paths));
      expect(meanDeepestMm(green!.paths)).toBeGreaterThan(meanDeepestMm(blue!.paths));
      // Those that come back out too (what the eye sees), and the handful drawn are among them.
      const out = (b: typeof red) => b!.paths.filter((p) => p.fate === 'out');
      expect(meanDeepestMm(out(red))).toBeGreaterThan(1.5 * meanDeepestMm(out(blue)));
      expect(shownPaths(red!.paths).length).toBe(3);
    }
  });

  it('keeps each path as the packet went, without changing the run', () => {
    const input = { layers: skinLayers(MONK_3_SKIN, 540), refractiveIndex: SKIN_REFRACTIVE_INDEX, photons: 300, seed: 9, incidence: 'diffuse' as const };
    const spheres = [{ centre: [0, 0, 0.35] as const, radiusMm: 0.1 }];
    const plain = simulateTransport({ ...input, spheres });
    const kept = simulateTransport({ ...input, spheres, recordPaths: 300 });
    expect(kept.diffuse).toBe(plain.diffuse);
    expect(kept.absorbedBySphere).toEqual(plain.absorbedBySphere);
    expect(kept.paths).toHaveLength(300);
    for (const p of kept.paths!) {
      expect(p.points[2]).toBe(0);
      const n = p.points.length;
      const [x, y, z] = [p.points[n - 3]!, p.points[n - 2]!, p.points[n - 1]!];
      if (p.fate === 'out') expect(z).toBeCloseTo(0, 9);
      if (p.fate === 'ink') expect(Math.hypot(x, y, z - 0.35)).toBeCloseTo(0.1, 6);
      for (let i = 2; i < n; i += 3) expect(p.points[i]!).toBeGreaterThanOrEqual(-1e-9);
    }
    expect(kept.paths!.filter((p) => p.fate === 'ink').length / 300).toBeCloseTo(plain.absorbedBySphere[0]! / (1 - plain.specular), 1);
  });
});
