/**
 * The transport's input (the skin, its light and absorbers, the tallies asked for) and its result
 * (src/model/light/transport.ts, simulateTransport).
 */
import type { Layer, OpaqueRod, OpaqueSphere } from './interactions.ts';

export interface TransportInput {
  layers: readonly Layer[];
  /** Refractive index of the tissue (outside: 1). 1 gives a matched boundary. */
  refractiveIndex: number;
  photons: number;
  seed: number;
  /** Normal incidence at the origin (a pencil beam), or diffuse (cosine-weighted) incidence. */
  incidence: 'normal' | 'diffuse';
  /** Entry points spread evenly over a disc of this radius about the origin (0: a pencil beam). */
  beamRadiusMm?: number;
  spheres?: readonly OpaqueSphere[];
  /**
   * Repeat the spheres on a square lattice of this spacing (mm) over the whole skin: a field of
   * deposits at 1/spacing² per mm². Each step looks in its own cell and the eight around it, so a
   * step must stay shorter than a cell (scattering in skin makes it ~0.05 mm).
   */
  latticeMm?: number;
  /**
   * Opaque rods (hair shafts), repeated on their own square lattice of `rodLatticeMm`; a rod can
   * reach across several cells, so each step looks in the cells from `rodCells` (x0, x1, y0, y1,
   * relative to its own) for rods that start there.
   */
  rods?: readonly OpaqueRod[];
  rodLatticeMm?: number;
  rodCells?: readonly [number, number, number, number];
  /**
   * Share of a packet's weight a rod takes when the packet meets it (1: opaque, the default). The
   * rest passes straight through (a shaft is 0.075 mm thick, far thinner than a scattering length):
   * lighter hair lets part of the light through.
   */
  rodAbsorbed?: number;
  /** Depth bins (mm) for the absorption tally, from which fluence follows. */
  depthBinMm?: number;
  depthBins?: number;
  /** Radial bins (mm) for where reflected light leaves the skin, about the entry point. */
  radialBinMm?: number;
  radialBins?: number;
  /** Depths (mm): the tally of reflected light whose path went deeper than each. */
  probeDepthsMm?: readonly number[];
  /**
   * Correlated sampling of the spheres' shadow: a packet a sphere takes goes on as a ghost that
   * ignores the spheres, and where the ghost leaves the skin is light the spheres took from there.
   * Radial bins about the first sphere's axis use radialBinMm.
   */
  shadow?: boolean;
  /**
   * Keep the paths of the first this-many packets (the cross-section's photon paths, issue 16):
   * every point where a packet changed direction or crossed a layer, and how it ended. Recording
   * draws no random numbers, so every other tally is the same with or without it.
   */
  recordPaths?: number;
}

/** How a recorded packet ended: left the skin, taken by a buried absorber (the ink), or absorbed on the way (roulette). */
export type PathFate = 'out' | 'ink' | 'absorbed';

export interface PhotonPath {
  /** x, y, z (mm) of each point, flat: the launch, every interaction and crossing, the end. */
  points: number[];
  fate: PathFate;
  /** The deepest point reached (mm). */
  deepestMm: number;
}

export interface TransportResult {
  photons: number;
  /** Light reflected at the surface on entry (Fresnel), per photon. */
  specular: number;
  /** Diffuse reflectance: light that entered and came back out, per photon. */
  diffuse: number;
  /** Absorbed in each layer, per photon. */
  absorbedByLayer: number[];
  /** Absorbed by each sphere (and, last, by all rods together), per photon. */
  absorbedBySphere: number[];
  /** Net weight Russian roulette added (positive) or removed: zero on average. */
  roulette: number;
  /** Absorbed per depth bin, per photon (for a broad beam, fluence = this / (μa · bin)). */
  absorbedByDepth: number[];
  /** Reflected per radial bin (annulus about the entry point), per photon. */
  reflectedByRadius: number[];
  /** Reflected light whose path went deeper than each of probeDepthsMm, per photon. */
  reflectedFromBelow: number[];
  /** With `shadow`: light the spheres took from the reflection, in all and per radial bin about the first sphere, per photon. */
  shadowTotal: number;
  shadowByRadius: number[];
  /** With `recordPaths`: the first packets' paths. */
  paths?: PhotonPath[];
}
