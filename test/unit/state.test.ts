import { describe, expect, it } from 'vitest';
import { dotFwhmMm, dotShadows, needleForSkinTone } from '../../src/model/index.ts';
import { en } from '../../src/ui/text/en.ts';
import { es } from '../../src/ui/text/es.ts';
import { enLater } from '../../src/ui/text/en-later.ts';
import { esLater } from '../../src/ui/text/es-later.ts';

// Every text table: the first view's, the later one and the link notices' words.
const TEXT = { en: { ...en, ...enLater, ...noticesEn }, es: { ...es, ...esLater, ...noticesEs } };
import { noticesEn } from '../../src/ui/text/notices-en.ts';
import { noticesEs } from '../../src/ui/text/notices-es.ts';
import { parseQuery as parseWith } from '../../src/state/url.ts';
import { DEMO_STEPS, demoState } from '../../src/ui/demo.ts';
import { conditionsFor, defaultState, needleFor, planFor } from '../../src/state/sim-state.ts';

/** The codec with the English notices (the page words them in its own language). */
const parseQuery = (q: string, words = noticesEn) => parseWith(q, words);

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

  it("the client's skin tone reaches the model: the light through it, and the shade matched on it", () => {
    expect(conditionsFor({ ...defaultState, skin: 6 }).monkTone).toBe(6);
    // the same ink darkens Monk 6 skin less than Monk 3 (melanin dims the light that reaches it)
    const shadow = (skin: number) => {
      const k = dotShadows(conditionsFor({ ...defaultState, skin })).retained;
      return k.core[1] + k.wide[1];
    };
    expect(shadow(6)).toBeLessThan(0.95 * shadow(3));
  });
});

describe('timeline state', () => {
  it('sun protection, the choices and the needle reach the model', () => {
    const base = { ...defaultState, sun: 0.8 };
    expect(conditionsFor(base).sun).toBe(0.8);
    expect(conditionsFor({ ...base, spf: true }).sun).toBeCloseTo(0.4, 10);
    expect(conditionsFor({ ...base, spf: true, hat: true }).sun).toBeCloseTo(0.24, 10);
    expect(conditionsFor({ ...base, aftercare: 0.9, grade: 'premium', pigment: 'blend', depth: 0.9 })).toMatchObject({
      aftercare: 0.9,
      grade: 'premium',
      pigment: 'blend',
      depthMm: 0.9,
    });
    expect(conditionsFor({ ...base, needle: '3rl-0.25' })).toMatchObject({ needleMm: 0.25, needles: 3 });
    expect(conditionsFor({ ...base, needle: 'auto', skin: 9 })).toMatchObject({ needleMm: 0.3, needles: 1 });
    expect(needleFor('1rl-0.18', 1)).toEqual({ needleMm: 0.18, needles: 1 });
  });

  it('the plan follows the sessions, touch-ups and laser', () => {
    expect(planFor(defaultState)).toEqual({ sessions: 3, sessionDays: [10, 21], touchUpYears: [], laser: null });
    const p = planFor({ ...defaultState, sessions: 2, touchups: [4.5, 9], laser: 12, laserSessions: 6 });
    expect(p).toMatchObject({ sessions: 2, touchUpYears: [4.5, 9], laser: { startYears: 12, sessions: 6 } });
  });
});

describe('the guided demo and the text tables', () => {
  it('every step has a caption in every language, and steps start from the same base', () => {
    expect(TEXT.en.demoSteps).toHaveLength(DEMO_STEPS.length);
    expect(TEXT.es.demoSteps).toHaveLength(DEMO_STEPS.length);
    expect(TEXT.es.shortcuts.map((r) => r.length)).toEqual(TEXT.en.shortcuts.map((r) => r.length));
    expect(demoState(4)).toMatchObject({ spf: true, hat: true, years: 8 });
    expect(demoState(3)).toMatchObject({ spf: false, sun: 1 });
    expect(demoState(DEMO_STEPS.length)).toEqual(demoState(0)); // loops
    expect(demoState(-1)).toEqual(demoState(DEMO_STEPS.length - 1));
  });

  it('no Spanish entry is left in English', () => {
    const flat = (v: unknown): string[] =>
      // (Text with values in it is checked on the page, test/browser/present.test.ts.)
      typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(flat) : v && typeof v === 'object' ? Object.values(v).flatMap(flat) : [];
    const en = flat(TEXT.en),
      es = flat(TEXT.es);
    expect(es).toHaveLength(en.length);
    // Shared by design: key names, numbers and symbols.
    const same = es.filter((s, i) => s === en[i] && /[a-z]{3,}/i.test(s));
    expect(same).toEqual(['Premium']); // the same word in both
  });

  it('link notices are worded in the interface language', () => {
    const q = '?sun=5&years=x&view=sky&spf=maybe&touchups=1,y&ludwig=9&sessiondays=1&zz=1&sun=2';
    const en = parseQuery(q, noticesEn).notices;
    const es = parseQuery(q, noticesEs).notices;
    expect(parseQuery(q).notices).toEqual(en);
    expect(es).toHaveLength(en.length);
    expect(en.length).toBeGreaterThanOrEqual(8);
    es.forEach((n, i) => expect(n).not.toBe(en[i]));
    expect(es.join(' ')).toMatch(/está fuera de 0–1; se ajusta a 1/);
  });
});

describe("the exported picture's caption", () => {
  it("says the scenario in the interface's language, numbers as that language writes them", async () => {
    const { scenarioLine } = await import('../../src/ui/Export.tsx');
    const s = { ...defaultState, sun: 0.5, oil: 0.25, touchups: [4.5, 9], spf: true } as unknown as Parameters<typeof scenarioLine>[0];
    const es = scenarioLine(s, TEXT.es);
    expect(es).toContain('sol 0,50');
    expect(es).toContain('grasa 0,25');
    expect(es).toContain('FPS');
    expect(es).toContain('retoques a los 4,5; 9 años');
    expect(es).not.toMatch(/\b(sun|oil|touch-ups|SPF)\b/);
    expect(scenarioLine(s, TEXT.en)).toContain('sun 0.50');
  });
});
