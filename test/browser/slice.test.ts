/**
 * Under the skin (issue 16), in the built page: the slice opened by a link, beside the head and
 * alone, drawing the model's retained share at the state's time and conditions (worked out here
 * from the degradation model, not read from the page's sums), its ink in the canvas's pixels, the
 * reference's light paths, compare's two slices, the keyboard, reduced motion, both languages at
 * 1920 × 1080, axe-core, and the guided demo's step.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from './session.ts';
import { axeViolations, setState, settle, waitForScene } from './harness.ts';
import { type SimState, conditionsFor, planFor, versusPatch } from '../../src/state/sim-state.ts';
import { DAYS_PER_YEAR, laserFactor, pigmentPools } from '../../src/model/index.ts';
import { DEMO_STEPS } from '../../src/ui/demo.ts';
import { SLICE_TEXT } from '../../src/ui/slice/slice-text.ts';
import { AIR_MM } from '../../src/ui/slice/draw.ts';
import { BAND_COLOURS } from '../../src/ui/slice/draw-light.ts';
import { SLICE_WIDTH_MM } from '../../src/model/slice.ts';
import { enLater } from '../../src/ui/text/en-later.ts';

const session = browserSession({ width: 1920, height: 1080 });

interface Pane {
  drawn: Record<'transient' | 'retained' | 'broken' | 'halo' | 'spawned', number>;
  deposits: Array<{ day: number; dose: number; ageDays: number; spawned: number }>;
  particles: Array<[number, number, string, number, number]>;
  years: number;
  photons: Array<{ nm: number; meanDeepestMm: number; shown: number }> | null;
  widthPx: number;
}

const panes = (page: Page): Promise<Pane[]> =>
  page.evaluate(() => ((window as unknown as { smp: { slice?: { panes: Pane[] } } }).smp.slice?.panes ?? []).filter(Boolean));
const store = (page: Page): Promise<SimState> =>
  page.evaluate(() => {
    const s = (window as unknown as { smp: { store: { getState(): Record<string, unknown> } } }).smp.store.getState();
    return JSON.parse(JSON.stringify(s)) as SimState;
  });

/** Waits until `n` panes are drawn at the store's times with their light paths. */
async function waitForSlice(page: Page, n = 1): Promise<Pane[]> {
  await page.waitForFunction(
    (count) => {
      const p = ((window as unknown as { smp: { slice?: { panes: Array<{ photons: unknown; widthPx: number } | null> } } }).smp.slice?.panes ?? []).filter(
        Boolean,
      );
      return p.length >= count && p.every((x) => x!.photons !== null && x!.widthPx > 0);
    },
    n,
    { timeout: 60_000 },
  );
  await settle(page);
  return panes(page);
}

/** The model's retained load per unit of dose put in, over the deposits the pane drew, for a state. */
function modelShare(st: SimState, pane: Pane): number {
  const c = conditionsFor(st);
  const plan = planFor(st);
  const t = st.years * DAYS_PER_YEAR;
  let load = 0,
    dose = 0;
  for (const d of pane.deposits) {
    const p = pigmentPools(c, t - d.day);
    load += d.dose * (p.shallow + p.deep) * laserFactor(plan.laser, d.day, t);
    dose += d.dose;
  }
  return load / dose;
}
const drawnShare = (p: Pane): number => (p.drawn.retained + p.drawn.broken + p.drawn.halo) / p.drawn.spawned;

/** Pixels of a pane's canvas (device pixels, RGBA). */
const canvasPixels = (page: Page, i: number): Promise<{ w: number; h: number; data: number[] }> =>
  page.evaluate((k) => {
    const c = document.querySelectorAll<HTMLCanvasElement>('.slice-pane canvas')[k]!;
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    return { w: c.width, h: c.height, data: Array.from(d.data) };
  }, i);

