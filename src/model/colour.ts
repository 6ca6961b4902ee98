/** Colour helpers: sRGB hex ↔ linear RGB, and the Monk Skin Tone scale. */
export type Rgb = readonly [number, number, number];

/** Monk Skin Tone scale MST1..MST10, sRGB (docs/model.md). */
export const MONK_SKIN_TONES: readonly string[] = [
  '#f6ede4',
  '#f3e7db',
  '#f7ead0',
  '#eadaba',
  '#d7bd96',
  '#a07e56',
  '#825c43',
  '#604134',
  '#3a312a',
  '#292420',
];

export function monkHex(tone: number): string {
  const i = Math.min(10, Math.max(1, Math.round(Number.isFinite(tone) ? tone : 1)));
  return MONK_SKIN_TONES[i - 1] ?? '#d7bd96';
}

export function srgbToLinear(v: number): number {
  return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
}

export function linearToSrgb(v: number): number {
  const x = Math.min(1, Math.max(0, v));
  return x <= 0.0031308 ? 12.92 * x : 1.055 * Math.pow(x, 1 / 2.4) - 0.055;
}

const HEX = /^#?([0-9a-f]{6})$/i;

/** Parses '#rrggbb' into linear RGB; anything else is an error, not a silent black. */
export function hexToLinear(hex: string): Rgb {
  const m = HEX.exec(hex.trim());
  if (!m || m[1] === undefined) throw new Error(`not an sRGB hex colour: ${JSON.stringify(hex)}`);
  const n = parseInt(m[1], 16);
  return [srgbToLinear(((n >> 16) & 255) / 255), srgbToLinear(((n >> 8) & 255) / 255), srgbToLinear((n & 255) / 255)];
}

export function linearToHex(rgb: Rgb): string {
  const byte = (v: number): string =>
    Math.round(linearToSrgb(v) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${byte(rgb[0])}${byte(rgb[1])}${byte(rgb[2])}`;
}
