/**
 * The scenario as uniforms: what the head's materials and the photo's share (time, lifestyle, the
 * plan, the choices, the remaining hair's look). Time and conditions change uniforms only.
 */
import { pigmentShades, rangeConditions, stagesGained } from '../model/index.ts';
import type { SimStore } from '../state/store.ts';
import { conditionsFor, planFor } from '../state/sim-state.ts';
import { type ScalpMaterial, applyConditions, setStagesGained } from './scalp-material.ts';
import type { RangeEnd } from './range-views.ts';

/** Puts a state (or one end of its range) on the materials. */
export function applyScenario(materials: readonly ScalpMaterial[], s: SimStore, range?: RangeEnd): void {
  // Pigment shades are matched to the client's hair, a step lighter in density mode.
  const chosen = conditionsFor(s);
  const shades = pigmentShades(s.hair, s.mode, chosen);
  const c = range ? rangeConditions(chosen)[range] : chosen;
  const plan = planFor(s);
  for (const m of materials) {
    setStagesGained(m, stagesGained(s.progression, s.years));
    applyConditions(m, c, s.years, s.skin, shades, plan);
  }
}
