// The client's photo with SMP in it (issue 15): the photo's own skin, light and hair, times each
// dot's darkening and the healing's redness, by the head's dot evaluation (shaders/smp.glsl) on the
// photo's plane, whose chart unit is one photo pixel (src/model/photo-area.ts).
precision highp float;
precision highp int;

#include <interface>

varying vec2 vPhoto;

#include <chart>
#include <dot-opacity>
#include <noise>

// The round scalp's slope ∇z at a photo pixel (src/model/photo-geometry.ts, surfaceGradient, is its
// twin): a spheroid cap over the outline, the slope shortened so skin per pixel stays within
// PHOTO_MAX_SKIN_PER_PIXEL; none outside the outline.
vec2 photoSlope(vec2 px) {
  vec2 uv = (px - uOutline.xy) / uOutline.zw;
  float rest = 1.0 - dot(uv, uv);
  if (rest <= 0.0) return vec2(0.0);
  vec2 g = (-uCrownPx * inversesqrt(rest)) * uv / uOutline.zw;
  float g2 = dot(g, g);
  float most = PHOTO_MAX_SKIN_PER_PIXEL * PHOTO_MAX_SKIN_PER_PIXEL - 1.0;
  if (g2 > most) g *= sqrt(most / g2);
  return g;
}

// The skin's metric on the photo, I + ∇z∇zᵀ in (mm per pixel)², per (cell unit)²: a step along the
// slope covers more skin than one across it (shaders/smp.glsl asks for it).
vec3 smpMetric(vec2 px, vec3 n) {
  vec2 g = uRound ? photoSlope(px) : vec2(0.0);
  float k = uMmPerPx * uCell;
  return k * k * vec3(1.0 + g.x * g.x, g.x * g.y, 1.0 + g.y * g.y);
}

#include <smp>

// A photo's pixels are taken as a picture made through the display transform the head is drawn
// with (three's NeutralToneMapping after the exposure), as a camera's own tone curve also lifts
// the darks and rolls off the highlights: the light behind them is recovered here, darkened by
// the dots, and shown through the same transform again, so the same darkening of the same skin
// reads the same on the photo as on the head. With no dots the photo comes back as it was.
vec3 neutralInverse(vec3 shown) {
  const float start = 0.8 - 0.04;
  const float desaturation = 0.15;
  const float d = 1.0 - start;
  vec3 v = shown;
  float newPeak = min(max(shown.r, max(shown.g, shown.b)), 0.999);
  if (newPeak >= start) {
    float peak = d * d / (1.0 - newPeak) - d + start;
    float g = 1.0 - 1.0 / (desaturation * (peak - newPeak) + 1.0);
    v = (shown - newPeak * g) / max(1e-6, (newPeak / peak) * (1.0 - g));
  }
  // Below 0.08 the darkest channel was lowered by x − 6.25x² (to 6.25x²), above it by 0.04.
  float m = max(0.0, min(v.r, min(v.g, v.b)));
  float x = m >= 0.04 ? m + 0.04 : sqrt(m / 6.25);
  return v + (x - m);
}

void main() {
  vec3 photo = texture(uPhoto, vPhoto / uPhotoSize).rgb;
  vec3 colour = photo;
  if (uDotsOn) {
    float pixelMm = max(length(dFdx(vPhoto)), length(dFdy(vPhoto))) * uMmPerPx;
    float pixel2 = pow(0.42 * pixelMm, 2.0);
    vec3 light = neutralInverse(photo) / toneMappingExposure;
    colour = smpSkin(light, vPhoto, vec3(0.0, 0.0, 1.0), uMmPerPx, pixel2, 0.0, vec3(vPhoto * uMmPerPx, 0.0));
    gl_FragColor = vec4(colour, 1.0);
    #include <tonemapping_fragment>
  } else gl_FragColor = vec4(colour, 1.0);
  #include <colorspace_fragment>
}
