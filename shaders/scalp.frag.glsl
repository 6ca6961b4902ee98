// Skin shading with SMP impressions evaluated per pixel (see docs in src/render/scalp-material.ts).
precision highp float;
precision highp int;

// Uniforms and the constants shared with the model, generated from one table:
// src/render/scalp-interface.ts (SCALP_UNIFORMS) and src/model/shader-constants.ts.
#include <interface>

varying vec3 vPos;
varying vec3 vNormal;

#include <chart>
#include <dot-opacity>
#include <stubble>

float hash13(vec3 p) {
  p = fract(p * 0.1031);
  p += dot(p, p.zyx + 31.32);
  return fract((p.x + p.y) * p.z);
}

float valueNoise(vec3 p) {
  vec3 i = floor(p);
  vec3 f = fract(p);
  f = f * f * (3.0 - 2.0 * f);
  return mix(
    mix(mix(hash13(i), hash13(i + vec3(1, 0, 0)), f.x), mix(hash13(i + vec3(0, 1, 0)), hash13(i + vec3(1, 1, 0)), f.x), f.y),
    mix(mix(hash13(i + vec3(0, 0, 1)), hash13(i + vec3(1, 0, 1)), f.x), mix(hash13(i + vec3(0, 1, 1)), hash13(i + vec3(1, 1, 1)), f.x), f.y),
    f.z);
}

// One light on skin: wrapped diffuse, wider in red (light scattered under the skin comes back
// out redder), and a normalised Blinn-Phong sheen whose tightness and strength grow with oil.
vec3 skinLight(vec3 n, vec3 V, vec3 L, vec3 albedo, float shininess, float sheen) {
  const vec3 wrap = vec3(0.34, 0.18, 0.1);
  float NdotL = dot(n, L);
  vec3 diff = clamp((vec3(NdotL) + wrap) / (1.0 + wrap), 0.0, 1.0);
  vec3 H = normalize(L + V);
  float NdotH = max(dot(n, H), 0.0);
  float f = 1.0 - max(dot(V, H), 0.0);
  float f2 = f * f;
  float fresnel = 0.028 + 0.972 * f2 * f2 * f;
  float spec = fresnel * (shininess + 8.0) / 25.13 * pow(NdotH, shininess) * max(NdotL, 0.0);
  return albedo * diff + sheen * spec;
}

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
  vec3 pn = vPos - uCentre;
  float r = length(pn);
  vec3 metric = planeMetric(chart, pn / r, r, n, uCell);
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

