// Ein(τ) = ∫₀^τ (1 − e^−t)/t dt: a Gaussian pool's opacity area over 2πσ², by one logarithm
// (src/model/dot-field.ts, ein; the constants are SHADER_FLOATS.EIN_*).
float ein1(float tau) {
  float t = max(tau, 0.0);
  return log(1.0 + t * (1.0 + t * (EIN_C + t * EIN_D_EGAMMA)) / (1.0 + t * (EIN_B + t * EIN_D)));
}

// The same per channel.
vec3 ein(vec3 tau) {
  return vec3(ein1(tau.r), ein1(tau.g), ein1(tau.b));
}

// Ein of every channel from green's (eg = ein1(τg), peakG = 1 − e^−τg): one logarithm a pool
// (src/model/dot-field.ts, einFromGreen): a channel with k = τc/τg adds peakG·ln k +
// ½τg·e^−τg·(ln k)², ln k as 2(k − 1)/(k + 1).
vec3 einFromGreen(vec3 tau, float eg, float peakG) {
  float tg = max(tau.g, 0.0);
  if (tg <= 1e-9) return vec3(0.0, eg, 0.0);
  vec3 k = max(tau, vec3(0.0)) / tg;
  vec3 l = 2.0 * (k - 1.0) / (k + 1.0);
  vec3 e = max(vec3(0.0), eg + peakG * l + 0.5 * tg * (1.0 - peakG) * l * l);
  return vec3(e.r, eg, e.b);
}

// The near shadow of one Gaussian pigment pool (ink σ² `sigma2`, e = ein(τ), green's 1 − e^−τ `peakG`)
// seen through a pixel: its opacity blurred by the skin above it (the kernel's core: share `gain`
// per channel, σ² `core2`), narrowed by the near window (invW2) and blurred by the pixel. Every
// channel keeps its integral, gain·2π·σ²·Ein(τ), in green's shape. The wide part of the shadow,
// and what the window takes, are fields. src/model/dot-field.ts, poolShadow, is its twin.
vec3 poolShadow(vec3 e, float peakG, float sigma2, vec3 gain, float core2, float r2, float pixel2, float invW2) {
  float s2 = max((peakG > 1e-9 ? sigma2 * e.g / peakG : sigma2) + core2, 1e-9);
  float s2w = s2 / (1.0 + s2 * invW2);
  float sp = s2w + pixel2;
  return min(vec3(1.0), gain * e * ((sigma2 / s2) * (s2w / sp) * exp(-0.5 * r2 / sp)));
}

// The same with each channel in its own shape: the fresh wound's ink near the surface, barely
// blurred, where red's narrower opacity shows (src/model/dot-field.ts, PoolShape 'own').
vec3 poolShadowOwn(vec3 e, vec3 tau, float sigma2, vec3 gain, float core2, float r2, float pixel2, float invW2) {
  vec3 peak = 1.0 - exp(-tau);
  vec3 s2 = max(mix(vec3(sigma2), sigma2 * e / max(peak, vec3(1e-9)), step(vec3(1e-9), peak)) + core2, vec3(1e-9));
  vec3 s2w = s2 / (1.0 + s2 * invW2);
  vec3 sp = s2w + pixel2;
  return min(vec3(1.0), gain * e * ((sigma2 / s2) * (s2w / sp) * exp(-0.5 * r2 / sp)));
}

// A dot's old, spread ink and its newest deposit as one Gaussian holding both inks (σ̄² weighted
// by green's ink, each channel's ink kept): their joint footprint (src/model/dot-field.ts,
// mergedPool). Returns the merged σ̄²; tau1 becomes the merged τ̄.
float mergedPool(inout vec3 tau1, float s1, vec3 tau2, float s2) {
  float m1 = tau1.g * s1, m2 = tau2.g * s2;
  float sbar = (m1 * s1 + m2 * s2) / max(m1 + m2, 1e-12);
  tau1 = (tau1 * s1 + tau2 * s2) / max(sbar, 1e-12);
  return sbar;
}
