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

void main() {
  vec3 photo = texture(uPhoto, vPhoto / uPhotoSize).rgb;
  vec3 colour = photo;
  if (uDotsOn) {
    float pixelMm = max(length(dFdx(vPhoto)), length(dFdy(vPhoto))) * uMmPerPx;
    float pixel2 = pow(0.42 * pixelMm, 2.0);
    colour = smpSkin(photo, vPhoto, vec3(0.0, 0.0, 1.0), uMmPerPx, pixel2, 0.0, vec3(vPhoto * uMmPerPx, 0.0));
  }
  gl_FragColor = vec4(colour, 1.0);
  #include <colorspace_fragment>
}