void main() {
  vec3 n = normalize(vNormal);
  if (!gl_FrontFacing) n = -n;
  // The surface's own plane: dots and hairs are placed and measured on it. The fine relief below
  // only shades; it must not move an impression or bend a hair.
  vec3 surfaceN = n;
  vec3 rel = vPos - uCentre;
  float r = length(rel);
  vec3 dir = rel / r;
  vec3 albedo = uSkin;

  // Skin is never one flat colour: faint mottling over a few millimetres.
  albedo *= 0.95 + 0.08 * valueNoise(vPos * 0.25);

  // The pixel's place on the scalp chart, and the smallest skin length of one chart unit there
  // (r·cos(θ/2) is Lambert's radial scale): shared by the scars, the dots and the hair.
  vec2 chart = dirToChart(dir);
  float mmPerChart = r * sqrt(0.5 * (1.0 + dot(dir, uAxis)));

  // Scar tissue: paler, less red, smoother and a little shinier than the skin around it.
  float scar = 0.0;
  if (uScarOn) {
    vec2 suv = (chart - uScarOrigin) / uScarSpan;
    if (inUnitSquare(suv)) scar = texture(uScar, suv).r;
    albedo = mix(albedo, min(vec3(1.0), uSkin * vec3(1.12, 1.1, 1.1) + vec3(0.03, 0.03, 0.035)), scar);
  }
  float pixelMm = max(length(dFdx(vPos)), length(dFdy(vPos)));
  float pixel2 = pow(0.42 * pixelMm, 2.0);

  // Fine relief of the skin surface (pores, creases) for the close-up: a bump from the gradient of
  // value noise at about 0.3 mm, faded out before a pixel is large enough to alias it.
  float relief = 1.0 - smoothstep(0.025, 0.09, pixelMm);
  if (relief > 0.0) {
    vec3 q = vPos * 3.2;
    float e = 0.08;
    float h0 = valueNoise(q);
    vec3 grad = vec3(valueNoise(q + vec3(e, 0.0, 0.0)), valueNoise(q + vec3(0.0, e, 0.0)), valueNoise(q + vec3(0.0, 0.0, e))) - h0;
    grad /= e;
    grad -= n * dot(grad, n);
    n = normalize(n - 0.16 * relief * grad);
    // and the grain of the skin's colour at the same scale
    albedo *= 1.0 - relief * (0.07 * h0 + 0.05 * valueNoise(q * 2.7 + 13.0));
  }

  if (uDotsOn) {
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
        vec3 near = uMaxReach2 > 0.0 ? dotTransmittance(chart, surfaceN, pixel2, cellMm, scar, invW2) : vec3(1.0);
        T = near * exp(-density * (uCoreArea * (x / (1.0 + x)) + uWideArea) * (1.0 - 0.32 * scar));
      }
      if (far > 0.0) T = mix(T, exp(-density * uFarArea * (1.0 - 0.32 * scar)), far);
      float needled = clamp(density / max(1e-6, uNominalDensity), 0.0, 1.0);
      // Laser removal can leave light spots (hypopigmentation): blotches a few millimetres across.
      if (uLightSpots > 0.0) {
        // The noise is near-normal about 0.5 (σ ≈ 0.14): a logistic quantile puts the threshold where
        // about uLightSpots of the skin lies above it.
        float blot = valueNoise(vPos * 0.35) * 0.65 + valueNoise(vPos * 0.9 + 7.0) * 0.35;
        float s = clamp(uLightSpots, 0.002, 0.5);
        float edge = 0.5 + 0.14 * log((1.0 - s) / s) / 1.702;
        float spot = smoothstep(edge - 0.02, edge + 0.02, blot) * needled;
        albedo = mix(albedo, min(vec3(1.0), albedo * vec3(1.18, 1.24, 1.28) + 0.03), spot);
      }
      albedo *= mix(vec3(1.0), uSkinTint, needled) * T;
    }
  }

  if (uHairOn) {
    vec2 buv = (chart - uHairOrigin) / uHairBlockSpan;
    if (inUnitSquare(buv)) {
      float units = texture(uHairBlocks, buv).r * uHairBlockMax * hairRemaining(chart);
      float cellMm = uHairCell * mmPerChart;
      float far = smoothstep(0.3, 0.6, sqrt(pixel2) / cellMm);
      vec3 under = vec3(1.0);
      vec4 shafts = vec4(0.0);
      if (far < 1.0 && units > 0.0) shafts = stubble(chart, surfaceN, pixel2, cellMm, under);
      // The diffuse shadow of the deeper shafts, overlapping from many follicles: a field.
      under *= exp(-units * uHairsPerUnit * uSubField);
      if (far > 0.0) {
        float hairs = units * uHairsPerUnit;
        float shaftArea = uShaftLen * sqrt(6.2832 * uShaftS2) * 0.95;
        float a = 1.0 - exp(-hairs * shaftArea);
        vec3 col = mix(uShaftCol, uWhiteCol, uWhiteShare);
        vec3 underFar = exp(-hairs * (STREAK_AREA_MM2 * uSubPeak + uSubField));
        under = mix(under, underFar, far);
        shafts = mix(shafts, vec4(col * a, a), far);
      }
      albedo *= under;
      albedo = albedo * (1.0 - shafts.a) + shafts.rgb;
    }
  }

  vec3 V = normalize(cameraPosition - vPos);
  float NdotV = max(dot(n, V), 0.0);
  float shininess = mix(22.0, 110.0, uOil);
  float sheen = mix(0.35, 1.9, uOil * uOil) * (1.0 + 0.6 * scar);
  vec3 colour = uKeyCol * skinLight(n, V, uKeyDir, albedo, shininess, sheen)
    + uFillCol * skinLight(n, V, uFillDir, albedo, shininess, sheen)
    + uRimCol * skinLight(n, V, uRimDir, albedo, shininess, sheen);
  vec3 hemi = mix(uGroundCol, uSkyCol, 0.5 + 0.5 * n.y);
  colour += albedo * hemi;
  // Grazing-angle sheen of an oily scalp.
  colour += uSkyCol * sheen * 0.06 * pow(1.0 - NdotV, 4.0);

  gl_FragColor = vec4(colour, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
