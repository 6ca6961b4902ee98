/**
 * The timeline in the browser: touch-ups, continued hair loss, the plot and its cursor, playback,
 * the best/worst views, the choices and laser removal. WebGL 2 on SwiftShader; screenshots in
 * test-artifacts/.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from './session.ts';
import { artifactPath, canvasRegion, setState, settle } from './harness.ts';
import { versusPatch } from '../../src/state/sim-state.ts';

const session = browserSession({ width: 960, height: 540 });
const open = session.open;

const Y = 365.25;

const urlParam = (page: Page, key: string): Promise<string | null> => page.evaluate((k) => new URLSearchParams(location.search).get(k), key);
const stateYears = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { smp: { store: { getState(): { years: number } } } }).smp.store.getState().years);

/** The crown, well inside the treated area (Norwood 6), in the top view. */
const crown = (page: Page) => canvasRegion(page, 0.42, 0.3, 0.16, 0.22);

describe('the timeline in a browser', () => {
  it('a touch-up at year 5 darkens the scalp back towards year 0', async () => {
    const { page, errors } = await open('?view=top&touchups=5&years=0.2&range=0');
    const healed = await crown(page);
    await setState(page, { years: 4.99 });
    const faded = await crown(page);
    await setState(page, { years: 5 + 45 / Y });
    const touched = await crown(page);
    await page.screenshot({ path: artifactPath('top-after-touchup.png') });
    expect(faded.luma).toBeGreaterThan(healed.luma + 1.5);
    expect(touched.luma).toBeLessThan(faded.luma - 1.5);
    // most of the way back to the healed look, or beyond it: the dose restores the ink's load, and
    // the old ink has spread, so it hides more skin than the healed dots did (docs/model.md)
    expect(touched.luma).toBeLessThan(healed.luma + 0.5 * (faded.luma - healed.luma));
    expect(await page.getByText(/Next touch-up due around/).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('continued hair loss at year 10 reveals untreated skin beside the SMP', async () => {
    const { page, errors } = await open('?view=top&norwood=3&stubble=1&progression=2&years=0.2&range=0');
    // The vertex, where Norwood 3 still has hair and stage 4 is bald.
    const region = () => canvasRegion(page, 0.4, 0.2, 0.2, 0.2);
    const start = await region();
    await setState(page, { years: 10 });
    const later = await region();
    await page.screenshot({ path: artifactPath('top-progression-10y.png') });
    await setState(page, { progression: 0 });
    const kept = await region();
    // hair gone: the skin shows, lighter than the stubble (measured +8)
    expect(later.luma).toBeGreaterThan(kept.luma + 4);
    expect(later.luma).toBeGreaterThan(start.luma + 4);
    expect(await page.getByText(/Hair loss has moved on/).count()).toBe(0); // progression is off again
    await setState(page, { progression: 2 });
    expect(await page.getByText(/Hair loss has moved on 2\.0 Norwood stages/).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the plot draws its curve, band, fading line, sessions, touch-ups and cursor; dragging moves time and touch-ups', async () => {
    const { page, errors } = await open('?view=front&touchups=4,8&years=2&range=0');
    const plot = page.getByRole('slider', { name: /Pigment over time/ });
    await plot.screenshot({ path: artifactPath('plot.png') });
    const points = await page.getByTestId('curve').getAttribute('points');
    expect(points!.split(' ').length).toBeGreaterThan(150);
    expect((await page.getByTestId('band').getAttribute('points'))!.split(' ').length).toBeGreaterThan(300);
    expect(await page.getByTestId('session-mark').count()).toBe(3);
    expect(await page.getByTestId('touchup-mark').count()).toBe(2);
    expect(await page.getByText('noticeable fading', { exact: true }).count()).toBe(1);
    expect(await page.getByTestId('due-mark').count()).toBe(1);
    // The curve jumps up at sessions 2 and 3 and at each touch-up: its y (screen down) falls.
    const xy = points!.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
    const jumps = xy.filter((p, i) => i > 0 && p[1] < xy[i - 1]![1] - 5).length;
    expect(jumps).toBeGreaterThanOrEqual(4);
    const cursorX = async () => Number(await page.getByTestId('cursor').getAttribute('x1'));
    const x2 = await cursorX();
    // Drag the cursor to the right: time moves on.
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5, { steps: 4 });
    await page.mouse.up();
    const yearsAfter = await stateYears(page);
    expect(yearsAfter).toBeGreaterThan(8);
    expect(await cursorX()).toBeGreaterThan(x2 + 50);
    await page.waitForFunction(() => Number(new URLSearchParams(location.search).get('years')) > 8);
    // Keyboard: Home goes to day 0.
    await plot.focus();
    await page.keyboard.press('Home');
    expect(await stateYears(page)).toBe(0);
    // Drag the first touch-up (year 4) later.
    const knob = page.getByTestId('touchup-mark').first().locator('circle');
    const kb = (await knob.boundingBox())!;
    await page.mouse.move(kb.x + kb.width / 2, kb.y + kb.height / 2);
    await page.mouse.down();
    await page.mouse.move(kb.x + kb.width / 2 + 25, kb.y + kb.height / 2, { steps: 3 });
    await page.mouse.up();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('touchups') !== '4,8');
    const moved = (await urlParam(page, 'touchups'))!.split(',').map(Number);
    expect(moved).toHaveLength(2);
    expect(moved[0]).toBeGreaterThan(4.3);
    // Remove one, add one at the cursor.
    await page.getByRole('button', { name: /Remove the touch-up at 8 years/ }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('touchups')?.split(',').length === 1);
    await setState(page, { years: 12 });
    await page.getByRole('button', { name: /^Add at 12 years/ }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('touchups')?.endsWith(',12') === true);
    await page.getByRole('combobox', { name: 'Touch-ups every N years' }).selectOption('5');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('touchups') === '5,10,15,20');
    expect(await page.getByTestId('touchup-mark').count()).toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('playback advances the years, monotonically, and pauses', async () => {
    const { page, errors } = await open('?view=front&years=0&playto=5&playspeed=2&range=0');
    await page.getByRole('button', { name: 'Play' }).click();
    const samples: number[] = [];
    for (let i = 0; i < 6; i++) {
      await page.waitForTimeout(400);
      samples.push(await stateYears(page));
    }
    for (let i = 1; i < samples.length; i++) expect(samples[i]).toBeGreaterThanOrEqual(samples[i - 1]!);
    expect(samples.at(-1)).toBeGreaterThan(0);
    const playing = page.getByRole('button', { name: 'Pause' });
    if ((await playing.count()) > 0) {
      await playing.click();
      const paused = await stateYears(page);
      await page.waitForTimeout(500);
      expect(await stateYears(page)).toBe(paused);
    } else {
      // It already reached the end (SwiftShader frames can be slow): the end is the chosen year.
      expect(samples.at(-1)).toBe(5);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the best- and worst-case views draw the same head at the ends of the range', async () => {
    const { page, errors } = await open('?view=top&years=8&sun=0.5');
    const stats = (id: string) =>
      page.getByTestId(id).evaluate((c: HTMLCanvasElement) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        // The head's middle: the crown in the top view.
        const x0 = Math.floor(c.width * 0.42),
          y0 = Math.floor(c.height * 0.3),
          w = Math.floor(c.width * 0.16),
          h = Math.floor(c.height * 0.22);
        let s = 0,
          n = 0,
          lit = 0;
        for (let y = y0; y < y0 + h; y++)
          for (let x = x0; x < x0 + w; x++) {
            const i = 4 * (y * c.width + x);
            s += 0.2126 * d[i]! + 0.7152 * d[i + 1]! + 0.0722 * d[i + 2]!;
            n++;
          }
        for (let i = 0; i < d.length; i += 4) if (d[i + 3]! > 0 && d[i]! > 60) lit++;
        return { luma: s / n, lit: lit / (d.length / 4) };
      });
    await settle(page);
    await page.locator('.range-views').screenshot({ path: artifactPath('range-views.png') });
    const best = await stats('range-best');
    const worst = await stats('range-worst');
    expect(best.lit).toBeGreaterThan(0.1); // a head was drawn into each
    expect(worst.lit).toBeGreaterThan(0.1);
    // After 8 years the worst case has lost far more pigment: a lighter crown.
    expect(worst.luma).toBeGreaterThan(best.luma + 2);
    await expect(page.getByText(/Best case: .*fades ~7\.9 y/).count()).resolves.toBe(1);
    await expect(page.getByText(/Worst case: .*fades ~2\.1 y/).count()).resolves.toBe(1);
    // The main view is the chosen scenario, between the two: drawn by the same camera with the
    // best case's and the worst case's conditions (what the small views draw), its crown lies
    // between theirs.
    const main = await crown(page);
    const chosen = await page.evaluate(() => {
      const s = (window as unknown as { smp: { store: { getState(): Record<string, unknown> } } }).smp.store.getState();
      return { sun: s['sun'], oil: s['oil'], aftercare: s['aftercare'], grade: s['grade'], pigment: s['pigment'], spf: s['spf'], hat: s['hat'] };
    });
    await setState(page, versusPatch('best'));
    const bestMain = await crown(page);
    await setState(page, versusPatch('worst'));
    const worstMain = await crown(page);
    await setState(page, chosen);
    expect((await crown(page)).luma).toBeCloseTo(main.luma, 1);
    expect(main.luma).toBeGreaterThan(bestMain.luma + 0.5);
    expect(main.luma).toBeLessThan(worstMain.luma - 0.5);
    await page.getByRole('checkbox', { name: /best and worst case/ }).uncheck();
    expect(await page.getByTestId('range-best').count()).toBe(0);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('range') === '0');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('choices change the course: SPF delays fading; a too-deep needle warns; laser leaves light spots', async () => {
    const { page, errors } = await open('?view=top&years=6&sun=1&range=0');
    await page.getByText('Choices that change the course').click();
    const fadeYears = async () => Number((await page.locator('.readout .fade strong').first().textContent())!.replace(/[^\d.]/g, ''));
    const without = await fadeYears();
    const before = await crown(page);
    await page.getByRole('checkbox', { name: /SPF 30\+/ }).check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('spf') === '1');
    await settle(page);
    expect(await fadeYears()).toBeGreaterThan(without + 0.5);
    const after = await crown(page);
    expect(after.luma).toBeLessThan(before.luma - 0.5); // more pigment left at year 6
    await page.getByRole('combobox', { name: 'Pigment grade' }).selectOption('premium');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('grade') === 'premium');
    const depth = page.getByRole('slider', { name: 'Needle depth' });
    await depth.focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('depth') === '1.5');
    expect(await page.getByText(/too deep/).count()).toBeGreaterThan(0);
    expect(await depth.getAttribute('aria-valuetext')).toBe('1.50 mm (blow-out)');
    // Laser: a course from year 2 on darker skin; after it, the pigment is mostly gone and light spots show.
    await setState(page, { depth: 0.35, skin: 6, years: 2 });
    const beforeLaser = await crown(page);
    await setState(page, { laser: 2, laserSessions: 8, years: 4 });
    const cleared = await crown(page);
    await page.screenshot({ path: artifactPath('top-after-laser.png') });
    expect(cleared.luma).toBeGreaterThan(beforeLaser.luma + 1.5);
    expect(await page.getByText(/Laser: 8 of 8 sessions done/).count()).toBe(1);
    expect(await page.getByText(/Light spots \(hypopigmentation\)/).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
