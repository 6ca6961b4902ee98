// Lambert azimuthal equal-area chart of directions about uAxis (the TypeScript twin is
// src/model/chart.ts): one seam-free disk, equal-area on the direction sphere.
vec2 dirToChart(vec3 dir) {
  float c = max(-0.999999, dot(dir, uAxis));
  return sqrt(2.0 / (1.0 + c)) * vec2(dot(dir, uE1), dot(dir, uE2));
}

vec3 chartToDir(vec2 x) {
  float rho2 = min(4.0, dot(x, x));
  float s = sqrt(1.0 - 0.25 * rho2);
  return uE1 * (x.x * s) + uE2 * (x.y * s) + uAxis * (1.0 - 0.5 * rho2);
}

// Which neighbouring cells can hold an impression within `reach` cells of a pixel at fraction f of
// its own cell, when impressions sit at least `margin` from their cell's sides: (x0, x1, y0, y1),
// at most 2 (hair) or 3 (dots) cells away.
ivec4 cellRange(vec2 f, float reach, float margin, int limit) {
  return ivec4(
    -min(limit, int(floor(reach - f.x + 1.0 - margin))), min(limit, int(floor(reach + f.x - margin))),
    -min(limit, int(floor(reach - f.y + 1.0 - margin))), min(limit, int(floor(reach + f.y - margin))));
}

// A texel's R and G bytes: position in the cell in the high 7 bits (returned 0..1), the low bits
// the pigment shade (returned as 0, 1 or 2; src/model/layout.ts).
vec2 texelPosition(vec4 t, out float shade) {
  vec2 b = floor(t.rg * 255.0 + 0.5);
  vec2 hi = floor(b * 0.5);
  vec2 lo = b - 2.0 * hi;
  shade = min(2.0, lo.x + 2.0 * lo.y);
  return hi / POSITION_LEVELS;
}

// Centre of the impression at position `pos` (0..1, from texelPosition) in cell `cc` of a layout
// grid, placed on the pixel's tangent plane (n·p = planeD, relative to the head centre): distances
// from the pixel are then true millimetres on the skin.
vec3 impressionOnPlane(vec2 origin, float cell, ivec2 cc, vec2 pos, float margin, vec3 n, float planeD) {
  vec2 xd = origin + (vec2(cc) + margin + (1.0 - 2.0 * margin) * pos) * cell;
  vec3 wd = chartToDir(xd);
  return wd * (planeD / max(0.05, dot(n, wd)));
}

// The squared skin distance on the pixel's tangent plane per (cell unit)² of chart offset, as a
// 2 × 2 metric (a, b, c: r² = a·dx² + 2b·dx·dy + c·dy²): chartToDir's derivative at the pixel's
// own chart point `x` (direction `dir`, distance `r` from the head's centre), projected from the
// centre onto the plane with normal n. Within a millimetre or two of the pixel it places an
// impression as impressionOnPlane does to ~0.005 mm (the second-order term, r·|Δx|²), for a few
// multiplications a cell.
vec3 planeMetric(vec2 x, vec3 dir, float r, vec3 n, float cell) {
  float s = sqrt(max(1e-6, 1.0 - 0.25 * dot(x, x)));
  vec3 side = uE1 * x.x + uE2 * x.y;
  vec3 dx = uE1 * s - side * (x.x / (4.0 * s)) - uAxis * x.x;
  vec3 dy = uE2 * s - side * (x.y / (4.0 * s)) - uAxis * x.y;
  float nd = max(0.05, dot(n, dir));
  vec3 px = (r * cell) * (dx - dir * (dot(n, dx) / nd));
  vec3 py = (r * cell) * (dy - dir * (dot(n, dy) / nd));
  return vec3(dot(px, px), dot(px, py), dot(py, py));
}

bool inUnitSquare(vec2 uv) {
  return all(greaterThanEqual(uv, vec2(0.0))) && all(lessThanEqual(uv, vec2(1.0)));
}
