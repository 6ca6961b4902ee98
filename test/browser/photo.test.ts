/**
 * The client's own photo (issue 15), in a real browser: SMP drawn on a photo made in the test has
 * the density set and darkens the skin as the head does; the scale and the brush work by pointer.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from './session.ts';
import { artifactPath, canvasRegion, labOf, settle, setState, waitForRedraw, type RegionStats } from './harness.ts';
import { srgbByte, syntheticPhoto } from './photo-files.ts';
import { waitForPhotoView, bringFile, chooseTool, dragPhoto, mmPerScreenPx, openPhotoMode, photoState, setBrushMm, waitForPhotoDots } from './photo-helpers.ts';
import { lightness, luminanceOf } from '../../src/model/light/colour.ts';
import { DEFAULT_SESSION_DAYS, sessionClasses } from '../../src/model/index.ts';

const session = browserSession({ width: 1280, height: 720 });

const L = (c: readonly number[]): number => lightness(luminanceOf([c[0]!, c[1]!, c[2]!]));
const dL = (a: RegionStats, b: RegionStats): number => L(a.linear) - L(b.linear);
const da = (a: RegionStats, b: RegionStats): number => labOf(a.linear)[1] - labOf(b.linear)[1];

/** The crown in the head's top view (as test/browser/appearance.test.ts measures it). */
const crown = (page: Page) => canvasRegion(page, 0.42, 0.3, 0.16, 0.22);
/** The middle of the photo's picture. */
const middle = (page: Page) => canvasRegion(page, 0.35, 0.3, 0.3, 0.3);

async function showSmp(page: Page, on: boolean): Promise<void> {
  const box = page.getByRole('checkbox', { name: /Show SMP/ });
  if (on) await box.check();
  else await box.uncheck();
  await waitForRedraw(page);
  await settle(page);
}

/**
 * Brings a synthetic photo, sets its scale by dragging the two scale points onto its bar, and paints
 * the skin in the middle with a wide brush. Returns the photo.
 */
async function photoWithArea(page: Page, skinLinear: readonly [number, number, number], mmPerPx: number) {
  const photo = syntheticPhoto(skinLinear, mmPerPx);
  await openPhotoMode(page);
  await bringFile(page, 'synthetic.png', 'image/png', photo.bytes);
  await chooseTool(page, /Set the scale/);
  const before = await photoState(page);
  await dragPhoto(page, before.marks.scale.a, photo.bar.a);
  await dragPhoto(page, before.marks.scale.b, photo.bar.b);
  await page.getByLabel(/Length between the scale points/).fill(String(photo.bar.lengthMm));
  await chooseTool(page, /Paint area/);
  await setBrushMm(page, 60);
  const { cx, cy, rx, ry } = photo.skin;
  for (const k of [-0.45, -0.2, 0.05, 0.3]) await dragPhoto(page, [cx - rx * 0.6, cy + ry * k], [cx + rx * 0.6, cy + ry * k]);
  await waitForPhotoDots(page);
  return photo;
}

/**
 * Dots in a picture region: pixels darker than everything within a third of the expected spacing
 * and clearly darker (2 levels) than that neighbourhood's mean, per cm² of the region.
 */
function dotsPerCm2(r: RegionStats, mmPerPx: number, expectedPerCm2: number): number {
  const spacingPx = 10 / Math.sqrt(expectedPerCm2) / mmPerPx;
  const R = Math.max(2, Math.round(spacingPx / 3));
  const { width: w, height: h, pixels } = r;
  let dots = 0;
  for (let y = R; y < h - R; y++)
    for (let x = R; x < w - R; x++) {
      const v = pixels[y * w + x]!;
      let lowest = true,
        sum = 0,
        n = 0;
      for (let dy = -R; dy <= R && lowest; dy++)
        for (let dx = -R; dx <= R; dx++) {
          if (dx * dx + dy * dy > R * R || (dx === 0 && dy === 0)) continue;
          const u = pixels[(y + dy) * w + x + dx]!;
          // ties go to the first pixel in reading order
          if (u < v || (u === v && (dy < 0 || (dy === 0 && dx < 0)))) {
            lowest = false;
            break;
          }
          sum += u;
          n++;
        }
      if (lowest && sum / n - v > 2) dots++;
    }
  return dots / (((w - 2 * R) * (h - 2 * R) * mmPerPx * mmPerPx) / 100);
}

