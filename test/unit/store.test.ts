/** The store's named actions: each keeps its rule, whichever control calls it. */
import { describe, expect, it } from 'vitest';
import { createSimStore } from '../../src/state/store.ts';
import { DENSITY_MODE_HAIR_MM, MAX_YEARS } from '../../src/state/sim-state.ts';
import { yearsAfterKey } from '../../src/state/years.ts';
import { HAIRLINE_DESIGNS, MAX_TOUCH_UPS } from '../../src/model/index.ts';

const DAY = 1 / 365.25;

describe('time', () => {
  it('is kept on the axis and on whole days', () => {
    const st = createSimStore();
    st.getState().setYears(-3);
    expect(st.getState().years).toBe(0);
    st.getState().setYears(99);
    expect(st.getState().years).toBe(MAX_YEARS);
    st.getState().setYears(10.4 * DAY);
    expect(st.getState().years * 365.25).toBeCloseTo(10, 9);
  });

  it('moves by keyboard a day while healing, a week in the first year, a tenth after; a year a page; the ends', () => {
    expect(yearsAfterKey(0, 'ArrowRight')! * 365.25).toBeCloseTo(1, 9);
    expect(yearsAfterKey(0.5, 'ArrowUp')! - 0.5).toBeCloseTo(7 * DAY, 2);
    expect(yearsAfterKey(3, 'ArrowLeft')).toBeCloseTo(2.9, 2);
    expect(yearsAfterKey(3, 'PageUp')).toBeCloseTo(4, 2);
    expect(yearsAfterKey(0.2, 'PageDown')).toBe(0);
    expect(yearsAfterKey(3, 'Home')).toBe(0);
    expect(yearsAfterKey(3, 'End')).toBe(MAX_YEARS);
    expect(yearsAfterKey(3, 'x')).toBeNull();
    const st = createSimStore({ years: 3 });
    expect(st.getState().keyYears('Enter')).toBe(false);
    expect(st.getState().keyYears('ArrowDown')).toBe(true);
    expect(st.getState().years).toBeCloseTo(2.9, 2);
  });
});

describe('touch-ups', () => {
  it('stay in order, within limits, to 0.01 y, never two at once, at most MAX_TOUCH_UPS', () => {
    const st = createSimStore();
    const { addTouchUp } = st.getState();
    addTouchUp(5.123);
    addTouchUp(2);
    addTouchUp(2);
    addTouchUp(0);
    expect(st.getState().touchups).toEqual([0.1, 2, 5.12]);
    for (let y = 6; y < 30; y++) addTouchUp(y);
    expect(st.getState().touchups.length).toBe(MAX_TOUCH_UPS);
    expect(Math.max(...st.getState().touchups)).toBe(14);
    st.getState().moveTouchUp(0, 99);
    expect(st.getState().touchups[0]).toBe(MAX_YEARS);
  });

  it('dragged past one another, settle in order when let go; removed by index; every n years', () => {
    const st = createSimStore({ touchups: [2, 5] });
    st.getState().moveTouchUp(0, 7);
    expect(st.getState().touchups).toEqual([7, 5]);
    st.getState().settleTouchUps();
    expect(st.getState().touchups).toEqual([5, 7]);
    st.getState().removeTouchUp(0);
    expect(st.getState().touchups).toEqual([7]);
    st.getState().setTouchUpsEvery(4);
    expect(st.getState().touchups).toEqual([4, 8, 12, 16, 20]);
    st.getState().setTouchUpsEvery(0);
    expect(st.getState().touchups).toEqual([]);
  });
});

describe('choices', () => {
  it('compare starts five years on (within the axis) and stops', () => {
    const st = createSimStore({ years: 17.6 });
    st.getState().toggleCompare();
    expect(st.getState().compare).toBe(MAX_YEARS);
    st.getState().toggleCompare();
    expect(st.getState().compare).toBeNull();
    st.getState().setYears(1.2);
    st.getState().toggleCompare();
    expect(st.getState().compare).toBe(6);
  });

  it('density mode keeps some length; back to full coverage keeps what there is', () => {
    const st = createSimStore({ stubble: 0.5 });
    st.getState().setMode('density');
    expect(st.getState().stubble).toBe(DENSITY_MODE_HAIR_MM);
    st.getState().setMode('shaved');
    expect(st.getState().stubble).toBe(DENSITY_MODE_HAIR_MM);
  });

  it('a hairline preset replaces the design; the laser starts now, not before half a year', () => {
    const st = createSimStore({ design: { ...HAIRLINE_DESIGNS.natural, heightCm: 9 }, years: 0.1 });
    st.getState().chooseHairline('mature');
    expect(st.getState().design).toBe(HAIRLINE_DESIGNS.mature);
    st.getState().setLaser(true);
    expect(st.getState().laser).toBe(0.5);
    st.getState().setYears(6.04);
    st.getState().setLaser(true);
    expect(st.getState().laser).toBe(6);
    st.getState().setLaser(false);
    expect(st.getState().laser).toBeNull();
  });
});
