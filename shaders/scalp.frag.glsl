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
#include <noise>

// The squared skin distance per (cell unit)² of chart offset at this pixel (shaders/smp.glsl asks
// for it): the head's chart projected onto the pixel's tangent plane.
vec3 smpMetric(vec2 chart, vec3 n) {
  vec3 pn = vPos - uCentre;
  float r = length(pn);
  return planeMetric(chart, pn / r, r, n, uCell);
}

#include <smp>

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

  // The impressions: the skin's own metric on its tangent plane (smpMetric above), shared with the
  // photo's shader (shaders/smp.glsl).
  if (uDotsOn) albedo = smpSkin(albedo, chart, surfaceN, mmPerChart, pixel2, scar, vPos);

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
