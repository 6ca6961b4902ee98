// Skin shading with SMP impressions evaluated per pixel (see docs in src/render/scalp-material.ts).
precision highp float;
precision highp int;

uniform vec3 uSkin;          // linear albedo of the skin
uniform vec3 uSkinTint;      // erythema multiplier where needled
uniform float uOil;          // 0..1, drives sheen
uniform vec3 uCentre;
uniform vec3 uAxis;
uniform vec3 uE1;
uniform vec3 uE2;

uniform bool uDotsOn;
uniform highp sampler2D uDots;
uniform ivec2 uGridSize;
uniform vec2 uGridOrigin;
uniform float uCell;
uniform float uJitterMargin;
uniform float uNearMm;        // dots beyond this distance (mm) are taken as a field (huge: none)
uniform vec3 uTailArea;       // opacity area per cell those dots put here (mm²; src/model/dot-field.ts)
// Adaptive quality (src/render/quality.ts): how many cells out a pixel looks for dots and hairs,
// and how many hairs of a follicular unit it draws. Full quality: 3, 2, 3.
uniform int uDotCells;
uniform int uHairCells;
uniform int uStrands;
uniform sampler2D uBlocks;
uniform vec2 uBlockSpan;     // chart extent of the block texture
uniform float uBlockMax;     // dots per mm² at texel value 1
uniform float uNominalDensity; // dots per mm² of the design, for the erythema mask

// Per session class (which sessions and touch-ups put pigment into a dot; src/model/timeline.ts):
uniform vec4 uClassCut;      // cumulative shares of the four classes; beyond the last, no dot yet
uniform vec3 uTauT[4];       // transient pool, peak optical depth
uniform float uSigT2;
uniform vec3 uTauR[4];       // retained pools at the healed width
uniform float uSigH2;
uniform float uMig2[4];      // load-weighted 2·D·t of the class's deposits
uniform float uOff2[4];      // scatter of the deposits' centres (touch-ups landing off centre)
uniform vec3 uTauRn[4];      // the newest deposit of a dot with a history, its own Gaussian
uniform float uMig2n[4];
uniform float uOff2n[4];
uniform float uSuscSpread;
uniform float uMaxReach2;    // conservative largest σ² of any pool (mm²)
uniform vec3 uTauH[4];       // blow-out halo
uniform float uSigHalo2;
uniform vec3 uSpreadT;       // optical spread of each pool's shadow (mm², per channel)
uniform vec3 uSpreadR;
uniform vec3 uSpreadH;
uniform vec3 uFarArea;       // opacity-weighted area of an average dot (mm²), per channel
uniform vec3 uShadeDose;     // strength of the base, mid and light pigment shades (1 = full)
uniform float uLightSpots;   // share of the treated skin left lighter by laser removal

uniform bool uHairOn;
uniform highp sampler2D uHair;
uniform ivec2 uHairGridSize;
uniform vec2 uHairOrigin;
uniform float uHairCell;
uniform sampler2D uHairBlocks;
uniform vec2 uHairBlockSpan;
uniform float uHairBlockMax;  // follicular units per mm² at texel value 1
uniform float uHairsPerUnit;
uniform float uShaftLen;      // projected on the skin, mm
uniform float uShaftS2;       // σ² of a shaft's cross-section, mm²
uniform vec3 uShaftCol;
uniform vec3 uWhiteCol;
uniform float uWhiteShare;
uniform float uSubLen;
uniform float uSubS2;
uniform vec3 uSubPeak;        // opacity of a shaft seen through the skin, per channel
uniform vec3 uGrowth;

uniform bool uHairLossOn;
uniform sampler2D uHairLoss;  // stages of further hair loss after which a spot is bald (byte / 32)
uniform vec2 uHairLossOrigin;
uniform float uHairLossSpan;
uniform float uStagesGained;  // further hair loss so far, in stages

uniform bool uScarOn;
uniform sampler2D uScar;      // share of scar tissue over the chart
uniform vec2 uScarOrigin;
uniform float uScarSpan;

uniform vec3 uKeyDir;
uniform vec3 uKeyCol;
uniform vec3 uFillDir;
uniform vec3 uFillCol;
uniform vec3 uRimDir;
uniform vec3 uRimCol;
uniform vec3 uSkyCol;
uniform vec3 uGroundCol;

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
  uint h = (uint(cc.x) * 73856093u) ^ (uint(cc.y) * 19349663u);
  h ^= h >> 16u;
  h *= 0x7feb352du;
  h ^= h >> 15u;
  h *= 0x846ca68bu;
  h ^= h >> 16u;
  float u = float(h >> 8u) / 16777216.0;
  return u < uClassCut.x ? 0 : (u < uClassCut.y ? 1 : (u < uClassCut.z ? 2 : (u < uClassCut.w ? 3 : -1)));
}

