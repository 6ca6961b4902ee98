/** The simulator's state: what the sliders, pickers and the URL describe. */
import {
  DEFAULT_DENSITY_PER_CM2, MAX_DENSITY_PER_CM2, MIN_DENSITY_PER_CM2, MAX_STUBBLE_MM, DEFAULT_PATTERN, type HairColour, type HairLossPattern,
  type HairlinePreset, type HairlineDesign, type HeadPreset, type HeadShape, type SmpMode, type Conditions, type ScarKind,
  HAIRLINE_DESIGNS, HEAD_SHAPES, defaultConditions, needleForSkinTone,
} from '../model/index.ts';

export const VIEWS = ['front', 'top', 'left', 'right', 'back', 'closeup'] as const;
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
}

export const MAX_YEARS = 20;
export const MAX_SEED = 2 ** 31 - 1;

export const defaultState: Readonly<SimState> = Object.freeze({
  years: 1,
  sun: 0.5,
  oil: 0.5,
  skin: 3,
  view: 'front',
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
} as const;

/** The model's conditions for what the client has chosen. */
export function conditionsFor(s: Pick<SimState, 'sun' | 'oil' | 'skin'>): Conditions {
  return { ...defaultConditions, sun: s.sun, oil: s.oil, needleMm: needleForSkinTone(s.skin) };
}
