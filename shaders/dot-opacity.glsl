// How much of the light a value of ink's opacity takes: Ein(τ)/(1 − e^−τ), the σ² of a Gaussian
// pool's opacity 1 − exp(−tau·g) over its ink's, taken as a Gaussian of the same peak and the same
// integral (src/model/dot-field.ts, opacityWidening: the series below τ = 1, γ + ln τ + E₁(τ)
// above, Abramowitz and Stegun 5.1.56).
vec3 opacityWidening(vec3 tau) {
  vec3 t = max(tau, vec3(1e-6));
  vec3 series = t * (0.99999193 + t * (-0.24991055 + t * (0.05519968 + t * (-0.00976004 + t * 0.00107857))));
  vec3 large = 0.5772156649 + log(max(t, vec3(1.0))) + exp(-t) / t * ((t * t + 2.334733 * t + 0.250621) / (t * t + 3.330657 * t + 1.681534));
  vec3 ein = mix(series, large, step(1.0, t));
  return ein / max(1.0 - exp(-t), vec3(1e-6));
}

// The near shadow of one Gaussian pigment pool seen through a pixel: its opacity blurred by the
// skin above it (the kernel's core: share `gain`, σ² `core2`, per channel) and by the pixel. The
// blur conserves the integral, so reflectance is conserved at any zoom: no moiré, no popping. The
// wide part of the shadow is a field (uWideArea). src/model/dot-field.ts, poolShadow, is its twin.
vec3 poolShadow(vec3 tau, float sigma2, vec3 gain, vec3 core2, float r2, float pixel2) {
  vec3 peak = 1.0 - exp(-tau);
  vec3 so2 = sigma2 * opacityWidening(tau);
  vec3 s2 = so2 + core2 + pixel2;
  return min(vec3(1.0), gain * peak * (so2 / s2) * exp(-0.5 * r2 / s2));
}

// Two pools of one dot (old spread ink and the newest deposit) hide together less than the sum of
// each alone: the factor that brings each down to their joint footprint (src/model/dot-field.ts,
// jointFactor).
vec3 jointFactor(vec3 tau1, float s1, vec3 tau2, float s2) {
  vec3 m1 = max(tau1 * s1, vec3(1e-12)), m2 = max(tau2 * s2, vec3(1e-12));
  vec3 sbar = (m1 * s1 + m2 * s2) / (m1 + m2);
  vec3 tbar = (m1 + m2) / sbar;
  vec3 joint = sbar * opacityWidening(tbar) * (1.0 - exp(-tbar));
  vec3 apart = s1 * opacityWidening(tau1) * (1.0 - exp(-tau1)) + s2 * opacityWidening(tau2) * (1.0 - exp(-tau2));
  return joint / max(apart, vec3(1e-12));
}
