/**
 * What a room sees (issue 13): on the head, in a real browser, healed SMP and the client's own
 * shaved hair darken the scalp as much as light transport in skin says they do, measured in CIELAB
 * L* of the mean colour in linear light. The predictions apply the model's fields (calibrated to
 * the light-transport reference, src/model/light/) to the colour the same pixels have without them.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from './session.ts';
import { artifactPath, canvasRegion, settle, setState, type RegionStats } from './harness.ts';
import { lightness, luminanceOf } from '../../src/model/light/colour.ts';
import {
  DAYS_PER_YEAR,
  DEFAULT_PLAN,
  FOLLICULAR_UNITS_PER_CM2,
  hexToLinear,
  lastSessionDay,
  monkHex,
  needleForSkinTone,
  pigmentShades,
  planFarAreaMm2,
  presets,
  stubbleMeanReflectance,
  stubbleOptics,
} from '../../src/model/index.ts';

const session = browserSession({ width: 1280, height: 720 });

/**
 * The display transform the page draws with (three.js NeutralToneMapping, after the exposure):
 * it subtracts 0.04 from every channel above the darkest tones and compresses the highlights, so a
 * darkening of the skin's light by T shows as more than T in the picture, the more so on darker
 * skin. The predictions apply T to the light before it (scene-linear), then the transform again.
 */
function neutralToneMap(c: readonly number[]): number[] {
  const start = 0.8 - 0.04,
    desaturation = 0.15;
  const x = Math.min(c[0]!, c[1]!, c[2]!);
  const offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
  const v = c.map((u) => u - offset);
  const peak = Math.max(...v);
  if (peak < start) return v;
  const d = 1 - start;
  const newPeak = 1 - (d * d) / (peak + d - start);
  const g = 1 - 1 / (desaturation * (peak - newPeak) + 1);
  return v.map((u) => ((u * newPeak) / peak) * (1 - g) + newPeak * g);
}
/** Its inverse (fixed-point: the transform is the identity less 0.04 below the highlights). */
function sceneLight(shown: readonly number[]): number[] {
  let c = shown.map((u) => u + 0.04);
  for (let i = 0; i < 60; i++) {
    const t = neutralToneMap(c);
    c = c.map((u, k) => u + (shown[k]! - t[k]!));
  }
  return c;
}
/** The picture's colour when the light behind `shown` is multiplied by `t` per channel. */
const darkened = (shown: readonly number[], t: readonly number[]): number[] => neutralToneMap(sceneLight(shown).map((u, k) => u * t[k]!));

const L = (c: readonly number[]): number => lightness(luminanceOf([c[0]!, c[1]!, c[2]!]));
const dL = (a: RegionStats, b: RegionStats): number => L(a.linear) - L(b.linear);
/**
 * Shows or hides the client's remaining hair on the head's material: a measuring device (the same
 * pixels with and without the hair), not a control of the app.
 */
const hairShown = (page: Page, on: boolean) =>
  page.evaluate(
    (on) =>
      (
        window as unknown as { smp: { three: { scene: { traverse(f: (o: { material?: { uniforms?: Record<string, { value: unknown }> } }) => void): void } } } }
      ).smp.three.scene.traverse((o) => {
        const u = o.material?.uniforms;
        if (u?.['uHairBlocks'] && u['uHairOn']?.value === !on) u['uHairOn'].value = on;
      }),
    on,
  );

/** The crown, well inside the treated area, in the top view. */
const crown = (page: Page) => canvasRegion(page, 0.42, 0.3, 0.16, 0.22);

