// SMP impressions evaluated per pixel, shared by the head's shader (scalp.frag.glsl) and the photo's
// (photo.frag.glsl): the same layout texture, session classes, pools and kernels, so a dot on a photo
// is the dot on the head. The includer defines, before including this:
//   vec3 smpMetric(vec2 chart, vec3 n): the squared skin distance (mm²) per (cell unit)² of chart
//   offset at this pixel, as a 2 × 2 metric (a, b, c: r² = a·dx² + 2b·dx·dy + c·dy²).
// and includes <interface>, <chart>, <dot-opacity> and <noise> first.

// The session class of the dot in layout cell cc (src/model/timeline.ts, sessionClassOfCell):
// an integer hash of the cell, so which sessions reach a dot needs no storage.
int sessionClass(ivec2 cc) {
  uint h = (uint(cc.x) * CLASS_HASH_X) ^ (uint(cc.y) * CLASS_HASH_Y);
  h ^= h >> 16u;
  h *= CLASS_HASH_M1;
  h ^= h >> 15u;
  h *= CLASS_HASH_M2;
  h ^= h >> 16u;
  float u = float(h >> 8u) / 16777216.0;
  return u < uClassCut.x ? 0 : (u < uClassCut.y ? 1 : (u < uClassCut.z ? 2 : (u < uClassCut.w ? 3 : -1)));
}

// Transmittance of the near shadows of all dots near this pixel, the pixel's footprint folded in,
// each narrowed by the near window (invW2: src/model/dot-field.ts, nearWindowInvSigma2).
vec3 dotTransmittance(vec2 chart, vec3 n, float pixel2, float cellMm, float scar, float invW2) {
  vec2 g = (chart - uGridOrigin) / uCell;
  ivec2 cell = ivec2(floor(g));
  vec2 f = g - floor(g);
  float reachMm = REACH_SIGMAS * sqrt(uMaxReach2 / (1.0 + uMaxReach2 * invW2) + pixel2);
  float reach2 = reachMm * reachMm;
  float m = JITTER_MARGIN;
  // Only cells whose jitter box can come within reach: usually one to four of them.
  ivec4 range = cellRange(f, reachMm / cellMm, m, uDotCells);
  vec3 metric = smpMetric(chart, n);
  vec3 T = vec3(1.0);
  for (int dy = range.z; dy <= range.w; dy++) {
    for (int dx = range.x; dx <= range.y; dx++) {
      ivec2 cc = cell + ivec2(dx, dy);
      if (cc.x < 0 || cc.y < 0 || cc.x >= uGridSize.x || cc.y >= uGridSize.y) continue;
      vec4 t = texelFetch(uDots, cc, 0);
      if (t.a == 0.0) continue;
      float shade;
      // The impression's offset from the pixel in cells, and its distance on the tangent plane.
      vec2 d = vec2(dx, dy) + m + (1.0 - 2.0 * m) * texelPosition(t, shade) - f;
      float r2 = metric.x * d.x * d.x + 2.0 * metric.y * d.x * d.y + metric.z * d.y * d.y;
      // Out of reach of even the widest shadow.
      if (r2 > reach2) continue;
      int cls = sessionClass(cc);
      if (cls < 0) continue;
      float b = floor(t.b * 255.0 + 0.5);
      float sizeN = floor(b / 16.0);
      float size = SIZE_FACTOR_BASE + SIZE_FACTOR_STEP * sizeN;
      // Dose jitter times the strength of the dot's pigment shade (base, mid or light).
      float dose = (DOSE_FACTOR_BASE + DOSE_FACTOR_STEP * (b - 16.0 * sizeN)) * (shade < 0.5 ? uShadeDose.x : (shade < 1.5 ? uShadeDose.y : uShadeDose.z));
      float z = (floor(t.a * 255.0 + 0.5) - SUSC_BYTE_ZERO) / SUSC_BYTE_PER_UNIT;
      // Scar tissue takes pigment unevenly: some impressions hold half as much.
      dose *= mix(1.0, 0.35 + 0.65 * fract(z * 7.31 + b * 0.137), scar);
      float susc = exp(uSuscSpread * z - 0.5 * uSuscSpread * uSuscSpread);
      float sh2 = uSigH2 * size * size;
      float s2 = sh2 + uMig2[cls] * susc + uOff2[cls];
      vec3 tauR = uTauR[cls];
      vec3 tR = tauR * dose * (sh2 / s2);
      vec3 tauRn = uTauRn[cls];
      if (tauRn.g > 1e-5) {
        float s2n = sh2 + uMig2n[cls] * susc + uOff2n[cls];
        s2 = mergedPool(tR, s2, tauRn * dose * (sh2 / s2n), s2n);
      }
      // Beyond REACH_SIGMAS of the widest shadow this dot's ink can cast: skipped before the dearer maths.
      float bound = s2 * uWidenMax + uCoreS2R;
      if (tR.g > 1e-5 && r2 <= REACH_SIGMAS * REACH_SIGMAS * (bound / (1.0 + bound * invW2) + pixel2)) {
        float peakG = 1.0 - exp(-tR.g);
        T *= 1.0 - poolShadow(einFromGreen(tR, ein1(tR.g), peakG), peakG, s2, uCoreR, uCoreS2R, r2, pixel2, invW2);
      }
      // The fresh wound's ink is compiled in only while some dot has it (src/render/scalp-material.ts,
      // setTransientDefine): a software rasteriser runs a branch's code for every pixel whether it
      // is taken or not, and a healed scalp has none. (The blow-out halo is a field: no pool here.)
#ifdef SMP_TRANSIENT
      vec3 tauT = uTauT[cls];
      if (tauT.g > 1e-4) {
        vec3 tT = tauT * dose;
        T *= 1.0 - poolShadowOwn(ein(tT), tT, uSigT2 * size * size, uCoreT, uCoreS2T, r2, pixel2, invW2);
      }
#endif
    }
  }
  return T;
}

