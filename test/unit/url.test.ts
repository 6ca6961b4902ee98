import { describe, expect, it } from 'vitest';
import { noticesEn } from '../../src/ui/text/notices-en.ts';
import { parseQuery as parseWith, serializeState } from '../../src/state/url.ts';
import { type SimState, DENSITY_MODE_HAIR_MM, defaultState } from '../../src/state/sim-state.ts';
import { HAIRLINE_DESIGNS, HEAD_SHAPES } from '../../src/model/index.ts';

/** The codec with the English notices (the page words them in its own language). */
const parseQuery = (q: string, words = noticesEn) => parseWith(q, words);

describe('URL codec', () => {
  it('round-trips a full state', () => {
    const s: SimState = {
      years: 4.5,
      sun: 0.8,
      oil: 0.25,
      skin: 7,
      view: 'closeup',
      seed: 12345,
      density: 220,
      stubble: 1,
      hair: 'grey',
      pattern: { kind: 'norwood', stage: '3v' },
      mode: 'density',
      hairline: 'mature',
      design: { heightCm: 8.6, temples: 0.2, recession: 0.8, symmetry: 0.5, profile: 'soft' },
      head: 'round',
      shape: { lengthMm: 188.5, breadthMm: 162, crownMm: -4, occiput: 0.3 },
      scar: 'fut',
      sessions: 2,
      sessionDays: [8, 20],
      touchups: [4.5, 9],
      aftercare: 0.9,
      spf: true,
      hat: true,
      grade: 'premium',
      pigment: 'iron_oxide',
      depth: 0.9,
      needle: '3rl-0.25',
      progression: 1.5,
      laser: 12,
      laserSessions: 6,
      playTo: 15,
      playSpeed: 2,
      range: false,
      compare: 10,
      versus: 'protected',
      panes: 'side',
      split: 0.3,
      present: true,
      slice: 'beside',
      lang: 'es',
    };
    const back = parseQuery(`?${serializeState(s)}`);
    expect(back.notices).toEqual([]);
    expect(back.state).toEqual(s);
    // unchanged preset values are left out of the link
    expect(serializeState(s)).not.toMatch(/recession|headbreadth|occiput/);
    expect(serializeState(defaultState)).not.toMatch(/height|temples|profile|headlength|crown/);
  });

  it('reads the mode, hairline design values over a preset, and the head shape', () => {
    const d = parseQuery('?mode=density&hairline=defined&height=9&symmetry=0.6&profile=SOFT');
    expect(d.notices).toEqual([]);
    expect(d.state.mode).toBe('density');
    expect(d.state.stubble).toBe(DENSITY_MODE_HAIR_MM); // a density client keeps some length
    expect(parseQuery('?mode=density&stubble=1').state.stubble).toBe(1);
    expect(d.state.design).toEqual({ ...HAIRLINE_DESIGNS.defined, heightCm: 9, symmetry: 0.6, profile: 'soft' });
    expect(parseQuery('?head=flat-back').state.shape).toBe(HEAD_SHAPES['flat-back']);
    expect(parseQuery('?headlength=210&crown=5').state.shape).toEqual({ ...HEAD_SHAPES.average, lengthMm: 210, crownMm: 5 });
    const bad = parseQuery('?mode=bald&height=30&temples=x&profile=zigzag&head=egg&headbreadth=-5&occiput=2');
    expect(bad.notices).toHaveLength(7);
    expect(bad.notices.join(' ')).toMatch(/height: “30” is outside 5–11; clamped to 11/);
    expect(bad.notices.join(' ')).toMatch(/headbreadth: “-5” is outside 140–170; clamped to 140/);
    expect(bad.state).toMatchObject({ mode: 'shaved', head: 'average', design: { ...HAIRLINE_DESIGNS.natural, heightCm: 11 } });
    expect(bad.state.shape).toEqual({ ...HEAD_SHAPES.average, breadthMm: 140, occiput: 1 });
  });

  it('reads the timeline and the choices under their fixed names', () => {
    const r = parseQuery('?sessions=1&touchups=9,4.5&aftercare=1&spf=1&grade=low&pigment=blend&depth=0.8&progression=2&laser=3&needle=1RL-0.30');
    expect(r.notices).toEqual([]);
    expect(r.state).toMatchObject({
      sessions: 1,
      touchups: [4.5, 9],
      aftercare: 1,
      spf: true,
      hat: false,
      grade: 'low',
      pigment: 'blend',
      depth: 0.8,
      progression: 2,
      laser: 3,
      needle: '1rl-0.30',
    });
    expect(parseQuery('?pigment=iron-oxide').state.pigment).toBe('iron_oxide');
    expect(parseQuery('?laser=none').state.laser).toBeNull();
    expect(serializeState(defaultState)).not.toMatch(/sessions|touchups|aftercare|spf|grade|pigment|depth|progression|laser/);
  });

  it('clamps or refuses bad timeline values, with a notice each', () => {
    const bad = parseQuery(
      '?sessions=5&touchups=3,x,40&aftercare=2&spf=maybe&grade=gold&pigment=ink&depth=3&progression=-1&sessiondays=2,60&laser=abc&lasersessions=2.5',
    );
    const text = bad.notices.join(' | ');
    expect(text).toMatch(/sessions: “5” is outside 1–3; clamped to 3/);
    expect(text).toMatch(/touchups: “x” is not a number/);
    expect(text).toMatch(/touchups: values outside 0.1–20 were clamped/);
    expect(text).toMatch(/aftercare: “2” is outside 0–1/);
    expect(text).toMatch(/spf: “maybe” is not 0 or 1/);
    expect(text).toMatch(/grade: “gold” is not one of premium, standard, low/);
    expect(text).toMatch(/pigment: “ink” is not one of carbon, iron_oxide, blend/);
    expect(text).toMatch(/depth: “3” is outside 0.15–1.5; clamped to 1.5/);
    expect(text).toMatch(/progression: “-1” is outside 0–3; clamped to 0/);
    expect(text).toMatch(/sessiondays: sessions are 7–14 days apart; using days 7 and 21/);
    expect(text).toMatch(/laser: “abc” is not a number/);
    expect(text).toMatch(/lasersessions: “2.5” is not a whole number/);
    expect(bad.state).toMatchObject({
      sessions: 3,
      touchups: [3, 20],
      aftercare: 1,
      spf: false,
      grade: 'standard',
      pigment: 'carbon',
      depth: 1.5,
      progression: 0,
      sessionDays: [7, 21],
      laser: null,
      laserSessions: 5,
    });
    expect(parseQuery(`?touchups=${Array.from({ length: 20 }, (_, i) => i + 1).join(',')}`).state.touchups).toHaveLength(12);
  });

  it('reads compare, presentation and language', () => {
    const r = parseQuery('?compare=10&versus=worst&panes=grid&split=0.25&present=1&lang=ES-mx');
    expect(r.notices).toEqual([]);
    expect(r.state).toMatchObject({ compare: 10, versus: 'worst', panes: 'grid', split: 0.25, present: true, lang: 'es' });
    const bad = parseQuery('?compare=99&versus=nope&panes=x&split=2&present=maybe&lang=fr');
    expect(bad.notices).toHaveLength(6);
    expect(bad.state).toMatchObject({ compare: 20, versus: 'same', panes: 'split', split: 0.95, present: false, lang: 'en' });
    expect(parseQuery('?compare=off').state.compare).toBeNull();
  });

  it('an empty query gives the defaults and no notice', () => {
    expect(parseQuery('')).toEqual({ state: { ...defaultState }, notices: [], unworded: 0 });
    expect(parseWith('').unworded).toBe(0);
    expect(parseWith('?sun=9').unworded).toBe(1);
  });

  it.each([
    ['years=NaN', 'years', defaultState.years],
    ['years=Infinity', 'years', defaultState.years],
    ['years=', 'years', defaultState.years],
    ['years=1e999', 'years', defaultState.years],
    ['sun=0x10', 'sun', defaultState.sun],
    ['oil=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'oil', defaultState.oil],
  ])('refuses junk: %s', (query, key, kept) => {
    const r = parseQuery(`?${query}`);
    expect(r.state[key as 'years']).toBe(kept);
    expect(r.notices.length).toBe(1);
    expect(r.notices[0]).toContain(key);
  });

  it.each([
    ['years=999', 'years', 20],
    ['years=-3', 'years', 0],
    ['sun=7', 'sun', 1],
    ['oil=-0.5', 'oil', 0],
    ['skin=0', 'skin', 1],
    ['skin=11', 'skin', 10],
    ['density=5', 'density', 80],
    ['density=100000', 'density', 300],
    ['seed=-1', 'seed', 0],
  ])('clamps out-of-range values with a notice: %s', (query, key, value) => {
    const r = parseQuery(`?${query}`);
    expect(r.state[key as 'years']).toBe(value);
    expect(r.notices.join(' ')).toMatch(/clamped/);
  });

  it('rounds a fractional skin tone and says so', () => {
    const r = parseQuery('?skin=4.6');
    expect(r.state.skin).toBe(5);
    expect(r.notices[0]).toMatch(/rounded/);
  });

  it('takes the first of repeated keys and says so', () => {
    const r = parseQuery('?sun=0.2&sun=0.9&sun=1');
    expect(r.state.sun).toBe(0.2);
    expect(r.notices[0]).toMatch(/3 times/);
  });

  it('refuses an unknown view and names the allowed ones', () => {
    const r = parseQuery('?view=<b>side</b>');
    expect(r.state.view).toBe(defaultState.view);
    expect(r.notices[0]).toContain('front, top, left, right, back, closeup');
  });

  it('accepts a view in any case and with spaces', () => {
    expect(parseQuery('?view=%20Top%20').state.view).toBe('top');
  });

  it('quotes hostile values shortened and without control characters', () => {
    const r = parseQuery(`?years=${encodeURIComponent('\u0000\u001b[31m' + 'x'.repeat(5000))}`);
    expect(r.notices[0]!.length).toBeLessThan(120);
    // eslint-disable-next-line no-control-regex -- control characters are what the test looks for
    expect(r.notices[0]).not.toMatch(/[\u0000-\u001f]/);
  });

  it('reads hair colour and stubble length, and refuses junk for them', () => {
    expect(parseQuery('?hair=Light_Brown&stubble=3').state).toMatchObject({ hair: 'light-brown', stubble: 3 });
    const bad = parseQuery('?hair=blue&stubble=9');
    expect(bad.state.hair).toBe(defaultState.hair);
    expect(bad.state.stubble).toBe(5);
    expect(bad.notices.join(' ')).toMatch(/hair: “blue” is not one of/);
    expect(bad.notices.join(' ')).toMatch(/stubble: “9” is outside/);
  });

  it('reads hair-loss patterns, hairline designs and scars', () => {
    expect(parseQuery('?norwood=3V').state.pattern).toEqual({ kind: 'norwood', stage: '3v' });
    expect(parseQuery('?ludwig=II').state.pattern).toEqual({ kind: 'ludwig', grade: 2 });
    const both = parseQuery('?norwood=4&ludwig=2');
    expect(both.state.pattern).toEqual({ kind: 'norwood', stage: '4' });
    expect(both.notices.join(' ')).toMatch(/Both norwood and ludwig/);
    // a refused Norwood stage does not block a good Ludwig grade
    expect(parseQuery('?norwood=9&ludwig=3').state.pattern).toEqual({ kind: 'ludwig', grade: 3 });
    const r = parseQuery('?hairline=Defined&scar=FUT');
    expect(r.state).toMatchObject({ hairline: 'defined', scar: 'fut' });
    const bad = parseQuery('?hairline=zigzag&scar=tattoo&norwood=8');
    expect(bad.notices).toHaveLength(3);
    expect(bad.state).toMatchObject({ hairline: defaultState.hairline, scar: 'none', pattern: defaultState.pattern });
  });

  it('reports unknown parameters without failing', () => {
    const r = parseQuery('?years=2&utm_source=x&foo=1');
    expect(r.state.years).toBe(2);
    expect(r.notices.join(' ')).toMatch(/Unknown link parameters/);
  });

  it('survives malformed percent-encoding and huge queries', () => {
    expect(() => parseQuery('?years=%E0%A4%A&sun=%')).not.toThrow();
    const huge = parseQuery(`?${'a=1&'.repeat(100_000)}years=3`);
    expect(huge.state.years).toBe(defaultState.years); // beyond the 8 KB we read
    expect(huge.notices.length).toBeGreaterThan(0);
  });

  it('without words it reads only the state: the page words the notices once its text has loaded', () => {
    const q = '?sun=5&years=x&foo=1&lang=es';
    const bare = parseWith(q);
    expect(bare.notices).toEqual([]);
    expect(bare.state).toEqual(parseQuery(q).state);
    expect(parseQuery(q).notices).toHaveLength(3);
  });
});