describe('under the skin: the cross-section', () => {
  it('opens beside the head from a link, draws the model’s retained share and its ink, and follows the controls', async () => {
    const { page, errors } = await session.open('?slice=beside&years=1&view=top');
    let [pane] = await waitForSlice(page);
    let st = await store(page);
    expect(st.slice).toBe('beside');
    expect(Math.abs(drawnShare(pane!) / modelShare(st, pane!) - 1)).toBeLessThan(0.02);
    const yearOne = drawnShare(pane!);
    // The head keeps the left 40 % of the stage; the slice takes the rest.
    const boxes = await page.evaluate(() => ({
      scene: document.querySelector('.scene')!.getBoundingClientRect().width,
      stage: document.querySelector('.stage')!.getBoundingClientRect().width,
    }));
    expect(boxes.scene / boxes.stage).toBeCloseTo(0.4, 2);

    // The ink is in the picture: where the model puts a retained particle, the canvas is dark.
    const px = await canvasPixels(page, 0);
    const s = px.w / SLICE_WIDTH_MM;
    const retained = pane!.particles.filter((q) => q[2] === 'retained');
    let dark = 0;
    for (const [x, z] of retained) {
      const i = 4 * (Math.round((z + AIR_MM) * s) * px.w + Math.round(x * s));
      if (0.2126 * px.data[i]! + 0.7152 * px.data[i + 1]! + 0.0722 * px.data[i + 2]! < 90) dark++;
    }
    expect(dark / retained.length).toBeGreaterThan(0.85);

    // Ten years of daily sun: fewer particles, as many as the model keeps.
    await setState(page, { years: 10, sun: 1 });
    await page.waitForFunction(() => (window as unknown as { smp: { slice: { panes: Array<{ years: number }> } } }).smp.slice.panes[0]!.years === 10);
    [pane] = await waitForSlice(page);
    st = await store(page);
    expect(Math.abs(drawnShare(pane!) / modelShare(st, pane!) - 1)).toBeLessThan(0.02);
    expect(drawnShare(pane!)).toBeLessThan(0.6 * yearOne);

    // The keyboard: X puts it on its own, then hides it; the link says where it is.
    await page.locator('body').press('x');
    await settle(page);
    expect((await store(page)).slice).toBe('alone');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('slice=alone');
    const alone = await page.evaluate(
      () => document.querySelector('.slice-view')!.getBoundingClientRect().width / document.querySelector('.stage')!.getBoundingClientRect().width,
    );
    expect(alone).toBeCloseTo(1, 2);
    await page.locator('body').press('x');
    await settle(page);
    expect(await page.locator('.slice-view').count()).toBe(0);
    // The panel's control, by keyboard, and the slice's own hide button.
    await page.getByLabel('Under the skin').focus();
    await page.keyboard.press('ArrowDown');
    await settle(page);
    expect((await store(page)).slice).toBe('beside');
    await page.getByRole('button', { name: SLICE_TEXT.en.close }).focus();
    await page.keyboard.press('Enter');
    await settle(page);
    expect((await store(page)).slice).toBe('off');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a slice the link cannot mean, with a notice', async () => {
    const { page } = await session.open('?slice=sideways');
    await expect.poll(() => page.locator('.notices').innerText()).toContain('sideways');
    expect(await page.locator('.slice-view').count()).toBe(0);
    await page.close();
  });

  it('draws two slices with compare, each the model’s share at its own time and lifestyle', async () => {
    const { page } = await session.open('?slice=alone&years=1&compare=10&versus=unprotected');
    const [now, other] = await waitForSlice(page, 2);
    const st = await store(page);
    expect(now!.years).toBe(1);
    expect(other!.years).toBe(10);
    expect(Math.abs(drawnShare(now!) / modelShare(st, now!) - 1)).toBeLessThan(0.02);
    const otherState = { ...st, years: 10, ...versusPatch('unprotected') } as SimState;
    expect(Math.abs(drawnShare(other!) / modelShare(otherState, other!) - 1)).toBeLessThan(0.02);
    expect(drawnShare(other!)).toBeLessThan(drawnShare(now!) - 0.15);
    await page.close();
  });

  it('shows light paths from the reference: red deeper than blue, drawn in their colours', async () => {
    const { page } = await session.open('?slice=alone&years=1');
    const [pane] = await waitForSlice(page);
    const depth = (nm: number) => pane!.photons!.find((b) => b.nm === nm)!.meanDeepestMm;
    expect(depth(640)).toBeGreaterThan(depth(540));
    expect(depth(540)).toBeGreaterThan(depth(460));
    expect(pane!.photons!.every((b) => b.shown === 3)).toBe(true);
    // Reduced motion is off here: the light runs, so wait for the whole paths to be drawn.
    await page.waitForTimeout(4300);
    const px = await canvasPixels(page, 0);
    for (const nm of [460, 640]) {
      const want = BAND_COLOURS[nm]!.match(/[0-9a-f]{2}/gi)!.map((h) => parseInt(h, 16));
      let n = 0;
      for (let i = 0; i < px.data.length; i += 4)
        if (Math.abs(px.data[i]! - want[0]!) + Math.abs(px.data[i + 1]! - want[1]!) + Math.abs(px.data[i + 2]! - want[2]!) < 30) n++;
      expect(n).toBeGreaterThan(200);
    }
    await page.close();
  });

  it('stops the light and the particles moving with reduced motion: still frames instead', async () => {
    const moving = await session.open('?slice=alone&years=1');
    await waitForSlice(moving.page);
    const frame = (page: Page) => page.evaluate(() => document.querySelector<HTMLCanvasElement>('.slice-pane canvas')!.toDataURL());
    // The light runs for 4 s and rests on its whole paths for 2: frames over a whole cycle cannot all be the same.
    const frames = async (page: Page): Promise<number> => {
      const seen = new Set<string>();
      for (let i = 0; i < 14; i++) {
        seen.add(await frame(page));
        await page.waitForTimeout(500);
      }
      return seen.size;
    };
    expect(await frames(moving.page)).toBeGreaterThan(1);
    await moving.page.close();

    const { page } = await session.open('?slice=alone&years=1&playto=20');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    await waitForScene(page);
    await waitForSlice(page);
    expect(await frames(page)).toBe(1);
    // A time-lapse: the head moves on every frame it draws, the slice in still frames a second apart.
    await page.locator('body').press(' ');
    const seen: Array<[ms: number, store: number, slice: number]> = [];
    const start = Date.now();
    while (Date.now() - start < 5000) {
      const [a, b] = await page.evaluate(() => {
        const w = window as unknown as { smp: { store: { getState(): { years: number } }; slice: { panes: Array<{ years: number }> } } };
        return [w.smp.store.getState().years, w.smp.slice.panes[0]!.years];
      });
      seen.push([Date.now() - start, a, b]);
      await page.waitForTimeout(50);
    }
    await page.locator('body').press(' ');
    const changes = (k: 1 | 2): number[] => seen.filter((x, i) => i > 0 && x[k] !== seen[i - 1]![k]).map((x) => x[0]);
    const sliceChanges = changes(2);
    expect(changes(1).length).toBeGreaterThan(sliceChanges.length);
    expect(sliceChanges.length).toBeGreaterThan(0);
    for (let i = 1; i < sliceChanges.length; i++) expect(sliceChanges[i]! - sliceChanges[i - 1]!).toBeGreaterThan(800);
    await page.close();
  });

  it.each(['en', 'es'] as const)('names every part in %s, legible from the back of a room at 1920 × 1080, with no serious axe violations', async (lang) => {
    const { page, errors } = await session.open(`?slice=beside&years=0.003&lang=${lang}&depth=1.1`);
    await waitForSlice(page);
    const t = SLICE_TEXT[lang];
    await expect.poll(() => page.locator('#slice-heading').innerText()).toBe(t.heading);
    const labels = await page.$$eval('.slice-labels li', (els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return {
          text: (el as HTMLElement).innerText,
          part: el.getAttribute('data-part')!,
          size: parseFloat(getComputedStyle(el).fontSize),
          box: [r.left, r.top, r.right, r.bottom],
        };
      }),
    );
    // Fresh ink, a too-deep needle: the skin's parts and the ink's, all named in the page's language.
    const parts = labels.map((l) => l.part);
    for (const k of ['corneum', 'epidermis', 'junction', 'papillary', 'vessels', 'reticular', 'follicle', 'gland', 'subcutis', 'scab', 'loose', 'ink', 'halo'])
      expect(parts).toContain(k);
    for (const l of labels) expect(l.text.replace(/\s+/g, ' ')).toBe(t.parts[l.part as keyof typeof t.parts]);
    for (const l of labels) {
      expect(l.size).toBeGreaterThanOrEqual(18);
      expect(l.box[2]).toBeLessThanOrEqual(1920);
      expect(l.box[3]).toBeLessThanOrEqual(1080);
    }
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i]!.box, labels[j]!.box] as [number[], number[]];
        expect(a[3]! <= b[1]! + 0.5 || b[3]! <= a[1]! + 0.5, `${labels[i]!.part} overlaps ${labels[j]!.part}`).toBe(true);
      }
    const captions = await page.$$eval('.slice-caption p, .slice-foot p, .slice-top .swatch', (els) =>
      els.map((el) => parseFloat(getComputedStyle(el).fontSize)),
    );
    expect(captions.length).toBeGreaterThan(4);
    for (const size of captions) expect(size).toBeGreaterThanOrEqual(17);
    const caption = await page.locator('.slice-caption').innerText();
    expect(caption).toContain(t.fresh(0, lang).slice(0, 12));
    expect(caption).toContain(t.deep(1.1, lang).slice(0, 12));
    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a phone, takes the whole width, numbers the parts on the slice and lists them below it', async () => {
    const { page, errors } = await session.open('?slice=beside&years=1', { width: 390, height: 844 });
    await waitForSlice(page);
    const r = await page.evaluate(() => ({
      canvas: document.querySelector('.slice-pane canvas')!.getBoundingClientRect().width,
      view: document.querySelector('.slice-view')!.getBoundingClientRect().width,
      numbers: [...document.querySelectorAll('.slice-figure .leaders text')].map((el) => el.textContent),
      labels: document.querySelectorAll('.slice-labels li').length,
      lines: document.querySelectorAll('.slice-figure .leaders line').length,
    }));
    expect(r.view).toBeCloseTo(390, 0);
    expect(r.canvas).toBeGreaterThan(0.8 * r.view); // its padding and a scroll bar aside
    expect(r.labels).toBeGreaterThan(8);
    expect(r.numbers).toEqual(Array.from({ length: r.labels }, (_, i) => String(i + 1)));
    expect(r.lines).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is a step of the guided demo', async () => {
    const { page } = await session.open('');
    const last = DEMO_STEPS.length - 1;
    expect(DEMO_STEPS[last]!.slice).toBe('beside');
    await page.locator('body').press('d');
    await page.locator('body').press('ArrowLeft');
    await settle(page);
    const st = await store(page);
    expect((st as unknown as { demo: { step: number } }).demo.step).toBe(last);
    expect(st.slice).toBe('beside');
    await waitForSlice(page);
    await expect.poll(() => page.locator('.demo-caption').innerText()).toContain(enLater.demoSteps[last]![0]);
    // The next step (the first, round again) starts from the base: the slice is hidden.
    await page.locator('body').press('ArrowRight');
    await settle(page);
    expect((await store(page)).slice).toBe('off');
    await page.close();
  });
});
