// Remaining hair, shaved to a length: per follicular unit 1–3 shafts leaving the skin at 45°
// (seen as short strokes in the hair's colour) and the part of each shaft inside the follicle,
// showing through the skin as a blue-grey streak (red reaches deeper, as for pigment); the rest of
// the shafts' shadow under the skin is a field (uSubField, scalp.frag.glsl).
// Both are line Gaussians convolved with the pixel footprint, so coverage is conserved at any zoom.
// The TypeScript side is src/model/hair.ts and src/render/scalp-material.ts.

// Opacity of a blurred line from a to a + dir·len: a Gaussian across it, a box along it, both
// convolved with the pixel. No round caps, so a blurred hair still covers exactly len × width.
float lineOpacity(vec3 p, vec3 a, vec3 dir, float len, float sigma2, float pixel2) {
  vec3 ap = p - a;
  float t = dot(ap, dir);
  vec3 across = ap - dir * t;
  float s2 = sigma2 + pixel2;
  float s = sqrt(s2);
  float along = clamp((t + s) / (2.0 * s), 0.0, 1.0) * clamp((len - t + s) / (2.0 * s), 0.0, 1.0);
  return sqrt(sigma2 / s2) * exp(-0.5 * dot(across, across) / s2) * along;
}

// A shaft's streak under the skin: from the pore along dirIn, sharp there and widening as the shaft
// goes deeper (src/model/stubble-field.ts, streakOpacity; src/model/hair.ts, STREAK_AREA_MM2).
float streakOpacity(vec3 p, vec3 pore, vec3 dirIn, float pixel2) {
  vec3 ap = p - pore;
  float t = dot(ap, dirIn);
  vec3 across = ap - dirIn * t;
  float tc = clamp(t, 0.0, STREAK_LENGTH_MM);
  float sigma = STREAK_SIGMA0_MM + STREAK_SIGMA_SLOPE * tc;
  float s2 = sigma * sigma + pixel2;
  float s = sqrt(s2);
  float along = clamp((t + s) / (2.0 * s), 0.0, 1.0) * clamp((STREAK_LENGTH_MM - t + s) / (2.0 * s), 0.0, 1.0);
  return (sigma / s) * exp(-tc / STREAK_DECAY_MM) * exp(-0.5 * dot(across, across) / s2) * along;
}

// Stages of further hair loss after which this chart point is bald (255 / 32, about 8: never).
float hairLossStage(vec2 chart) {
  vec2 uv = (chart - uHairLossOrigin) / uHairLossSpan;
  if (!inUnitSquare(uv)) return 1e3;
  return texture(uHairLoss, uv).r * (255.0 / HAIR_LOSS_BYTE_PER_STAGE);
}

// Share of the follicular units at a chart point still there after uStagesGained (the far field's
// version of the per-unit test above: the same ±0.45-stage spread).
float hairRemaining(vec2 chart) {
  if (!uHairLossOn || uStagesGained <= 0.0) return 1.0;
  return clamp((hairLossStage(chart) - uStagesGained) / HAIR_LOSS_SPREAD_STAGES + 0.5, 0.0, 1.0);
}

// Returns the shafts' colour (rgb, premultiplied) and coverage (a); multiplies `under` by the
// transmittance of the shafts under the skin.
vec4 stubble(vec2 chart, vec3 n, float pixel2, float cellMm, inout vec3 under) {
  vec2 g = (chart - uHairOrigin) / uHairCell;
  ivec2 cell = ivec2(floor(g));
  vec2 f = g - floor(g);
  float m = JITTER_MARGIN;
  float sEnd = STREAK_SIGMA0_MM + STREAK_SIGMA_SLOPE * STREAK_LENGTH_MM;
  float reach = (max(uShaftLen, STREAK_LENGTH_MM) + 0.25 + 2.5 * sqrt(max(uShaftS2, sEnd * sEnd) + pixel2)) / cellMm;
  ivec4 range = cellRange(f, reach, m, uHairCells);
  vec3 pn = vPos - uCentre;
  float planeD = dot(n, pn);
  vec3 grow = uGrowth - n * dot(uGrowth, n);
  grow = dot(grow, grow) > 0.04 ? normalize(grow) : normalize(vec3(0.0, 0.0, -1.0) - n * n.z);
  vec3 side = cross(n, grow);
  vec4 acc = vec4(0.0);
  float subPeak = 1.0;
  for (int dy = range.z; dy <= range.w; dy++) {
    for (int dx = range.x; dx <= range.y; dx++) {
      ivec2 cc = cell + ivec2(dx, dy);
      if (cc.x < 0 || cc.y < 0 || cc.x >= uHairGridSize.x || cc.y >= uHairGridSize.y) continue;
      vec4 t = texelFetch(uHair, cc, 0);
      if (t.a == 0.0) continue;
      float unused;
      vec2 pos = texelPosition(t, unused);
      float b = floor(t.b * 255.0 + 0.5);
      float a8 = floor(t.a * 255.0 + 0.5);
      // Continued hair loss: a unit goes once the loss has passed its spot, some a little earlier or later.
      if (uHairLossOn && uStagesGained > 0.0) {
        vec2 xd = uHairOrigin + (vec2(cc) + m + (1.0 - 2.0 * m) * pos) * uHairCell;
        if (uStagesGained > hairLossStage(xd) + HAIR_LOSS_SPREAD_STAGES * (fract(a8 * 0.7131 + b * 0.291) - 0.5)) continue;
      }
      vec3 pd = impressionOnPlane(uHairOrigin, uHairCell, cc, pos, m, n, planeD);
      int count = b < ONE_HAIR_BELOW_BYTE ? 1 : (b < TWO_HAIRS_BELOW_BYTE ? 2 : 3);
      float ang = (fract(b * 0.6180339) - 0.5) * 0.9;
      vec3 dir = grow * cos(ang) + side * sin(ang);
      vec3 perp = cross(n, dir);
      float len = uShaftLen * (1.0 + 0.12 * (a8 - SUSC_BYTE_ZERO) / SUSC_BYTE_PER_UNIT);
      vec3 colour = fract(a8 * 0.3771) < uWhiteShare ? uWhiteCol : uShaftCol;
      for (int k = 0; k < 3; k++) {
        if (k >= count || k >= uStrands) break;
        vec3 base = pd + perp * ((float(k) - 0.5 * float(count - 1)) * 0.11) + dir * (0.05 * float(k));
        under *= 1.0 - uSubPeak * streakOpacity(pn, base, -dir, pixel2);
        if (len > 0.0) {
          float a = 0.95 * lineOpacity(pn, base, dir, len, uShaftS2, pixel2);
          acc = acc * (1.0 - a) + vec4(colour * a, a);
        }
      }
    }
  }
  return acc;
}
