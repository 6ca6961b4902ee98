/**
 * Numbers the model and the scalp shader must agree on, written once. The model reads them from
 * here; the shader gets them as #defines generated from this table (src/render/scalp-interface.ts),
 * so a changed constant cannot leave the shader behind.
 */

/** Shares of follicular units with 1, 2 and 3 hairs (docs/model.md: 1–3 hairs a unit, 2.4 on average). */
export const HAIRS_PER_UNIT_SHARES: readonly [number, number, number] = [0.1, 0.4, 0.5];

/** Floats (written with a decimal point in GLSL). */
export const SHADER_FLOATS = {
  /** Impressions stay this share of a cell away from its sides: sets the minimum spacing. */
  JITTER_MARGIN: 0.17,
  /** A texel's position inside its cell: the high 7 bits of R and G, 0..127. */
  POSITION_LEVELS: 127,
  /** Size jitter: σ multiplier = base + step × the B byte's high nibble (0.85..1.15). */
  SIZE_FACTOR_BASE: 0.85,
  SIZE_FACTOR_STEP: 0.02,
  /** Dose jitter: base + step × the B byte's low nibble (0.88..1.12). */
  DOSE_FACTOR_BASE: 0.88,
  DOSE_FACTOR_STEP: 0.016,
  /** Susceptibility draw z stored in the A byte as zero + perUnit × z (A = 0: no dot). */
  SUSC_BYTE_ZERO: 128,
  SUSC_BYTE_PER_UNIT: 32,
  /** A pool is searched for out to this many standard deviations of its opacity profile. */
  REACH_SIGMAS: 2.6,
  /**
   * A pixel looks this many dot spacings (1/√density) away for the mean dot (REACH_SIGMAS of its shadow): where
   * shadows are wider than that they are narrowed by a Gaussian window and the rest drawn as a
   * field (src/model/dot-field.ts, nearWindowInvSigma2), so dense layouts cost what sparse ones do.
   */
  WINDOW_REACH_CELLS: 0.85,
  /**
   * Ein(τ) = ∫₀^τ (1 − e^−t)/t dt ≈ ln(1 + τ(1 + Cτ + e^γ·Dτ²)/(1 + Bτ + Dτ²)): one logarithm, within
   * 0.09 % at every τ (minimax fit here against γ + ln τ + E₁(τ)); exact in slope at 0 and at ∞.
   */
  EIN_B: 0.4312,
  EIN_C: 0.6734,
  EIN_D: 0.1242,
  EIN_D_EGAMMA: 0.1242 * Math.exp(0.5772156649015329),
  /** The hair-loss map stores stages of further loss as byte / this (255: never). */
  HAIR_LOSS_BYTE_PER_STAGE: 32,
  /** Units of one spot go over this many stages (±half), not all at once. */
  HAIR_LOSS_SPREAD_STAGES: 0.9,
  /** A unit's B byte below this has one hair, below the next two, else three (HAIRS_PER_UNIT_SHARES). */
  ONE_HAIR_BELOW_BYTE: 255 * HAIRS_PER_UNIT_SHARES[0],
  TWO_HAIRS_BELOW_BYTE: 255 * (HAIRS_PER_UNIT_SHARES[0] + HAIRS_PER_UNIT_SHARES[1]),
  /** A shaft's streak under the skin (src/model/hair.ts, STREAK_AREA_MM2): length, σ at the pore, widening per mm, decay length. */
  STREAK_LENGTH_MM: 0.5,
  STREAK_SIGMA0_MM: 0.03,
  STREAK_SIGMA_SLOPE: 0.45,
  STREAK_DECAY_MM: 0.35,
  /**
   * A top photo's skin per pixel is held here (skin seen about 70° from the camera) near the scalp's
   * outline (src/model/photo-geometry.ts, surfaceGradient; shaders/photo.frag.glsl).
   */
  PHOTO_MAX_SKIN_PER_PIXEL: 3,
} as const;

/** Unsigned integers (the session-class hash of a layout cell; written with a `u` in GLSL). */
export const SHADER_UINTS = {
  CLASS_HASH_X: 73856093,
  CLASS_HASH_Y: 19349663,
  CLASS_HASH_M1: 0x7feb352d,
  CLASS_HASH_M2: 0x846ca68b,
} as const;