describe('a treated head at consultation distance', () => {
  it.each([3, 6])('healed SMP darkens the crown as light transport says (ΔL* within 25 %), like a shaved head, and blue-grey: Monk %i', async (tone) => {
    const { page, errors } = await session.open(`?view=top&years=1&range=0&skin=${tone}`);
    const shown = await crown(page);
    await page.screenshot({ path: artifactPath(`appearance-top-1y-monk${tone}.png`) });
    await page.getByRole('checkbox', { name: /Show SMP/ }).uncheck();
    await settle(page);
    const hidden = await crown(page);
    // The app's defaults: sun 0.5, oil 0.5, three sessions, dark-brown hair, 150 per cm²; the
    // shadows and the shade match of the client's tone (src/model/light/shadow.ts).
    // (The needle is the one the app picks for the tone: 1RL 0.25 on Monk 5–7.)
    const c = { ...presets.typical, sun: 0.5, oil: 0.5, monkTone: tone, needleMm: needleForSkinTone(tone) };
    const shades = pigmentShades('dark-brown', 'shaved', c);
    const area = planFarAreaMm2(c, DEFAULT_PLAN, 1 * DAYS_PER_YEAR, shades);
    const predicted =
      L(
        darkened(
          hidden.linear,
          area.map((a) => Math.exp(-1.5 * a)),
        ),
      ) - L(hidden.linear);
    const measured = dL(shown, hidden);
    process.stdout.write(
      `healed SMP, crown, Monk ${tone}: ΔL* ${measured.toFixed(2)} (reference ${predicted.toFixed(2)}); L* ${L(hidden.linear).toFixed(1)} → ${L(shown.linear).toFixed(1)}\n`,
    );
    expect(predicted).toBeLessThan(-4); // a shaved-head look, not a stipple
    expect(Math.abs(measured / predicted - 1)).toBeLessThan(0.25);
    // blue-grey: the dots take relatively more red than blue
    expect(shown.linear[0] / hidden.linear[0]).toBeLessThan(shown.linear[2] / hidden.linear[2]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the client's own hair shaved to 0.5 mm darkens the skin as light transport says (ΔL* within 25 %)", async () => {
    // Norwood 3 keeps hair on the vertex: the same pixels with the hair and without it (bald skin).
    const { page, errors } = await session.open('?view=top&norwood=3&stubble=0.5&range=0');
    const region = () => canvasRegion(page, 0.42, 0.26, 0.16, 0.12);
    const hair = await region();
    await page.screenshot({ path: artifactPath('appearance-hair-0.5mm.png') });
    await hairShown(page, false);
    const bald = await region();
    // The shafts' own colour adds to the skin's: the ratio is taken on the skin's albedo (Monk 3).
    const skin = hexToLinear(monkHex(3));
    const r = stubbleMeanReflectance(stubbleOptics(0.5, 'dark-brown'), skin, FOLLICULAR_UNITS_PER_CM2 / 100);
    const predicted =
      L(
        darkened(
          bald.linear,
          r.map((v, k) => v / skin[k]!),
        ),
      ) - L(bald.linear);
    const measured = dL(hair, bald);
    process.stdout.write(`hair 0.5 mm vs bald skin: ΔL* ${measured.toFixed(2)} (reference ${predicted.toFixed(2)})\n`);
    expect(predicted).toBeLessThan(-4);
    expect(Math.abs(measured / predicted - 1)).toBeLessThan(0.25);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the years a room can see', () => {
  it("the printed summary's 30-day and 10-year views differ by more than 2 in L*", async () => {
    const { page, errors } = await session.open('?view=top&range=0');
    await page.evaluate(() => (window as unknown as { smp: { preparePrint(): void } }).smp.preparePrint());
    await settle(page);
    // The middle of each view, in linear light.
    const means = await page.locator('.print-views img').evaluateAll(async (els) => {
      const decode = (v: number): number => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return Promise.all(
        els.map(async (e) => {
          const img = e as HTMLImageElement;
          await img.decode();
          const c = document.createElement('canvas');
          c.width = img.naturalWidth;
          c.height = img.naturalHeight;
          const g = c.getContext('2d')!;
          g.drawImage(img, 0, 0);
          const d = g.getImageData(Math.floor(c.width * 0.4), Math.floor(c.height * 0.35), Math.floor(c.width * 0.2), Math.floor(c.height * 0.2)).data;
          const s = [0, 0, 0];
          for (let i = 0; i < d.length; i += 4) for (let k = 0; k < 3; k++) s[k]! += decode(d[i + k]!);
          return s.map((v) => v / (d.length / 4));
        }),
      );
    });
    const lightnesses = means.map((m) => L(m));
    process.stdout.write(`print views (30 d, 2, 5, 10 y), L*: ${lightnesses.map((v) => v.toFixed(1)).join(', ')}\n`);
    expect(lightnesses).toHaveLength(4);
    expect(lightnesses[3]! - lightnesses[0]!).toBeGreaterThan(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the SMP/hair border: below 1.5 ΔL* once healed, and its contrast changes by more than the eye's threshold over eight years of sun", async () => {
    // Norwood 4 in the top view (the front is down): SMP on the crown and the front, the client's
    // hair (0.5 mm, dark brown) on the bridge between them. Each border is read from two strips a
    // little either side of it down the middle of the head (about 7 mm of scalp each).
    const { page, errors } = await session.open('?view=top&norwood=4&stubble=0.5&years=0.25&sun=0&range=0');
    const ys = [0.345, 0.41, 0.595, 0.66]; // crown SMP, crown hair, front hair, front SMP
    const strips = async () => {
      const out: RegionStats[] = [];
      for (const y of ys) out.push(await canvasRegion(page, 0.46, y, 0.06, 0.025));
      return out;
    };
    const Y = (s: RegionStats) => luminanceOf(s.linear);
    // The light on a dome is brightest at its top: the outer (SMP) strips lie ~1.6 L* darker than
    // the middle (hair) ones with neither SMP nor hair, which no symmetric pairing of strips
    // cancels (the curvature is even). The border is the step a viewer sees with that shading
    // divided out: each strip's luminance over the same strip's bare skin, put on one skin.
    await setState(page, { showDots: false });
    await hairShown(page, false);
    const bare = await strips();
    await hairShown(page, true);
    await setState(page, { showDots: true });
    const skinY = bare.reduce((a, s) => a + Y(s), 0) / bare.length;
    const border = async () => {
      const drawn = await strips();
      const l = drawn.map((s, i) => lightness(skinY * (Y(s) / Y(bare[i]!))));
      return (l[0]! - l[1]! + (l[3]! - l[2]!)) / 2;
    };
    const healed = await border();
    await page.screenshot({ path: artifactPath('appearance-border-healed.png') });
    await setState(page, { years: 8 + lastSessionDay(DEFAULT_PLAN) / DAYS_PER_YEAR, sun: 1 });
    const later = await border();
    await page.screenshot({ path: artifactPath('appearance-border-8y-sun.png') });
    process.stdout.write(
      `border, SMP minus hair (the dome's shading divided out): ΔL* ${healed.toFixed(2)} healed, ${later.toFixed(2)} after 8 years of sun\n`,
    );
    expect(Math.abs(healed)).toBeLessThan(1.5);
    // The just-noticeable difference of ΔE*ab is about 2.3 (Mahy et al. 1994).
    expect(later - healed).toBeGreaterThan(2.3);
    expect(later).toBeGreaterThan(0); // and the SMP is now the lighter side
    expect(errors).toEqual([]);
    await page.close();
  });
});
