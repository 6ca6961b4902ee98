/**
 * Hair-loss patterns as maps of loss on the scalp chart: Norwood–Hamilton stages 1–7 (with 3
 * vertex) for men, Ludwig I–III diffuse thinning for women. loss = 1 is bald, 0 is full hair;
 * Ludwig's thinning keeps part of the hair. The SMP goes where hair is lost (inside the designed
 * hairline) and the remaining hair everywhere else in the hair-bearing area.
 *
 * Shapes follow the scale's definitions (Norwood 1975; Ludwig 1977): temporal recession that stays
 * in front of the ear canals at stage 2 and passes them at stage 3, a vertex patch from 3v, a bridge
 * of hair between front and crown at stages 4–5, none at 6, and at 7 only a band from the ears round
 * the back. Depths are in degrees of the chart's polar angle (1° ≈ 1.7 mm of skin on the top).
 * The resulting areas are measured in test/unit/pattern.test.ts and listed in docs/model.md.
 */
import { chartRadiusToAngle } from './chart.ts';
import { type TreatedRegion, boundaryRadiusAt } from './regions.ts';
import { SHADER_FLOATS } from './shader-constants.ts';

export const NORWOOD_STAGES = ['1', '2', '3', '3v', '4', '5', '6', '7'] as const;
export type NorwoodStage = (typeof NORWOOD_STAGES)[number];
export type HairLossPattern = { kind: 'norwood'; stage: NorwoodStage } | { kind: 'ludwig'; grade: 1 | 2 | 3 };

export const DEFAULT_PATTERN: HairLossPattern = { kind: 'norwood', stage: '6' };

const DEG = Math.PI / 180;
/** The vertex whorl, on the skin at about (0, 115, −55) mm. */
const CROWN_CHART: readonly [number, number] = [0, -0.234];
/** Skin millimetres per chart unit near the top of the head (r ≈ 100 mm). */
const MM_PER_CHART = 100;

interface Frontal {
  /** Recession at the midline and at the temporal corners, degrees. */
  midDeg: number;
  templeDeg: number;
}
interface StageShape {
  frontal: Frontal | null;
  /** Radius of the bald vertex patch, mm (0: none). */
  vertexMm: number;
  /** Everything above the fringe is bald: degrees added to the treated design's sides and back. */
  fringeDeg: number | null;
}

const STAGES: Record<NorwoodStage, StageShape> = {
  '1': { frontal: null, vertexMm: 0, fringeDeg: null },
  '2': { frontal: { midDeg: 3, templeDeg: 10 }, vertexMm: 0, fringeDeg: null },
  '3': { frontal: { midDeg: 5, templeDeg: 18 }, vertexMm: 0, fringeDeg: null },
  '3v': { frontal: { midDeg: 5, templeDeg: 18 }, vertexMm: 25, fringeDeg: null },
  '4': { frontal: { midDeg: 14, templeDeg: 25 }, vertexMm: 35, fringeDeg: null },
  '5': { frontal: { midDeg: 23, templeDeg: 33 }, vertexMm: 50, fringeDeg: null },
  '6': { frontal: null, vertexMm: 0, fringeDeg: -7 },
  '7': { frontal: null, vertexMm: 0, fringeDeg: 8 },
};

const smooth = (t: number): number => (t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t));
/** Soft edge of a bald area: hair thins over about 6 mm. */
const SOFT_DEG = 3.5;

/** Share of hair lost at a chart point. `design` gives the natural hairline (front) and the stage-6 fringe. */
export function lossAt(pattern: HairLossPattern, design: TreatedRegion, x: number, y: number): number {
  const rho = Math.sqrt(x * x + y * y);
  const thetaDeg = chartRadiusToAngle(rho) / DEG;
  const psiDeg = (Math.atan2(x, y) / DEG + 360) % 360;
  const absPsi = psiDeg > 180 ? 360 - psiDeg : psiDeg; // 0 = front, 180 = back
  const designDeg = chartRadiusToAngle(boundaryRadiusAt(design, x, y)) / DEG;
  if (pattern.kind === 'ludwig') {
    // Diffuse thinning centred on the top, sparing a band behind the frontal hairline.
    const share = [0.35, 0.55, 0.8][pattern.grade - 1]!;
    const radiusMm = [40, 55, 70][pattern.grade - 1]!;
    const dx = x,
      dy = y - 0.05;
    const d = (Math.sqrt(dx * dx + dy * dy) * MM_PER_CHART) / radiusMm;
    const spareFront = smooth((designDeg - 3 - thetaDeg) / SOFT_DEG);
    return share * smooth((1.15 - d) / 0.3) * spareFront;
  }
  const s = STAGES[pattern.stage];
  let loss = 0;
  if (s.fringeDeg !== null) {
    // Stages 6 and 7: bald down to the fringe; at the front, down to the hairline.
    const sideWeight = smooth((absPsi - 50) / 30);
    const fringe = designDeg + s.fringeDeg * sideWeight;
    loss = Math.max(loss, smooth((fringe - thetaDeg) / SOFT_DEG + 0.5));
  }
  if (s.frontal) {
    // An M: deepest at the temporal corners (ψ ≈ 35°), none from the temple points on (ψ ≥ 62°).
    const corner = Math.exp(-(((absPsi - 35) / 16) ** 2));
    const depth = (s.frontal.midDeg + (s.frontal.templeDeg - s.frontal.midDeg) * corner) * (1 - smooth((absPsi - 48) / 14));
    if (depth > 0) loss = Math.max(loss, smooth((thetaDeg - (designDeg - depth)) / SOFT_DEG + 0.5));
  }
  if (s.vertexMm > 0) {
    const d = Math.hypot(x - CROWN_CHART[0], y - CROWN_CHART[1]) * MM_PER_CHART;
    loss = Math.max(loss, smooth((s.vertexMm - d) / 6 + 0.5));
  }
  return loss;
}