// The skin's albedo with the impressions near `chart` in it: near shadows one by one and the rest as
// a field, the erythema where needled, and the laser's light spots (noise at `spotPos`, mm). `n` is
// passed on to smpMetric; `mmPerChart` is the smallest skin length of one chart unit here.
vec3 smpSkin(vec3 albedo, vec2 chart, vec3 n, float mmPerChart, float pixel2, float scar, vec3 spotPos) {
  vec2 buv = (chart - uGridOrigin) / uBlockSpan;
  if (inUnitSquare(buv)) {
    float density = texture(uBlocks, buv).r * uBlockMax;
    float cellMm = uCell * mmPerChart;
    float far = smoothstep(0.28, 0.55, sqrt(pixel2) / cellMm);
    vec3 T = vec3(1.0);
    if (far < 1.0) {
      // The near window (src/model/dot-field.ts, nearWindowInvSigma2, nearWindowRemainderMm2):
      // a pixel looks WINDOW_REACH_CELLS dot spacings away for the mean dot; what that leaves out is a field.
      // (in dot spacings, from the local density: a pixel then weighs about π·WINDOW_REACH_CELLS² dots)
      float sMax = WINDOW_REACH_CELLS * inversesqrt(max(density, 1e-3)) / REACH_SIGMAS;
      float invW2 = uCoreS2Mean > 0.0 ? max(0.0, 1.0 / (sMax * sMax) - 1.0 / uCoreS2Mean) : 0.0;
      float x = uCoreS2Mean * invW2;
      vec3 near = uMaxReach2 > 0.0 ? dotTransmittance(chart, n, pixel2, cellMm, scar, invW2) : vec3(1.0);
      T = near * exp(-density * (uCoreArea * (x / (1.0 + x)) + uWideArea) * (1.0 - 0.32 * scar));
    }
    if (far > 0.0) T = mix(T, exp(-density * uFarArea * (1.0 - 0.32 * scar)), far);
    float needled = clamp(density / max(1e-6, uNominalDensity), 0.0, 1.0);
    // Laser removal can leave light spots (hypopigmentation): blotches a few millimetres across.
    if (uLightSpots > 0.0) {
      // The noise is near-normal about 0.5 (σ ≈ 0.14): a logistic quantile puts the threshold where
      // about uLightSpots of the skin lies above it.
      float blot = valueNoise(spotPos * 0.35) * 0.65 + valueNoise(spotPos * 0.9 + 7.0) * 0.35;
      float s = clamp(uLightSpots, 0.002, 0.5);
      float edge = 0.5 + 0.14 * log((1.0 - s) / s) / 1.702;
      float spot = smoothstep(edge - 0.02, edge + 0.02, blot) * needled;
      albedo = mix(albedo, min(vec3(1.0), albedo * vec3(1.18, 1.24, 1.28) + 0.03), spot);
    }
    albedo *= mix(vec3(1.0), uSkinTint, needled) * T;
  }
  return albedo;
}