describe('SMP on a photo', () => {
  it('the scale set by dragging its points onto a bar of known length gives the photo’s millimetres per pixel', async () => {
    const { page, errors } = await session.open('?years=1');
    await photoWithArea(page, [0.45, 0.3, 0.22], 0.1);
    const s = await photoState(page);
    const mm = Number(await page.locator('[data-mm-per-px]').getAttribute('data-mm-per-px'));
    // The points land within a pixel of the bar's ends (500 px apart): within 0.5 %.
    expect(Math.abs(mm / 0.1 - 1)).toBeLessThan(0.005);
    expect(s.marks.area.length).toBe(4);
    // Two drags, a typed length and four strokes: each one undo step.
    expect(s.past).toBe(7);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('dots counted in the picture per cm² are within 10 % of the density set (the share the first session places, at day 1)', async () => {
    // Day 1, where every dot is a crisp fresh wound: the first session has placed its share of the
    // design's dots (src/model/timeline.ts, sessionClasses: the classes that hold session 1's ink).
    const { page, errors } = await session.open('?years=0.0027&density=150');
    const plan = sessionClasses({ sessions: 3, sessionDays: DEFAULT_SESSION_DAYS });
    const firstShare = plan.filter((c) => c.deposits.some((d) => d.day === 0)).reduce((s, c) => s + c.share, 0);
    await photoWithArea(page, [0.45, 0.3, 0.22], 0.1);
    // Close in (the panel's zoom, four times), where dots are about 20 screen pixels apart.
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await waitForPhotoView(page, 400);
    // (at 250 per cm² some of the day-1 dots' shadows touch, and a count of minima starts to merge them)
    for (const densityPerCm2 of [150, 100]) {
      if (densityPerCm2 !== 150) {
        await setState(page, { density: densityPerCm2 });
        await page.waitForFunction(
          (d) => (window as unknown as { smp: { photoLayout: { densityPerCm2: number } } }).smp.photoLayout.densityPerCm2 === d,
          densityPerCm2,
        );
      }
      await waitForRedraw(page);
      await settle(page);
      const mmPerPx = await mmPerScreenPx(page);
      const r = await canvasRegion(page, 0.15, 0.15, 0.7, 0.7);
      await page.screenshot({ path: artifactPath(`photo-dots-${densityPerCm2}.png`) });
      const expected = densityPerCm2 * firstShare;
      const perCm2 = dotsPerCm2(r, mmPerPx, expected);
      process.stdout.write(
        `photo, day 1, zoom 4: ${perCm2.toFixed(1)} dots per cm² counted; ${expected} expected (${densityPerCm2} set × ${firstShare} placed by session 1)\n`,
      );
      expect(Math.abs(perCm2 / expected - 1)).toBeLessThan(0.1);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('darkens the photo’s skin as the head’s (ΔL* within 1) at one year and after eight years of sun, which lighten it as on the head; heals as the head does (ΔL*, Δa* within 1 at day 3)', async () => {
    const { page, errors } = await session.open('?view=top&years=1&range=0&skin=3');
    const headAt = async (): Promise<{ dL: number; da: number; skin: [number, number, number] }> => {
      await showSmp(page, true);
      const shown = await crown(page);
      await showSmp(page, false);
      const hidden = await crown(page);
      await showSmp(page, true);
      return { dL: dL(shown, hidden), da: da(shown, hidden), skin: hidden.linear };
    };
    const base = await page.evaluate(() => {
      const s = (window as unknown as { smp: { store: { getState(): Record<string, unknown> } } }).smp.store.getState();
      return { years: s['years'], sun: s['sun'], spf: s['spf'], hat: s['hat'], aftercare: s['aftercare'] };
    });
    const head1 = await headAt();
    await setState(page, { years: 8, sun: 1, spf: false, hat: false, aftercare: 0 });
    await settle(page);
    const head8 = await headAt();
    await setState(page, { ...base, years: 3 / 365.25 });
    const head3 = await headAt();
    // The photo: a skin of the colour the head's crown has without SMP.
    await photoWithArea(page, head1.skin, 0.1);
    const photoAt = async (): Promise<{ dL: number; da: number }> => {
      await showSmp(page, true);
      const shown = await middle(page);
      await showSmp(page, false);
      const hidden = await middle(page);
      await showSmp(page, true);
      // With the dots off the picture is the photo as it was (its light recovered and shown again only under dots).
      for (let k = 0; k < 3; k++) expect(Math.abs(hidden.mean[k]! - srgbByte(head1.skin[k]!)), `channel ${k}`).toBeLessThan(1.5);
      return { dL: dL(shown, hidden), da: da(shown, hidden) };
    };
    // Outside the painted area, with SMP shown, the picture is the photo's own grey: the light recovered
    // from it and shown again comes back as it was.
    const ground = await canvasRegion(page, 0.02, 0.05, 0.04, 0.04);
    [128, 130, 134].forEach((v, k) => expect(Math.abs(ground.mean[k]! - v), `ground, channel ${k}`).toBeLessThan(1.5));
    const photo8 = await photoAt();
    await page.screenshot({ path: artifactPath('photo-8y-sun.png') });
    await setState(page, base);
    const photo1 = await photoAt();
    await page.screenshot({ path: artifactPath('photo-1y.png') });
    process.stdout.write(
      `ΔL*: head ${head1.dL.toFixed(2)} / photo ${photo1.dL.toFixed(2)} at 1 year; head ${head8.dL.toFixed(2)} / photo ${photo8.dL.toFixed(2)} after 8 years of sun\n`,
    );
    expect(head1.dL).toBeLessThan(-4);
    expect(Math.abs(photo1.dL - head1.dL)).toBeLessThan(1);
    expect(Math.abs(photo8.dL - head8.dL)).toBeLessThan(1);
    // Healing, three days after the first session: fresh ink and the redness of the photo's own
    // skin change its colour as they change the head's (ΔL* and Δa* within 1).
    await setState(page, { years: 3 / 365.25 });
    const photo3 = await photoAt();
    expect(Math.abs(photo3.dL - head3.dL)).toBeLessThan(1);
    expect(Math.abs(photo3.da - head3.da)).toBeLessThan(1);
    process.stdout.write(`day 3: head ΔL* ${head3.dL.toFixed(2)} Δa* ${head3.da.toFixed(2)} / photo ΔL* ${photo3.dL.toFixed(2)} Δa* ${photo3.da.toFixed(2)}\n`);
    // Years and sun lighten it on the photo as on the head.
    expect(photo8.dL - photo1.dL).toBeGreaterThan(1);
    expect(Math.sign(photo8.dL - photo1.dL)).toBe(Math.sign(head8.dL - head1.dL));
    expect(errors).toEqual([]);
    await page.close();
  });
});
