/**
 * Optical properties of scalp skin by wavelength, for the light-transport reference
 * (src/model/light/transport.ts). Every coefficient with its source; the figures to check against
 * are in docs/model.md.
 */
import type { Layer } from './transport.ts';

/** The wavelengths the reference works at (nm): 400–700 in 20 nm steps. */
export const WAVELENGTHS_NM: readonly number[] = Array.from({ length: 16 }, (_, i) => 400 + 20 * i);

/**
 * Molar extinction of oxy- and deoxyhaemoglobin (cm⁻¹/M) at WAVELENGTHS_NM: S. Prahl's tabulation
 * (Oregon Medical Laser Center, 1999) of W. B. Gratzer's and N. Kollias's data.
 */
const HBO2_CM_PER_M = [266232, 480360, 102580, 44480, 26629.2, 20932.8, 24202.4, 53236, 32613.2, 50104, 3200, 942, 442, 319.6, 277.6, 290];
const HB_CM_PER_M = [223296, 407560, 413280, 23388.8, 14550, 20862, 31589.6, 46592, 53788, 37020, 14677.2, 6509.6, 4345.2, 3226.56, 2407.92, 1794.28];

/** Haemoglobin in whole blood (g/L), its gram molecular weight, and the saturation of dermal blood. */
const HB_G_PER_L = 150;
const HB_G_PER_MOL = 66500;
const SATURATION = 0.75;
/** Radius of the dermal vessels for the packaging correction (mm): 10 µm (Verkruysse et al 1997). */
const VESSEL_RADIUS_MM = 0.01;

export interface SkinSpec {
  /** Volume fraction of melanosomes in the epidermis (Monk 3 ≈ 0.008, Monk 6 ≈ 0.03). */
  melanin: number;
  /** Blood volume fractions of the papillary and the reticular dermis. */
  papillaryBlood: number;
  reticularBlood: number;
  /** Scales the reduced scattering (1 = Jacques 2013's skin), for sensitivity runs. */
  scattering?: number;
}

export const EPIDERMIS_MM = 0.1;
export const PAPILLARY_DERMIS_MM = 0.2;

/** Melanin by Monk tone, where the reference figures give it (docs/model.md). */
export const MONK_3_SKIN: SkinSpec = { melanin: 0.008, papillaryBlood: 0.015, reticularBlood: 0.0075 };
export const MONK_6_SKIN: SkinSpec = { melanin: 0.03, papillaryBlood: 0.015, reticularBlood: 0.0075 };

/**
 * The skin of any Monk tone: melanin linear in the tone between the two the reference gives (3 and
 * 6), held at the nearest beyond them, as the renderer's shadows are (src/model/light/shadow.ts).
 */
export function skinForMonkTone(monkTone: number): SkinSpec {
  const m = Number.isFinite(monkTone) ? monkTone : 3;
  const t = Math.min(1, Math.max(0, (m - 3) / 3));
  return { ...MONK_3_SKIN, melanin: MONK_3_SKIN.melanin + t * (MONK_6_SKIN.melanin - MONK_3_SKIN.melanin) };
}

/** Reduced scattering of skin (mm⁻¹): 4.60 (λ/500 nm)^−1.421 (Jacques 2013, Phys Med Biol 58 R37). */
export const reducedScatteringPerMm = (nm: number): number => 4.6 * (nm / 500) ** -1.421;
/** Anisotropy of skin: 0.62 + 0.29·10⁻³ λ (van Gemert et al 1989, IEEE TBME 36:1146). */
export const anisotropy = (nm: number): number => 0.62 + 0.29e-3 * nm;
/** Melanosome absorption (mm⁻¹): 6.6·10¹¹ λ^−3.33 cm⁻¹ (Jacques 1998, "Skin optics", OMLC). */
export const melanosomeAbsorptionPerMm = (nm: number): number => (6.6e11 * nm ** -3.33) / 10;
/** Bloodless tissue baseline (mm⁻¹): 0.244 + 85.3 exp(−(λ − 154)/66.2) cm⁻¹ (Jacques 1998). */
export const baselineAbsorptionPerMm = (nm: number): number => (0.244 + 85.3 * Math.exp(-(nm - 154) / 66.2)) / 10;

/** Whole blood's absorption (mm⁻¹) at one of WAVELENGTHS_NM: μa = ln 10 · ε · c. */
export function bloodAbsorptionPerMm(nm: number): number {
  const i = WAVELENGTHS_NM.indexOf(nm);
  if (i < 0) throw new Error(`no haemoglobin data at ${nm} nm`);
  const molar = (HB_G_PER_L / HB_G_PER_MOL) * (SATURATION * HBO2_CM_PER_M[i]! + (1 - SATURATION) * HB_CM_PER_M[i]!);
  return (Math.LN10 * molar) / 10;
}

/**
 * Blood confined to vessels absorbs less than the same blood spread evenly (the light inside a
 * vessel is already depleted): C = (1 − e^(−2μaR)) / (2μaR) (Svaasand et al 1995, Lasers Med Sci 10:55).
 */
export function packagingFactor(muABloodPerMm: number, radiusMm = VESSEL_RADIUS_MM): number {
  const x = 2 * muABloodPerMm * radiusMm;
  return x < 1e-9 ? 1 : (1 - Math.exp(-x)) / x;
}

/** The three layers of scalp skin at one wavelength: epidermis, papillary dermis, reticular dermis. */
export function skinLayers(spec: SkinSpec, nm: number): Layer[] {
  const musPrime = reducedScatteringPerMm(nm) * (spec.scattering ?? 1);
  const g = anisotropy(nm);
  const muS = musPrime / (1 - g);
  const base = baselineAbsorptionPerMm(nm);
  const blood = bloodAbsorptionPerMm(nm);
  const bloodEffective = blood * packagingFactor(blood);
  const dermis = (f: number): number => f * bloodEffective + (1 - f) * base;
  return [
    { thicknessMm: EPIDERMIS_MM, muAPerMm: spec.melanin * melanosomeAbsorptionPerMm(nm) + (1 - spec.melanin) * base, muSPerMm: muS, g },
    { thicknessMm: PAPILLARY_DERMIS_MM, muAPerMm: dermis(spec.papillaryBlood), muSPerMm: muS, g },
    { thicknessMm: Infinity, muAPerMm: dermis(spec.reticularBlood), muSPerMm: muS, g },
  ];
}

/** Refractive index of skin (Ding et al 2006). */
export const SKIN_REFRACTIVE_INDEX = 1.4;
