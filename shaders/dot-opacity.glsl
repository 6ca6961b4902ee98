// Opacity of one Gaussian pigment pool seen through a pixel. The pool's optical depth is
// tau·exp(−r²/2σ²); its opacity 1 − exp(−tau·g) is approximated by a Gaussian with the same peak
// (1 − e^−tau) and the same integral (σo² = σ²·Ein(tau)/(1 − e^−tau) ≈ σ²(1 + tau(0.27 − 0.005 tau))),
// which can then be convolved with the pixel footprint exactly: reflectance is conserved at any zoom,
// so there is no moiré and no popping. At the centre and without blur it is exact. spread2 widens
// the shadow of buried pigment per channel (light scattered in the skin; OPTICAL_SPREAD_PER_MM).
vec3 poolOpacity(vec3 tau, float sigma2, vec3 spread2, float r2, float pixel2) {
  vec3 peak = 1.0 - exp(-tau);
  vec3 so2 = sigma2 * (1.0 + tau * (0.27 - 0.005 * tau)) + spread2;
  vec3 s2 = so2 + pixel2;
  return peak * (so2 / s2) * exp(-0.5 * r2 / s2);
}
