/**
 * The cross-section for teaching (issue 16): a to-scale slice of scalp skin through a row of
 * impressions, whose pigment particles are the model's pools, counted and placed by the model at
 * every moment. Nothing here is animated by hand: a particle is shown while its pool still holds
 * its share (pigmentPools, laserFactor), where the pool's Gaussian puts it (retainedSigma2Mm2, the
 * fresh and halo widths) and at the pool's depth (docs/model.md, z_pool). Pure functions of the
 * conditions, plan, time and seed.
 *
 * Each deposit spawns PARTICLES_PER_DOSE × dose particles, split between its pools as the deposit
 * is (transient fT, shallow and deep (1 − fT)/2 each). Particle j of a pool is its j-th to stay: the
 * pool shows its first round(n × what is left) particles. Positions come from low-discrepancy
 * sequences in that same order, so whatever prefix is shown is spread like the whole Gaussian
 * (its standard deviation is the model's width however few are left) and a particle stays put
 * while others leave.
 */
import { type Conditions, resolveConditions } from './conditions.ts';
import {
  HALO_SIGMA_MM,
  POOL_OFFSET_MM,
  hueDrift,
  freshSigmaMm,
  haloShare,
  pigmentPools,
  retainedSigma2Mm2,
  susceptibilityFactor,
  transientShare,
} from './degradation.ts';
import { HALO_EXTRA_DEPTH_MM, INK_SPECTRUM, KAPPA, TRANSIENT_DEPTH_MM, driftFactors } from './optics.ts';
import { planOptics } from './plan-optics.ts';
import { planOpticsFarAreaMm2 } from './shades.ts';
import { type Rgb, hexToLinear, linearToHex } from './colour.ts';
import { laserDays, laserFactor, laserRemovalShare } from './laser.ts';
import { type Deposit, type TreatmentPlan, TOUCH_UP_OFFSET_MM, planClasses } from './timeline.ts';
import { hash32, toUnit } from './random.ts';

/** The slice: about 6 mm of skin, 2.5 mm deep (the issue), the surface at z = 0. */
export const SLICE_WIDTH_MM = 6;
export const SLICE_DEPTH_MM = 2.5;
/** Particles a dose-1 deposit spawns: enough that a pool's share is shown to within a per cent. */
export const PARTICLES_PER_DOSE = 400;
/**
 * Half the thickness of the band each pool's particles fill: half the 0.24 mm between the shallow
 * and the deep pool, so the two read as two layers and touch without overlapping.
 */
export const POOL_BAND_MM = POOL_OFFSET_MM / 2;
/** The transient pool fills the epidermis and the scab over it: 0–0.06 mm about its 0.03 mm. */
export const TRANSIENT_BAND_MM = TRANSIENT_DEPTH_MM;
/** Where the follicle opens (mm from the slice's left edge): between two impressions, right of centre. */
export const FOLLICLE_X_MM = 4.1;
/** Correct technique puts the needle no deeper than this (docs/model.md: 0.15 to 0.6 mm). */
export const CORRECT_DEPTH_MAX_MM = 0.6;

export type ParticleKind = 'transient' | 'retained' | 'broken' | 'halo';

export interface SliceParticle {
  xMm: number;
  /** Depth below the surface (mm). */
  zMm: number;
  kind: ParticleKind;
  /** Index of the impression (site) and of its deposit (0: the first session's). */
  site: number;
  deposit: number;
}

export interface SliceSite {
  xMm: number;
  /** The session class (src/model/timeline.ts) of the dot, or null where no session placed one. */
  cls: number | null;
  /** The dot's migration susceptibility (degradation.ts, susceptibilityFactor). */
  susceptibility: number;
}

/** What one deposit of one site shows at the moment, with what the model says it holds. */
export interface SliceDeposit {
  site: number;
  deposit: Deposit;
  ageDays: number;
  spawned: number;
  transient: number;
  /** Retained particles shown: intact, broken by a laser but not yet carried off, and blown out. */
  retained: number;
  /** The model's retained load of this deposit per unit dose: (shallow + deep) × laserFactor. */
  modelRetained: number;
  /** The model's σ of the retained pigment about the deposit's centre (mm), and the centre. */
  sigmaMm: number;
  centreMm: number;
}

export interface SliceInput {
  conditions: Partial<Conditions>;
  plan: TreatmentPlan;
  tDays: number;
  seed: number;
  densityPerCm2: number;
}

export interface Slice {
  sites: SliceSite[];
  deposits: SliceDeposit[];
  particles: SliceParticle[];
}

