import { describe, expect, it } from 'vitest';
import { describeAftercare, describeDepth, describeOil, describeSun, formatYears } from '../../src/ui/format.ts';
import { yearsStep } from '../../src/state/years.ts';

describe('values in words', () => {
  it('years read as a person says them', () => {
    expect(formatYears(4.5)).toBe('4.5 years');
    expect(formatYears(1)).toBe('1 year');
    expect(formatYears(1 / 365.25)).toBe('1 day');
    expect(formatYears(10 / 365.25)).toBe('10 days');
    expect(formatYears(0.5)).toBe('6 months');
    expect(formatYears(0)).toBe('the day of treatment');
  });
  it('sun and oil in words, with the middle of each slider as the normal case', () => {
    expect(describeSun(0.5)).toBe('occasional sun');
    expect(describeSun(0)).toBe('no sun');
    expect(describeSun(1)).toBe('daily sun');
    expect(describeOil(0.5)).toBe('normal');
    expect(describeOil(0.8)).toBe('oily');
    expect(describeOil(0)).toBe('dry');
  });
  it('the years slider steps a day at a time while healing, then a week, then a tenth of a year', () => {
    expect(yearsStep(0, 1) * 365.25).toBeCloseTo(1);
    expect(yearsStep(0.5, 1) * 365.25).toBeCloseTo(7);
    expect(yearsStep(3, 1)).toBeCloseTo(0.1);
  });
});

describe('choice words', () => {
  it('aftercare and depth in words', () => {
    expect([0, 0.3, 0.5, 0.8, 1].map(describeAftercare)).toEqual(['poor', 'patchy', 'reasonable', 'good', 'strict']);
    expect(describeDepth(0.35)).toBe('0.35 mm (correct)');
    expect(describeDepth(0.7)).toBe('0.70 mm (deep)');
    expect(describeDepth(0.9)).toBe('0.90 mm (too deep: spreads)');
    expect(describeDepth(1.2)).toBe('1.20 mm (blow-out)');
  });
});
