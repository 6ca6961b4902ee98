/**
 * The guided demo: a scripted sequence of saved states, each shown for a while with a caption
 * (the captions are in the text tables, src/ui/text). Every step starts from the same base, so
 * steps never inherit each other's changes; the demo loops.
 */
import { type SimState, DEMO_BASE_YEARS } from '../state/sim-state.ts';
import { DAYS_PER_YEAR } from '../model/index.ts';

/** Seconds each step stays on screen. */
export const DEMO_STEP_SECONDS = 9;

/** What every step starts from: typical lifestyle, the default plan, no comparison. */
export const DEMO_BASE: Partial<SimState> = {
  sun: 0.5,
  oil: 0.5,
  aftercare: 0.5,
  spf: false,
  hat: false,
  grade: 'standard',
  pigment: 'carbon',
  depth: 0.35,
  needle: 'auto',
  sessions: 3,
  touchups: [],
  laser: null,
  progression: 0,
  compare: null,
  versus: 'same',
  panes: 'split',
  split: 0.5,
  slice: 'off',
  years: DEMO_BASE_YEARS,
};

export const DEMO_STEPS: ReadonlyArray<Partial<SimState>> = [
  { view: 'closeup', years: 1 / DAYS_PER_YEAR },
  { view: 'closeup', years: 51 / DAYS_PER_YEAR },
  { view: 'front', years: 5 },
  { view: 'top', years: 8, sun: 1 },
  { view: 'top', years: 8, sun: 1, spf: true, hat: true, aftercare: 1 },
  { view: 'closeup', years: 8, oil: 1 },
  { view: 'closeup', years: 15.2, touchups: [5, 10, 15] },
  { view: 'top', years: 8, sun: 0, oil: 0, aftercare: 1, grade: 'premium', compare: 8, versus: 'worst', panes: 'split' },
  // Under the skin (issue 16): the slice beside the close-up, one year on: the same dots from above and in section.
  { view: 'closeup', years: 1, slice: 'beside' },
];

/** The state of step i (wrapping round). */
export function demoState(i: number): Partial<SimState> {
  const n = DEMO_STEPS.length;
  return { ...DEMO_BASE, ...DEMO_STEPS[((i % n) + n) % n] };
}
