/** Small helpers the calibration runs share (src/model/light/calibrate.ts, calibrate-hair.ts). */
import type { Rgb } from '../colour.ts';
import { spectrumToLinearSrgb } from './colour.ts';
import { WAVELENGTHS_NM } from './skin.ts';
import type { TransportResult } from './transport.ts';

export const lin = (spectrum: readonly number[]): Rgb => spectrumToLinearSrgb(spectrum);
export const ratio = (a: Rgb, b: Rgb): Rgb => [a[0] / b[0], a[1] / b[1], a[2] / b[2]];

/** Mean and standard error of the mean of a few independent batches, per channel. */
export function meanAndError(batches: readonly Rgb[]): { mean: Rgb; error: Rgb } {
  const n = batches.length;
  const mean = [0, 1, 2].map((k) => batches.reduce((s, b) => s + b[k]!, 0) / n) as unknown as Rgb;
  const error = [0, 1, 2].map((k) => Math.sqrt(batches.reduce((s, b) => s + (b[k]! - mean[k]!) ** 2, 0) / (n * Math.max(1, n - 1)))) as unknown as Rgb;
  return { mean, error };
}

/** Runs one transport per wavelength and returns the results in wavelength order. */
export function perWavelength(run: (nm: number, i: number) => TransportResult): TransportResult[] {
  return WAVELENGTHS_NM.map((nm, i) => run(nm, i));
}
