/** The simulator's state: what the sliders, pickers and the URL describe. */
import {
  DEFAULT_DENSITY_PER_CM2,
  MAX_DENSITY_PER_CM2,
  MIN_DENSITY_PER_CM2,
  MAX_STUBBLE_MM,
  DEFAULT_PATTERN,
  type HairColour,
  type HairLossPattern,
  type HairlinePreset,
  type HairlineDesign,
  type HeadPreset,
  type HeadShape,
  type SmpMode,
  type Conditions,
  type ScarKind,
  type PigmentGrade,
  type PigmentType,
  type TreatmentPlan,
  HAIRLINE_DESIGNS,
  HEAD_SHAPES,
  DEFAULT_SESSION_DAYS,
  LASER_INTERVAL_DAYS,
  defaultConditions,
  needleForSkinTone,
  effectiveSun,
  presets,
} from '../model/index.ts';

/** Needle configurations (docs/model.md): a round-liner grouping and its needle diameter; auto follows the skin tone. */
export const NEEDLES = ['auto', '1rl-0.18', '1rl-0.20', '1rl-0.25', '1rl-0.30', '3rl-0.20', '3rl-0.25'] as const;
export type NeedleChoice = (typeof NEEDLES)[number];
export const PLAY_SPEEDS = [0.5, 1, 2] as const;
/** Seconds a 1× time-lapse takes from day 0 to its end. */
export const PLAY_SECONDS = 20;

/** The cross-section's place: hidden, beside the head (or photo), or on its own. */
export const SLICE_MODES = ['off', 'beside', 'alone'] as const;
export type SliceMode = (typeof SLICE_MODES)[number];

export const VIEWS = ['front', 'top', 'left', 'right', 'back', 'closeup', 'oblique'] as const;
export type ViewName = (typeof VIEWS)[number];

export interface SimState {
  /** Time since treatment, years. */
  years: number;
  sun: number;
  oil: number;
  /** Monk Skin Tone, 1..10. */
  skin: number;
  view: ViewName;
  seed: number;
  /** Impressions per cm² of skin. */
  density: number;
  /** Length of the remaining hair, mm; 0 = clean-shaven. */
  stubble: number;
  /** Colour of the remaining hair. */
  hair: HairColour;
  /** The client's hair loss: a Norwood stage or a Ludwig grade. */
  pattern: HairLossPattern;
  /** Shaved (SMP gives the whole area a buzz-cut look) or density (SMP between thinning hair). */
  mode: SmpMode;
  /** The hairline preset the design started from, and the design itself. */
  hairline: HairlinePreset;
  design: HairlineDesign;
  /** The head-shape preset the shape started from, and the shape itself. */
  head: HeadPreset;
  shape: HeadShape;
  /** A scar to camouflage. */
  scar: ScarKind;
  /** Sessions carried out (1–3) and the days of sessions 2 and 3. */
  sessions: 1 | 2 | 3;
  sessionDays: readonly [number, number];
  /** Touch-ups, years after the first session, in order. */
  touchups: readonly number[];
  /** Aftercare quality 0..1, sunscreen and hat use. */
  aftercare: number;
  spf: boolean;
  hat: boolean;
  grade: PigmentGrade;
  pigment: PigmentType;
  /** Deposit depth, mm (0.35 correct; 0.8+ too deep). */
  depth: number;
  needle: NeedleChoice;
  /** Continued hair loss: Norwood stages (or Ludwig grades) gained per decade. */
  progression: number;
  /** Q-switched laser course: first session (years; null = none) and number of sessions. */
  laser: number | null;
  laserSessions: number;
  /** Playback: end year and speed (1 = the time-lapse takes PLAY_SECONDS). */
  playTo: number;
  playSpeed: number;
  /** Show the best- and worst-case views beside the chosen scenario. */
  range: boolean;
  /** Compare: the other side's time (years; null = no comparison) and scenario, how it is laid out, where the divider is. */
  compare: number | null;
  versus: Versus;
  panes: Panes;
  split: number;
  /** Presentation mode: fullscreen, large captions, controls hidden until wanted. */
  present: boolean;
  /** The cross-section under the skin (issue 16): hidden, beside the head, or alone. */
  slice: SliceMode;
  /** Language of the interface. */
  lang: 'en' | 'es';
}

/**
 * What the other side of a comparison shows besides another time: the same scenario, or one with
 * the lifestyle changed (sun protection and aftercare, or the range's ends).
 */
export const VERSUS = ['same', 'protected', 'unprotected', 'best', 'worst'] as const;
export type Versus = (typeof VERSUS)[number];
/** Split: one view, a divider between the two states; side: two whole views; grid: day 30 and years 2, 5, 10. */
export const PANES = ['split', 'side', 'grid'] as const;
export type Panes = (typeof PANES)[number];
/** Times of the small multiples, years. */
export const GRID_YEARS: readonly number[] = [30 / 365.25, 2, 5, 10];