/** Radical inverse in a base: the van der Corput sequence, evenly spread in every prefix. */
function radicalInverse(i: number, base: number): number {
  let f = 1,
    r = 0;
  for (let n = i; n > 0; n = Math.floor(n / base)) {
    f /= base;
    r += f * (n % base);
  }
  return r;
}

/**
 * A standard-normal draw from two uniforms (Box–Muller). With u and v from two radical-inverse
 * sequences, any prefix of the draws is spread like the normal (the pair is a Halton point).
 */
const boxMuller = (u: number, v: number): number => Math.sqrt(-2 * Math.log(Math.max(1e-6, u))) * Math.cos(2 * Math.PI * v);

const unit = (...xs: number[]): number => toUnit(xs.reduce((h, x) => hash32(h ^ Math.imul(x | 0, 0x9e3779b1)), 0x2545f491));
const frac = (x: number): number => x - Math.floor(x);

/**
 * The row of impressions across the slice: as many as the density's spacing fits, each jittered by
 * up to a fifth of the spacing (the layout's grid is jittered too), each in a session class drawn in
 * the classes' shares (a low-discrepancy walk, so a row of seven holds every class it can).
 */
export function sliceSites(c: Partial<Conditions>, plan: TreatmentPlan, seed: number, densityPerCm2: number): SliceSite[] {
  const spacingMm = 10 / Math.sqrt(Math.max(1, densityPerCm2));
  const count = Math.max(1, Math.floor(SLICE_WIDTH_MM / spacingMm));
  const pitch = SLICE_WIDTH_MM / count;
  const shares = planClasses(c, plan).map((k) => k.share);
  const { oil } = resolveConditions(c);
  const start = unit(seed, 1);
  const sites: SliceSite[] = [];
  for (let k = 0; k < count; k++) {
    let x = (k + 0.5) * pitch + (unit(seed, 2, k) - 0.5) * 0.4 * spacingMm;
    // SMP is placed between follicles: an impression is kept a quarter millimetre from its opening.
    if (Math.abs(x - FOLLICLE_X_MM) < 0.25) x = FOLLICLE_X_MM + Math.sign(x - FOLLICLE_X_MM || 1) * 0.25;
    const u = frac(start + k * 0.6180339887498949);
    let cls: number | null = null,
      acc = 0;
    for (let i = 0; i < shares.length; i++) {
      acc += shares[i]!;
      if (u < acc) {
        cls = i;
        break;
      }
    }
    const z = boxMuller(1 - unit(seed, 3, k), unit(seed, 7, k));
    sites.push({ xMm: x, cls, susceptibility: susceptibilityFactor(z, oil) });
  }
  return sites;
}

/**
 * Share of a deposit's retained pigment no laser session has broken by tDays, Π(1 − f_L): what is
 * between it and laserFactor is broken and not yet carried off (drawn as fragments).
 */
function laserIntact(plan: TreatmentPlan, depositDay: number, tDays: number): number {
  const laser = plan.laser;
  if (!laser) return 1;
  const f = laserRemovalShare(laser.sessions);
  let left = 1;
  for (const day of laserDays(laser)) if (day >= depositDay && day <= tDays) left *= 1 - f;
  return left;
}