// Transmittance of all dots near this pixel, the pixel's footprint folded in.
vec3 dotTransmittance(vec2 chart, vec3 n, float pixel2, float cellMm, float scar) {
  vec2 g = (chart - uGridOrigin) / uCell;
  ivec2 cell = ivec2(floor(g));
  vec2 f = g - floor(g);
  float reach = min(2.6 * sqrt(uMaxReach2 + pixel2), uNearMm) / cellMm;
  float m = uJitterMargin;
  // Only cells whose jitter box can come within reach: usually one to four of them.
  ivec4 range = cellRange(f, reach, m, uDotCells);
  vec3 pn = vPos - uCentre;
  float planeD = dot(n, pn);
  vec3 T = vec3(1.0);
  for (int dy = range.z; dy <= range.w; dy++) {
    for (int dx = range.x; dx <= range.y; dx++) {
      ivec2 cc = cell + ivec2(dx, dy);
      if (cc.x < 0 || cc.y < 0 || cc.x >= uGridSize.x || cc.y >= uGridSize.y) continue;
      vec4 t = texelFetch(uDots, cc, 0);
      if (t.a == 0.0) continue;
      int cls = sessionClass(cc);
      if (cls < 0) continue;
      float shade;
      vec3 pd = impressionOnPlane(uGridOrigin, uCell, cc, texelPosition(t, shade), m, n, planeD);
      vec3 dv = pd - pn;
      float r2 = dot(dv, dv);
      // Beyond the near distance a dot is part of the field (uTailArea), not drawn twice.
      if (r2 > uNearMm * uNearMm) continue;
      float b = floor(t.b * 255.0 + 0.5);
      float sizeN = floor(b / 16.0);
      float size = 0.85 + 0.02 * sizeN;
      // Dose jitter times the strength of the dot's pigment shade (base, mid or light).
      float dose = (0.88 + 0.016 * (b - 16.0 * sizeN)) * (shade < 0.5 ? uShadeDose.x : (shade < 1.5 ? uShadeDose.y : uShadeDose.z));
      float z = (floor(t.a * 255.0 + 0.5) - 128.0) / 32.0;
      // Scar tissue takes pigment unevenly: some impressions hold half as much.
      dose *= mix(1.0, 0.35 + 0.65 * fract(z * 7.31 + b * 0.137), scar);
      float susc = exp(uSuscSpread * z - 0.5 * uSuscSpread * uSuscSpread);
      float sh2 = uSigH2 * size * size;
      float s2 = sh2 + uMig2[cls] * susc + uOff2[cls];
      vec3 tauR = uTauR[cls];
      vec3 tauT = uTauT[cls];
      vec3 tauH = uTauH[cls];
      if (tauR.g > 1e-5) T *= 1.0 - poolOpacity(tauR * dose * (sh2 / s2), s2, uSpreadR, r2, pixel2);
      vec3 tauRn = uTauRn[cls];
      if (tauRn.g > 1e-5) {
        float s2n = sh2 + uMig2n[cls] * susc + uOff2n[cls];
        T *= 1.0 - poolOpacity(tauRn * dose * (sh2 / s2n), s2n, uSpreadR, r2, pixel2);
      }
      if (tauT.g > 1e-4) T *= 1.0 - poolOpacity(tauT * dose, uSigT2 * size * size, uSpreadT, r2, pixel2);
      if (tauH.g > 1e-4) T *= 1.0 - poolOpacity(tauH * dose, uSigHalo2, uSpreadH, r2, pixel2);
    }
  }
  return T;
}

void main() {
  vec3 n = normalize(vNormal);
  if (!gl_FrontFacing) n = -n;
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
      if (far < 1.0) T = dotTransmittance(chart, n, pixel2, cellMm, scar) * exp(-density * uTailArea * (1.0 - 0.32 * scar));
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
      if (far < 1.0 && units > 0.0) shafts = stubble(chart, n, pixel2, cellMm, under);
      if (far > 0.0) {
        float hairs = units * uHairsPerUnit;
        float shaftArea = uShaftLen * sqrt(6.2832 * uShaftS2) * 0.95;
        float a = 1.0 - exp(-hairs * shaftArea);
        vec3 col = mix(uShaftCol, uWhiteCol, uWhiteShare);
        vec3 underFar = exp(-hairs * uSubLen * sqrt(6.2832 * uSubS2) * uSubPeak);
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
