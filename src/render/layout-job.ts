/**
 * Everything the scalp's textures are built from, as one job a worker can run: the treated region,
 * the client's remaining hair, both dot layouts and the scar and hair-loss maps. At 1 M dots the
 * layout alone takes ~90 ms, longer than any interaction may stall, so the page runs this off the
 * main thread (layout.worker.ts) and keeps drawing the previous result until the new one lands.
 *
 * A job answers only with the parts whose inputs changed since the last answer (moving the density
 * slider rebuilds the SMP layout, not the hair), so the worker keeps the keys of what it sent.
 */
import {
  type DotLayout,
  type HairLossPattern,
  type HairlineDesign,
  type HeadShape,
  type ScarKind,
  type SmpMode,
  FOLLICULAR_UNITS_PER_CM2,
  buildHairRegion,
  buildScalpGeometry,
  buildTreatedRegion,
  generateLayout,
  hairField,
  rasteriseHairLoss,
  rasteriseScars,
  smpField,
} from '../model/index.ts';

export interface LayoutJob {
  seed: number;
  densityPerCm2: number;
  design: HairlineDesign;
  shape: HeadShape;
  pattern: HairLossPattern;
  scar: ScarKind;
  mode: SmpMode;
  /** Continued hair loss is on: the hair-loss map is wanted. */
  progressing: boolean;
}

export interface ChartMap {
  data: Uint8Array;
  size: number;
  x0: number;
  y0: number;
  span: number;
}

/** What changed; an absent part is unchanged. `null` maps mean "none". */
export interface LayoutResult {
  dots?: DotLayout;
  hair?: DotLayout;
  scars?: ChartMap | null;
  hairLoss?: ChartMap | null;
}

type Keys = Partial<Record<keyof LayoutResult, string>>;

/** A layout builder that remembers what it last answered (one per worker, or per page without one). */
export function layoutBuilder(): (job: LayoutJob) => LayoutResult {
  const sent: Keys = {};
  return (job) => {
    const region = JSON.stringify([job.seed, job.design, job.shape, job.pattern, job.scar, job.mode]);
    const want: Required<Keys> = {
      dots: `${region}|${job.densityPerCm2}`,
      hair: region,
      scars: region,
      hairLoss: `${region}|${job.progressing}`,
    };
    const out: LayoutResult = {};
    const stale = (Object.keys(want) as (keyof LayoutResult)[]).filter((k) => sent[k] !== want[k]);
    if (stale.length === 0) return out;
    const treated = buildTreatedRegion(job.seed, job.design, job.shape);
    const hairRegion = buildHairRegion(job.seed, treated, job.pattern, job.scar, job.mode);
    for (const part of stale) {
      if (part === 'dots') {
        const field = smpField(hairRegion);
        out.dots = generateLayout({ seed: job.seed, densityPerCm2: job.densityPerCm2, field, geometry: buildScalpGeometry(field, 64, job.shape) });
      } else if (part === 'hair') {
        // The client's remaining hair: follicular units where the SMP is not (its own layout and seed).
        const field = hairField(hairRegion);
        out.hair = generateLayout({
          seed: job.seed ^ 0x5eed1e,
          densityPerCm2: FOLLICULAR_UNITS_PER_CM2,
          field,
          geometry: buildScalpGeometry(field, 64, job.shape),
        });
      } else if (part === 'scars') {
        out.scars = hairRegion.scar === 'none' ? null : rasteriseScars(hairRegion);
      } else {
        // Where the remaining hair goes, stage by stage: only built when asked for.
        out.hairLoss = job.progressing ? rasteriseHairLoss(hairRegion) : null;
      }
      sent[part] = want[part];
    }
    return out;
  };
}

/** The buffers a result owns, to hand them over without copying. */
export function transferables(r: LayoutResult): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const l of [r.dots, r.hair]) if (l) out.push(l.cells.buffer as ArrayBuffer, l.blockDensityPerMm2.buffer as ArrayBuffer);
  for (const m of [r.scars, r.hairLoss]) if (m) out.push(m.data.buffer as ArrayBuffer);
  return out;
}