/** The state patch a comparison's other side applies. */
export function versusPatch(v: Versus): Partial<SimState> {
  switch (v) {
    case 'protected':
      return { spf: true, hat: true, aftercare: 1 };
    case 'unprotected':
      return { spf: false, hat: false, aftercare: 0 };
    // The checkpoints' presets (docs/model.md), with no sun protection on top: the presets' sun is the sun that counts.
    case 'best':
      return { ...presets.best, spf: false, hat: false };
    case 'worst':
      return { ...presets.worst, spf: false, hat: false };
    default:
      return {};
  }
}

export const MAX_YEARS = 20;
/** Where the guided demo's steps start in time unless they say otherwise. */
export const DEMO_BASE_YEARS = 1;
export const MAX_SEED = 2 ** 31 - 1;

export const defaultState: Readonly<SimState> = Object.freeze({
  years: 1,
  sun: 0.5,
  oil: 0.5,
  skin: 3,
  // The treated scalp first: three-quarters from above the brow (the front view is mostly face).
  view: 'oblique',
  seed: 1,
  density: DEFAULT_DENSITY_PER_CM2,
  stubble: 0.5,
  hair: 'dark-brown',
  pattern: DEFAULT_PATTERN,
  mode: 'shaved',
  hairline: 'natural',
  design: HAIRLINE_DESIGNS.natural,
  head: 'average',
  shape: HEAD_SHAPES.average,
  scar: 'none',
  sessions: 3,
  sessionDays: DEFAULT_SESSION_DAYS,
  touchups: [],
  aftercare: 0.5,
  spf: false,
  hat: false,
  grade: 'standard',
  pigment: 'carbon',
  depth: 0.35,
  needle: 'auto',
  progression: 0,
  laser: null,
  laserSessions: 8,
  playTo: 10,
  playSpeed: 1,
  range: true,
  compare: null,
  versus: 'same',
  panes: 'split',
  split: 0.5,
  present: false,
  slice: 'off',
  lang: 'en',
});

/** Hair length when a density-mode link gives none: the client keeps some length (mm). */
export const DENSITY_MODE_HAIR_MM = 3;

export const LIMITS = {
  years: [0, MAX_YEARS],
  sun: [0, 1],
  oil: [0, 1],
  skin: [1, 10],
  seed: [0, MAX_SEED],
  density: [MIN_DENSITY_PER_CM2, MAX_DENSITY_PER_CM2],
  stubble: [0, MAX_STUBBLE_MM],
  aftercare: [0, 1],
  depth: [0.15, 1.5],
  progression: [0, 3],
  laser: [0.1, MAX_YEARS],
  laserSessions: [5, 10],
  playTo: [1, MAX_YEARS],
  touchup: [0.1, MAX_YEARS],
  compare: [0, MAX_YEARS],
  split: [0.05, 0.95],
} as const;

/** Needle diameter and grouping of a choice; auto: the practitioner's pick for the skin tone. */
export function needleFor(choice: NeedleChoice, skin: number): { needleMm: number; needles: 1 | 3 } {
  if (choice === 'auto') return { needleMm: needleForSkinTone(skin), needles: 1 };
  const [group, mm] = choice.split('-');
  return { needleMm: Number(mm), needles: group === '3rl' ? 3 : 1 };
}

/** The fields the model's conditions and the treatment plan are made from (what a component that shows them subscribes to). */
export const CONDITION_FIELDS = ['sun', 'oil', 'skin', 'aftercare', 'spf', 'hat', 'grade', 'pigment', 'depth', 'needle'] as const;
export const PLAN_FIELDS = ['sessions', 'sessionDays', 'touchups', 'laser', 'laserSessions'] as const;
type ConditionFields = (typeof CONDITION_FIELDS)[number];

/** The model's conditions for what the client has chosen: sun protection lowers the sun that counts. */
export function conditionsFor(s: Pick<SimState, 'sun' | 'oil' | 'skin'> & Partial<Pick<SimState, ConditionFields>>): Conditions {
  const d = defaultState;
  return {
    ...defaultConditions,
    sun: effectiveSun(s.sun, s.spf ?? d.spf, s.hat ?? d.hat),
    oil: s.oil,
    aftercare: s.aftercare ?? d.aftercare,
    grade: s.grade ?? d.grade,
    pigment: s.pigment ?? d.pigment,
    depthMm: s.depth ?? d.depth,
    ...needleFor(s.needle ?? d.needle, s.skin),
    monkTone: s.skin,
  };
}

/** The treatment history the timeline describes. */
export function planFor(s: Pick<SimState, 'sessions' | 'sessionDays' | 'touchups' | 'laser' | 'laserSessions'>): TreatmentPlan {
  return {
    sessions: s.sessions,
    sessionDays: s.sessionDays,
    touchUpYears: s.touchups,
    laser: s.laser === null ? null : { startYears: s.laser, sessions: s.laserSessions, intervalDays: LASER_INTERVAL_DAYS },
  };
}
