/**
 * Monte Carlo photon transport in a layered skin half-space: the light-transport reference the
 * renderer is calibrated against (issue 13; docs/model.md). Pure TypeScript,
 * seeded, no DOM: it runs in node (tests, `npm run calibrate`) and in a worker.
 *
 * The method is the standard one of MCML (Wang, Jacques and Zheng 1995, Comput Methods Programs
 * Biomed 47:131): photon packets with a weight, steps sampled in optical depth and carried across
 * layer boundaries, implicit absorption (the weight loses μa/μt at each interaction), Henyey–
 * Greenstein scattering, Fresnel reflection at the skin's surface (all-or-none), and Russian
 * roulette for packets whose weight has become small. Buried absorbers (opaque spheres: healed
 * pigment deposits) take every packet whose path crosses them.
 *
 * Coordinates in mm: the skin's surface is z = 0, depth z > 0.
 */
import { mulberry32 } from '../random.ts';
import { fresnelReflectance, hitRod, hitSphere, sampleHenyeyGreenstein } from './interactions.ts';
import type { PathFate, PhotonPath, TransportInput, TransportResult } from './transport-io.ts';

export type { PathFate, PhotonPath, TransportInput, TransportResult } from './transport-io.ts';

export { type Layer, type OpaqueRod, type OpaqueSphere, fresnelReflectance, sampleHenyeyGreenstein } from './interactions.ts';

const ROULETTE_WEIGHT = 1e-4;
const ROULETTE_CHANCE = 0.1;