export function slice({ conditions: c, plan, tDays, seed, densityPerCm2 }: SliceInput): Slice {
  const r = resolveConditions(c);
  const t = Math.max(0, Number.isFinite(tDays) ? tDays : 0);
  const sites = sliceSites(r, plan, seed, densityPerCm2);
  const classes = planClasses(r, plan);
  const fT = transientShare(r);
  const fh = haloShare(r);
  const sigmaFresh = freshSigmaMm(r);
  const deposits: SliceDeposit[] = [];
  const particles: SliceParticle[] = [];
  sites.forEach((site, si) => {
    if (site.cls === null) return;
    classes[site.cls]!.deposits.forEach((dep, di) => {
      // Touch-ups land where the dot looks now: their centres walk (TOUCH_UP_OFFSET_MM a step).
      let centre = site.xMm;
      for (let s = 1; s <= dep.offsetSteps; s++) centre += TOUCH_UP_OFFSET_MM * boxMuller(1 - unit(seed, 4, si, s), unit(seed, 8, si, s));
      if (t < dep.day) return;
      const age = t - dep.day;
      const pools = pigmentPools(r, age);
      const lf = laserFactor(plan.laser, dep.day, t);
      const intact = laserIntact(plan, dep.day, t);
      const sigma = Math.sqrt(retainedSigma2Mm2(r, age, site.susceptibility));
      const n = Math.round(PARTICLES_PER_DOSE * dep.dose);
      const nT = Math.round(n * fT);
      const nS = Math.round((n - nT) / 2);
      const nD = n - nT - nS;
      const half = (1 - fT) / 2;
      const shift = unit(seed, 5, si, di);
      const shiftZ = unit(seed, 6, si, di);
      // Across: a Halton point (bases 2 and 5) through Box–Muller; depth in the band: base 3.
      const lateral = (j: number): number => boxMuller(1 - frac(radicalInverse(j + 1, 2) + shift), frac(radicalInverse(j + 1, 5) + shiftZ));
      const band = (j: number): number => 2 * frac(radicalInverse(j + 1, 3) + shiftZ) - 1;
      const shownT = Math.round(nT * (fT > 0 ? pools.transient / fT : 0));
      for (let j = 0; j < shownT; j++)
        particles.push({
          xMm: centre + sigmaFresh * lateral(j),
          zMm: TRANSIENT_DEPTH_MM + TRANSIENT_BAND_MM * band(j),
          kind: 'transient',
          site: si,
          deposit: di,
        });
      let retained = 0;
      const pool = (count: number, left: number, depthMm: number, offset: number): void => {
        const shown = Math.round(count * left * lf);
        const whole = Math.round(count * left * intact);
        for (let j = 0; j < shown; j++) {
          // Blown-out ink: the share fh of the pool, spread through it evenly (a golden-ratio walk).
          const blown = frac((j + offset + 0.5) * 0.6180339887498949) < fh;
          particles.push({
            xMm: centre + (blown ? HALO_SIGMA_MM : sigma) * lateral(j + offset),
            zMm: (blown ? r.depthMm + HALO_EXTRA_DEPTH_MM : depthMm) + POOL_BAND_MM * band(j + offset),
            kind: blown ? 'halo' : j < whole ? 'retained' : 'broken',
            site: si,
            deposit: di,
          });
        }
        retained += shown;
      };
      pool(nS, half > 0 ? pools.shallow / half : 0, r.depthMm - POOL_OFFSET_MM, 0);
      // The deep pool continues the shallow one's sequences, so the two together are spread as one.
      pool(nD, half > 0 ? pools.deep / half : 0, r.depthMm + POOL_OFFSET_MM, nS);
      deposits.push({
        site: si,
        deposit: dep,
        ageDays: age,
        spawned: n,
        transient: shownT,
        retained,
        modelRetained: (pools.shallow + pools.deep) * lf,
        sigmaMm: sigma,
        centreMm: centre,
      });
    });
  });
  return { sites, deposits, particles };
}

/**
 * The swatches over the slice: the ink itself (a healed full-strength dot's centre on white, no
 * skin above it, with the colour drift the sun has given it by now), the untreated skin, and the treated skin as the head's
 * shader draws it from across a room (its far field: skin × e^(−n·area), the opacity area of every
 * class's dots seen through the skin above them, src/model/shades.ts), so the room sees black ink
 * read blue-grey under skin. `shades`: the pigment's shade strengths (pigmentShades).
 */
export function sliceSwatches(
  c: Partial<Conditions>,
  plan: TreatmentPlan,
  tDays: number,
  skinHex: string,
  shades: readonly [number, number, number],
  densityPerCm2: number,
): { ink: string; seen: string; skin: string } {
  const r = resolveConditions(c);
  const p = planOptics(r, plan, Math.max(0, tDays));
  const area = planOpticsFarAreaMm2(p, shades);
  const skin = hexToLinear(skinHex);
  const perMm2 = densityPerCm2 / 100;
  const seen = [0, 1, 2].map((k) => skin[k]! * p.skinTint[k]! * Math.exp(-perMm2 * area[k]!)) as unknown as Rgb;
  const bare = [0, 1, 2].map((k) => skin[k]! * p.skinTint[k]!) as unknown as Rgb;
  // The ink as it is now: the centre of a healed dose-1 dot (peak density 1, optics.ts) with the colour
  // the sun has drifted it to; not faded, not thinned by a blow-out: each particle is a piece of ink,
  // and fading is how many are left.
  const drift = driftFactors(hueDrift(r, Math.max(0, tDays)));
  const ink = [0, 1, 2].map((k) => Math.exp(-KAPPA * INK_SPECTRUM[k]! * drift[k]!)) as unknown as Rgb;
  return { ink: linearToHex(ink), seen: linearToHex(seen), skin: linearToHex(bare) };
}
