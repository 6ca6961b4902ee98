import type { RangeEnd } from './range-views.ts';
import type { SimState } from '../state/sim-state.ts';

/**
 * Puts a scenario on the head's materials: the store's state with `patch` over it (another time,
 * another lifestyle), or one end of the range. Set by Head, used by the frame renderer.
 */
export type ScenarioSetter = (patch?: Partial<SimState>, range?: RangeEnd) => void;

/** What moves the view besides the store: an orbit drag and presentation's slow turn (set by CameraRig). */
export interface Motion {
  dragging: boolean;
  turning: boolean;
}