export function simulateTransport(input: TransportInput): TransportResult {
  const { layers, refractiveIndex: n, photons } = input;
  const spheres = input.spheres ?? [];
  const rand = mulberry32(input.seed);
  // (0, 1]: never log(0)
  const xi = (): number => 1 - rand();
  const depthBin = input.depthBinMm ?? 0.01,
    depthBins = input.depthBins ?? 0;
  const radialBin = input.radialBinMm ?? 0.01,
    radialBins = input.radialBins ?? 0;
  const bottoms: number[] = [];
  let z0 = 0;
  layers.forEach((l, i) => {
    z0 += i === layers.length - 1 ? Infinity : l.thicknessMm;
    bottoms.push(z0);
  });
  const out: TransportResult = {
    photons,
    specular: 0,
    diffuse: 0,
    absorbedByLayer: layers.map(() => 0),
    absorbedBySphere: [...spheres.map(() => 0), ...(input.rods?.length ? [0] : [])],
    roulette: 0,
    absorbedByDepth: new Array<number>(depthBins).fill(0),
    reflectedByRadius: new Array<number>(radialBins).fill(0),
    reflectedFromBelow: (input.probeDepthsMm ?? []).map(() => 0),
    shadowTotal: 0,
    shadowByRadius: new Array<number>(input.shadow ? radialBins : 0).fill(0),
  };
  const axisX = spheres[0]?.centre[0] ?? 0,
    axisY = spheres[0]?.centre[1] ?? 0;
  const lattice = input.latticeMm ?? 0;
  const rods = input.rods ?? [];
  const rodLattice = input.rodLatticeMm ?? 1;
  const rodCells = input.rodCells ?? [-1, 1, -1, 1];
  const probes = input.probeDepthsMm ?? [];
  const rodTake = Math.min(1, Math.max(0, input.rodAbsorbed ?? 1));
  const recordPaths = Math.max(0, Math.floor(input.recordPaths ?? 0));
  const paths: PhotonPath[] = [];
  /** A path's points are capped: a red packet can scatter thousands of times in the dermis. */
  const MAX_PATH_POINTS = 4000;

  for (let k = 0; k < photons; k++) {
    // Launch: at the origin, or evenly over the beam's disc; direction into the skin.
    let x = 0,
      y = 0,
      z = 0;
    if (input.beamRadiusMm) {
      const r = input.beamRadiusMm * Math.sqrt(rand()),
        a = 2 * Math.PI * rand();
      x = r * Math.cos(a);
      y = r * Math.sin(a);
    }
    let ux = 0,
      uy = 0,
      uz = 1;
    let w: number; // the packet's weight: what the surface lets in
    if (input.incidence === 'diffuse') {
      // Cosine-weighted directions in air, refracted into the tissue; the surface reflects some.
      const cosA = Math.sqrt(xi());
      const phi = 2 * Math.PI * rand();
      const rF = fresnelReflectance(1, n, cosA);
      out.specular += rF;
      w = 1 - rF;
      const sinT = Math.sqrt(Math.max(0, 1 - cosA * cosA)) / n;
      ux = sinT * Math.cos(phi);
      uy = sinT * Math.sin(phi);
      uz = Math.sqrt(1 - sinT * sinT);
    } else {
      const rF = fresnelReflectance(1, n, 1);
      out.specular += rF;
      w = 1 - rF;
    }
    let layer = 0;
    let deepest = 0;
    const path: number[] | null = k < recordPaths ? [x, y, z] : null;
    let fate: PathFate = 'absorbed';
    const mark = (): void => {
      if (path && path.length < 3 * MAX_PATH_POINTS) path.push(x, y, z);
    };
    let ghost = false;
    let tau = 0; // optical depth left of the current step
    let throughRod = false; // passed through a rod: no rod is met again until the next interaction
    // What partly transparent rods let through, kept apart from the weight: the packet's path (and
    // roulette, which looks at the weight) is then the same however dark the rods, so runs with
    // lighter or darker shafts differ only by it (correlated sampling across hair colours).
    let rw = 1;
    while (w > 0) {
      if (tau <= 0) tau = -Math.log(xi());
      const l = layers[layer]!;
      const muT = l.muAPerMm + l.muSPerMm;
      const step = tau / muT;
      // Layer boundary in the direction of travel.
      const top = layer === 0 ? 0 : bottoms[layer - 1]!;
      const toBoundary = uz > 0 ? (bottoms[layer]! - z) / uz : uz < 0 ? (top - z) / uz : Infinity;
      // Buried absorbers on the way.
      let hitAt = Infinity,
        hit = -1;
      if (!ghost && lattice > 0) {
        const ci = Math.round(x / lattice),
          cj = Math.round(y / lattice);
        for (let s = 0; s < spheres.length; s++)
          for (let dj = -1; dj <= 1; dj++)
            for (let di = -1; di <= 1; di++) {
              const sp = spheres[s]!;
              const t = hitSphere(x - (ci + di) * lattice, y - (cj + dj) * lattice, z, ux, uy, uz, sp);
              if (t < hitAt) {
                hitAt = t;
                hit = s;
              }
            }
      } else {
        for (let s = 0; s < (ghost ? 0 : spheres.length); s++) {
          const t = hitSphere(x, y, z, ux, uy, uz, spheres[s]!);
          if (t < hitAt) {
            hitAt = t;
            hit = s;
          }
        }
      }
      let rodAt = Infinity;
      if (!ghost && !throughRod && rods.length > 0) {
        const ci = Math.round(x / rodLattice),
          cj = Math.round(y / rodLattice);
        for (let dj = rodCells[2]; dj <= rodCells[3]; dj++)
          for (let di = rodCells[0]; di <= rodCells[1]; di++) {
            const sx = x - (ci - di) * rodLattice,
              sy = y - (cj - dj) * rodLattice;
            for (const rod of rods) {
              const t = hitRod(sx, sy, z, ux, uy, uz, rod);
              if (t < rodAt) rodAt = t;
            }
          }
      }
      if (rodAt < hitAt) {
        hitAt = rodAt;
        hit = spheres.length;
      }
      if (hit === spheres.length && rodTake < 1 && hitAt <= step && hitAt <= toBoundary) {
        // A partly transparent shaft: it takes its share and the rest goes on through it.
        out.absorbedBySphere[hit]! += w * rw * rodTake;
        rw *= 1 - rodTake;
        throughRod = true;
        continue;
      }
      if (hit >= 0 && hitAt <= step && hitAt <= toBoundary) {
        if (path && !ghost) {
          path.push(x + ux * hitAt, y + uy * hitAt, z + uz * hitAt);
          fate = 'ink';
        }
        out.absorbedBySphere[hit]! += w * rw;
        // absorbed: the packet ends here
        if (!input.shadow) break;
        // The ghost goes on from here as if the spheres were not there.
        ghost = true;
        continue;
      }
      if (toBoundary < step) {
        // Move to the boundary; keep the optical depth not yet used.
        x += ux * toBoundary;
        y += uy * toBoundary;
        z += uz * toBoundary;
        tau -= toBoundary * muT;
        if (!ghost) mark();
        if (uz < 0 && layer === 0) {
          // The skin's surface: reflected back in, or out into the air.
          z = 0;
          if (rand() < fresnelReflectance(n, 1, uz)) {
            uz = -uz;
          } else if (ghost) {
            out.shadowTotal += w;
            const bin = Math.floor(Math.hypot(x - axisX, y - axisY) / radialBin);
            if (bin < radialBins) out.shadowByRadius[bin]! += w;
            w = 0;
          } else {
            if (path) fate = 'out';
            out.diffuse += w * rw;
            for (let p = 0; p < probes.length; p++) if (deepest > probes[p]!) out.reflectedFromBelow[p]! += w * rw;
            if (radialBins > 0) {
              const r = Math.hypot(x, y);
              const bin = Math.floor(r / radialBin);
              if (bin < radialBins) out.reflectedByRadius[bin]! += w * rw;
            }
            w = 0;
          }
        } else {
          layer += uz > 0 ? 1 : -1;
        }
        continue;
      }
      x += ux * step;
      y += uy * step;
      z += uz * step;
      tau = 0;
      throughRod = false;
      if (z > deepest) deepest = z;
      if (!ghost) mark();
      // Interaction: absorb part of the weight, scatter the rest.
      const dw = (w * l.muAPerMm) / muT;
      w -= dw;
      if (!ghost) out.absorbedByLayer[layer]! += dw * rw;
      if (depthBins > 0 && !ghost) {
        const bin = Math.floor(z / depthBin);
        if (bin < depthBins) out.absorbedByDepth[bin]! += dw * rw;
      }
      const cosT = sampleHenyeyGreenstein(l.g, rand());
      const sinT = Math.sqrt(Math.max(0, 1 - cosT * cosT));
      const phi = 2 * Math.PI * rand();
      const cp = Math.cos(phi),
        sp = Math.sin(phi);
      if (Math.abs(uz) > 0.99999) {
        ux = sinT * cp;
        uy = sinT * sp;
        uz = Math.sign(uz) * cosT;
      } else {
        const d = Math.sqrt(1 - uz * uz);
        const nx = (sinT * (ux * uz * cp - uy * sp)) / d + ux * cosT;
        const ny = (sinT * (uy * uz * cp + ux * sp)) / d + uy * cosT;
        const nz = -sinT * cp * d + uz * cosT;
        ux = nx;
        uy = ny;
        uz = nz;
      }
      if (w < ROULETTE_WEIGHT) {
        if (rand() < ROULETTE_CHANCE) {
          if (!ghost) out.roulette += w * rw * (1 / ROULETTE_CHANCE - 1);
          w /= ROULETTE_CHANCE;
        } else {
          if (!ghost) out.roulette -= w * rw;
          w = 0;
        }
      }
    }
    if (path) {
      let d = 0;
      for (let i = 2; i < path.length; i += 3) d = Math.max(d, path[i]!);
      paths.push({ points: path, fate, deepestMm: d });
    }
  }
  const per = (v: number): number => v / photons;
  return {
    photons,
    specular: per(out.specular),
    diffuse: per(out.diffuse),
    absorbedByLayer: out.absorbedByLayer.map(per),
    absorbedBySphere: out.absorbedBySphere.map(per),
    roulette: per(out.roulette),
    absorbedByDepth: out.absorbedByDepth.map(per),
    reflectedByRadius: out.reflectedByRadius.map(per),
    reflectedFromBelow: out.reflectedFromBelow.map(per),
    shadowTotal: per(out.shadowTotal),
    shadowByRadius: out.shadowByRadius.map(per),
    ...(recordPaths > 0 ? { paths } : {}),
  };
}
