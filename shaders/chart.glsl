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