/**
 * Where SMP goes, 0..1 of the design density: inside the designed hairline (pushed down at the
 * sides and back where the pattern's fringe is lower, as at stage 7) and where hair is lost.
 * Shaved mode: the whole thinning area is filled, feathered in (the head is shaved to a buzz cut
 * and SMP gives it one even look). Density mode: the client keeps the thinning hair, and SMP goes
 * between it in proportion to what is lost, only to stop the scalp showing through.
 */
export function smpCoverage(pattern: HairLossPattern, design: TreatedRegion, x: number, y: number, mode: 'shaved' | 'density' = 'shaved'): number {
  const loss = lossAt(pattern, design, x, y);
  if (loss <= 0) return 0;
  const rho = Math.sqrt(x * x + y * y);
  const thetaDeg = chartRadiusToAngle(rho) / DEG;
  const psiDeg = Math.abs(Math.atan2(x, y) / DEG);
  const extra = pattern.kind === 'norwood' ? (STAGES[pattern.stage].fringeDeg ?? 0) * smooth((psiDeg - 50) / 30) : 0;
  const designDeg = chartRadiusToAngle(boundaryRadiusAt(design, x, y)) / DEG + extra;
  const edgeDeg = chartRadiusToAngle(design.edgeWidth) / DEG;
  const limit = smooth((designDeg - thetaDeg) / edgeDeg);
  if (mode === 'density') return limit * smooth(loss);
  return limit * (pattern.kind === 'ludwig' ? smooth(loss / 0.3) : smooth((loss - 0.05) / 0.45));
}

export function patternName(p: HairLossPattern): string {
  return p.kind === 'norwood' ? `Norwood ${p.stage}` : `Ludwig ${['I', 'II', 'III'][p.grade - 1]}`;
}

/** The scale a pattern progresses along: Norwood stages in order (3 vertex between 3 and 4), or Ludwig grades. */
export function progressionSteps(p: HairLossPattern): HairLossPattern[] {
  return p.kind === 'norwood'
    ? NORWOOD_STAGES.slice(NORWOOD_STAGES.indexOf(p.stage)).map((stage) => ({ kind: 'norwood', stage }))
    : ([1, 2, 3] as const).filter((g) => g >= p.grade).map((grade) => ({ kind: 'ludwig', grade }));
}

/** Hair loss keeps going (the article: SMP gives "no protection against further hair loss"): stages gained by `years`. */
export function stagesGained(progressionPerDecade: number, years: number): number {
  return (Math.max(0, progressionPerDecade) * Math.max(0, years)) / 10;
}

/**
 * How many stages of further hair loss a chart point keeps its hair for: the first (fractional)
 * step along the scale at which half of the hair it has now is gone. Infinity where it never goes
 * (or has none to lose). Steps are linear in between, and each stage's loss is at least the one
 * before, so hair never grows back.
 */
export function hairLossStageAt(pattern: HairLossPattern, design: TreatedRegion, x: number, y: number): number {
  const steps = progressionSteps(pattern);
  let remaining = 1 - lossAt(pattern, design, x, y);
  const start = remaining;
  if (start < 0.02) return Infinity;
  for (let j = 1; j < steps.length; j++) {
    const next = Math.min(remaining, 1 - lossAt(steps[j]!, design, x, y));
    const a = remaining / start,
      b = next / start;
    if (b <= 0.5) return j - 1 + (a - 0.5) / Math.max(1e-9, a - b);
    remaining = next;
  }
  return Infinity;
}

/** Share of a point's hair still there after `gained` stages: the shader's ±0.45-stage spread. */
export function hairRemainingAfter(stage: number, gained: number): number {
  if (gained <= 0) return 1;
  return Math.min(1, Math.max(0, (stage - gained) / SHADER_FLOATS.HAIR_LOSS_SPREAD_STAGES + 0.5));
}
