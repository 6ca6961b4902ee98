/**
 * The built app in headless Chromium (WebGL 2 on SwiftShader). Screenshots land in test-artifacts/.
 */
import { describe, expect, it } from 'vitest';
import { browserSession } from './session.ts';
import { type RegionStats, artifactPath, canvasRegion, setState, settle, waitForRedraw } from './harness.ts';

const session = browserSession();
const open = session.open;

describe('the simulator in a browser', () => {
  it('loads without console errors and draws the head', async () => {
    const { page, errors } = await open('', { width: 1280, height: 720 });
    await page.screenshot({ path: artifactPath('front-default.png') });
    const stage = await canvasRegion(page, 0.3, 0.15, 0.4, 0.7);
    // A drawn head: many distinct tones, and skin-coloured (red above blue) in the middle.
    const distinct = new Set(stage.pixels.map((v) => Math.round(v))).size;
    expect(distinct).toBeGreaterThan(40);
    const centre = await canvasRegion(page, 0.47, 0.45, 0.06, 0.06);
    expect(centre.mean[0]).toBeGreaterThan(centre.mean[2] + 10);
    expect(await page.getByRole('slider', { name: 'Time since the first session' }).count()).toBe(1);
    expect(await page.getByRole('slider', { name: 'Sun exposure' }).count()).toBe(1);
    expect(await page.getByRole('slider', { name: 'Skin oiliness' }).count()).toBe(1);
    await expect(page.getByText(/Noticeable fading expected about 4\.5 years after the last session/).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the treated scalp is clearly lighter at years=10&sun=1&oil=1 than at years=0.1 (top view)', async () => {
    const fresh = await open('?years=0.1&view=top', { width: 1280, height: 720 });
    const old = await open('?years=10&sun=1&oil=1&view=top', { width: 1280, height: 720 });
    await fresh.page.screenshot({ path: artifactPath('top-0.1y.png') });
    await old.page.screenshot({ path: artifactPath('top-10y-sun-oil.png') });
    // The crown, well inside the treated area, in the top view.
    const a = await canvasRegion(fresh.page, 0.42, 0.3, 0.16, 0.22);
    const b = await canvasRegion(old.page, 0.42, 0.3, 0.16, 0.22);
    expect(b.luma - a.luma).toBeGreaterThan(3);
    expect(fresh.errors.concat(old.errors)).toEqual([]);
    await fresh.page.close();
    await old.page.close();
  });

  it('at the close-up view, single dots are visible; oil widens them and too deep a needle melts them into a haze', async () => {
    // The dots alone: the same view with and without them ("Show SMP"), subtracted, so the
    // skin's own grain and lighting drop out.
    const dotsOnly = async (query: string, shot: string): Promise<RegionStats> => {
      const { page, errors } = await open(query, { width: 1280, height: 720 });
      await page.screenshot({ path: artifactPath(shot) });
      const withDots = await canvasRegion(page, 0.3, 0.3, 0.4, 0.4);
      await page.getByRole('checkbox', { name: /Show SMP/ }).uncheck();
      await settle(page);
      const without = await canvasRegion(page, 0.3, 0.3, 0.4, 0.4);
      expect(errors).toEqual([]);
      await page.close();
      const pixels = without.pixels.map((v, i) => v - withDots.pixels[i]!);
      return { ...withDots, pixels, luma: pixels.reduce((a, b) => a + b, 0) / pixels.length };
    };
    const dry = await dotsOnly('?view=closeup&years=20&oil=0&range=0', 'closeup-20y-dry.png');
    const oily = await dotsOnly('?view=closeup&years=20&oil=0.7&range=0', 'closeup-20y-oily.png');
    // Dots are there: single impressions darken the skin by many levels at their centres.
    expect(Math.max(...dry.pixels)).toBeGreaterThan(25);
    // Oily skin: wider dots. The dots-only picture's autocorrelation at a lag of l pixels is, for
    // Gaussian dots of width σ scattered at random, e^(−l²/4σ²) whatever their strength: −l²/(4 ln C)
    // is their σ² (px²), which fading does not touch (same layout in both). The wide part of every
    // dot's shadow, an even field, drops out with the mean.
    const width2 = (r: RegionStats, lag = 6): number => {
      const { width: w, height: h, pixels: p } = r;
      const m = p.reduce((a, b) => a + b, 0) / p.length;
      let c0 = 0,
        n0 = 0,
        c1 = 0,
        n1 = 0;
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) {
          const d = p[y * w + x]! - m;
          c0 += d * d;
          n0++;
          if (x + lag < w) {
            c1 += d * (p[y * w + x + lag]! - m);
            n1++;
          }
          if (y + lag < h) {
            c1 += d * (p[(y + lag) * w + x]! - m);
            n1++;
          }
        }
      const c = c1 / n1 / (c0 / n0);
      return (-lag * lag) / (4 * Math.log(Math.max(1e-6, Math.min(0.999999, c))));
    };
    process.stdout.write(`close-up dot width² (px²): 20 years dry ${width2(dry).toFixed(1)}, oil 0.7 ${width2(oily).toFixed(1)}\n`);
    // σ² at least 15 % larger (an oily scalp heals the ink wider and it migrates faster; the skin's
    // own blur, σ ≈ 0.2 mm, is most of a dot's width)
    expect(width2(oily)).toBeGreaterThan(1.15 * width2(dry));
    // Too deep a needle: pigment migrates faster and twice the skin lies over it, whose light blurs
    // a buried dot's shadow to a millimetre and more (docs/model.md: FWHM 0.55 mm at 0.35 mm
    // deep, 0.84 at 0.8): single dots melt into a haze. Their contrast, the dots-only picture's
    // spread over its mean, falls by more than half.
    const contrast = (r: RegionStats): number => {
      const m = r.pixels.reduce((a, b) => a + b, 0) / r.pixels.length;
      return Math.sqrt(r.pixels.reduce((a, v) => a + (v - m) ** 2, 0) / r.pixels.length) / m;
    };
    const right = await dotsOnly('?view=closeup&years=10&depth=0.35&range=0', 'closeup-10y-depth035.png');
    const deep = await dotsOnly('?view=closeup&years=10&depth=0.75&range=0', 'closeup-10y-depth075.png');
    process.stdout.write(`close-up dots' contrast, 10 years: at 0.35 mm ${contrast(right).toFixed(3)}, at 0.75 mm ${contrast(deep).toFixed(3)}\n`);
    expect(contrast(deep)).toBeLessThan(0.5 * contrast(right));
  });

  it('healing: day 1 is redder and darker than day 30 (one session; and after session 3)', async () => {
    // One session: the same dots on day 1 and day 30, so only healing differs.
    const d1 = await open('?view=top&sessions=1&years=0.00274&range=0', { width: 960, height: 540 });
    await d1.page.screenshot({ path: artifactPath('top-day1.png') });
    const a = await canvasRegion(d1.page, 0.42, 0.3, 0.16, 0.22);
    await setState(d1.page, { years: 30 / 365.25 });
    const b = await canvasRegion(d1.page, 0.42, 0.3, 0.16, 0.22);
    expect(a.luma).toBeLessThan(b.luma - 1);
    expect(a.mean[0] - a.mean[1]).toBeGreaterThan(b.mean[0] - b.mean[1] + 1);
    // Three sessions: the day after session 3 (day 22) against a month after it (day 51).
    await setState(d1.page, { sessions: 3, years: 22 / 365.25 });
    const c = await canvasRegion(d1.page, 0.42, 0.3, 0.16, 0.22);
    await setState(d1.page, { years: 51 / 365.25 });
    const d = await canvasRegion(d1.page, 0.42, 0.3, 0.16, 0.22);
    expect(c.luma).toBeLessThan(d.luma);
    expect(c.mean[0] - c.mean[1]).toBeGreaterThan(d.mean[0] - d.mean[1]);
    expect(d1.errors).toEqual([]);
    await d1.page.close();
  });

  it('moving a slider updates the picture and the URL without reloading', async () => {
    const { page, errors } = await open('?view=top&years=1', { width: 1280, height: 720 });
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    // The layout object the scalp material holds: sliders must never replace it.
    const layoutIdentity = () =>
      page.evaluate(() => {
        type Three = { scene: { traverse(f: (o: { material?: { userData?: Record<string, unknown> } }) => void): void } };
        const w = window as unknown as { smp: { three: Three }; firstLayout?: unknown };
        let layout: unknown = null;
        w.smp.three.scene.traverse((o) => {
          if (o.material?.userData?.['layout']) layout = o.material.userData['layout'];
        });
        if (w.firstLayout === undefined) w.firstLayout = layout;
        return layout !== null && w.firstLayout === layout;
      });
    expect(await layoutIdentity()).toBe(true);
    const before = await canvasRegion(page, 0.42, 0.3, 0.16, 0.22);
    const years = page.getByRole('slider', { name: 'Time since the first session' });
    await years.focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('PageUp'); // +30 years, clamped to 20
    await page.waitForFunction(() => new URLSearchParams(location.search).get('years') === '20');
    await settle(page);
    const after = await canvasRegion(page, 0.42, 0.3, 0.16, 0.22);
    expect(after.luma).toBeGreaterThan(before.luma + 2);
    expect(await years.getAttribute('aria-valuetext')).toBe('20 years');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    // The sun slider's words follow its value.
    const sun = page.getByRole('slider', { name: 'Sun exposure' });
    await sun.focus();
    await page.keyboard.press('End');
    expect(await sun.getAttribute('aria-valuetext')).toBe('daily sun');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('sun') === '1');
    const oil = page.getByRole('slider', { name: 'Skin oiliness' });
    await oil.focus();
    await page.keyboard.press('Home');
    expect(await oil.getAttribute('aria-valuetext')).toBe('dry');
    await settle(page);
    expect(await layoutIdentity()).toBe(true); // years, sun and oil changed uniforms only
    expect(errors).toEqual([]);
    await page.close();
  });

  it('each preset view draws', async () => {
    for (const view of ['front', 'top', 'left', 'right', 'back', 'closeup']) {
      const { page, errors } = await open(`?view=${view}&years=0.5`, { width: 960, height: 540 });
      await page.screenshot({ path: artifactPath(`view-${view}.png`) });
      const r = await canvasRegion(page, 0.35, 0.3, 0.3, 0.4);
      expect(new Set(r.pixels.map((v) => Math.round(v))).size).toBeGreaterThan(10);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('bad URL values are clamped or ignored with a visible notice, and the page still works', async () => {
    const { page, errors } = await open('?years=abc&sun=7&skin=%3Cimg%20src%3Dx%3E&view=sideways&sun=0.1', { width: 1280, height: 720 });
    const notice = page.getByRole('status');
    await expect(notice.textContent()).resolves.toMatch(/years: “abc” is not a number/);
    const text = (await notice.textContent()) ?? '';
    expect(text).toMatch(/sun/);
    expect(text).toMatch(/skin/);
    expect(text).toMatch(/view/);
    expect(await page.locator('img').count()).toBe(0); // markup in a value is text, never HTML
    expect(await page.getByRole('slider', { name: 'Sun exposure' }).inputValue()).toBe('1');
    await page.screenshot({ path: artifactPath('url-notice.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('remaining hair: stubble draws at the back, longer stubble darker; hair does not fade while the SMP above it does', async () => {
    // Back view, bands of screen: SMP above the border, stubble below it. (Whether the border shows
    // is measured in test/browser/appearance.test.ts.)
    const bands = async (query: string, shot?: string) => {
      const { page, errors } = await open(query, { width: 1280, height: 720 });
      if (shot) await page.screenshot({ path: artifactPath(shot) });
      const smp = (await canvasRegion(page, 0.42, 0.42, 0.16, 0.06)).luma;
      const hair = (await canvasRegion(page, 0.42, 0.64, 0.16, 0.06)).luma;
      expect(errors).toEqual([]);
      await page.close();
      return { smp, hair };
    };
    const shaved = await bands('?view=back&years=0.0821&stubble=0');
    const month = await bands('?view=back&years=0.0821&stubble=0.5', 'back-1-month.png');
    const threeMm = await bands('?view=back&years=0.0821&stubble=3', 'back-3mm.png');
    const sunny8 = await bands('?view=back&years=8&sun=1&stubble=0.5', 'back-8y-sun.png');
    expect(threeMm.hair).toBeLessThan(month.hair - 3);
    expect(month.hair).toBeLessThan(shaved.hair - 1);
    // Hair does not fade: the stubble band is the same at 1 month and at 8 years, while the SMP
    // above it has lightened, so the contrast across the border grows.
    expect(Math.abs(sunny8.hair - month.hair)).toBeLessThan(0.5);
    expect(sunny8.smp - month.smp).toBeGreaterThan(2);
  });

  it('density mode leaves thinning hair and puts less SMP there than shaved; shades follow the hair colour', async () => {
    const top = async (q: string) => {
      const { page, errors } = await open(`?view=top&years=1&stubble=0&ludwig=2&${q}`, { width: 960, height: 540 });
      await page.screenshot({ path: artifactPath(`mode-${q.replace('=', '-')}.png`) });
      const luma = (await canvasRegion(page, 0.4, 0.25, 0.2, 0.45)).luma;
      expect(errors).toEqual([]);
      await page.close();
      return luma;
    };
    expect(await top('mode=density')).toBeGreaterThan((await top('mode=shaved')) + 1.2);
    // Close-up of healed dots: the shades are diluted for lighter hair (grey lightest).
    const closeup = async (hair: string) => {
      const { page, errors } = await open(`?view=closeup&years=0.0821&stubble=0&hair=${hair}`, { width: 960, height: 540 });
      await page.screenshot({ path: artifactPath(`shades-${hair}.png`) });
      const luma = (await canvasRegion(page, 0.1, 0.2, 0.8, 0.7)).luma;
      expect(errors).toEqual([]);
      await page.close();
      return luma;
    };
    const black = await closeup('black');
    expect(await closeup('light-brown')).toBeGreaterThan(black);
    expect(await closeup('grey')).toBeGreaterThan(black + 1.5);
  });

  it('every head shape draws; the long head is longer and the high crown taller than average', async () => {
    const measures: Record<string, { width: number; top: number }> = {};
    for (const head of ['average', 'long', 'round', 'flat-back', 'high-crown']) {
      const { page, errors } = await open(`?view=left&years=1&head=${head}`, { width: 960, height: 540 });
      await page.screenshot({ path: artifactPath(`head-${head}.png`) });
      // The head is far lighter than the dark background (SMP makes the scalp blue-grey, so the
      // skin's warmth no longer tells it apart). Width of the head along a row at 40 % of the
      // height, and the first head pixel down the middle column.
      const row = await canvasRegion(page, 0, 0.4, 1, 0.002);
      const col = await canvasRegion(page, 0.5, 0, 0.002, 1);
      const firstSkin = col.pixels.findIndex((v) => v > 90);
      measures[head] = { width: row.pixels.filter((v) => v > 90).length, top: firstSkin < 0 ? col.height : firstSkin };
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(measures['long']!.width).toBeGreaterThan(measures['average']!.width + 5);
    expect(measures['round']!.width).toBeLessThan(measures['average']!.width - 5);
    expect(measures['high-crown']!.top).toBeLessThan(measures['average']!.top - 10);
  });

  it('the first screen: time, sun and oil and the readout are in sight without scrolling at 1920 × 1080; on a phone, the view then the three sliders', async () => {
    const { page, errors } = await open('', { width: 1920, height: 1080 });
    const names = ['Time since the first session', 'Sun exposure', 'Skin oiliness'];
    for (const name of names) {
      const box = (await page.getByRole('slider', { name }).boundingBox())!;
      expect(box.y + box.height, name).toBeLessThanOrEqual(1080);
    }
    const readout = (await page.locator('.readout').first().boundingBox())!;
    expect(readout.y + readout.height).toBeLessThanOrEqual(1080);
    expect(errors).toEqual([]);
    await page.close();
    const phone = await open('', { width: 390, height: 844 });
    const view = (await phone.page.locator('.stage').boundingBox())!;
    const sliders = await Promise.all(names.map(async (name) => (await phone.page.getByRole('slider', { name }).boundingBox())!));
    // the view comes first, then the three sliders, before anything else of the panel
    for (const s of sliders) expect(s.y).toBeGreaterThanOrEqual(view.y + view.height - 1);
    const firstOther = (await phone.page.locator('.readout').first().boundingBox())!;
    for (const s of sliders) expect(s.y).toBeLessThan(firstOther.y);
    expect(phone.errors).toEqual([]);
    await phone.page.close();
  });

  it('the density control: the value shows as it moves, the layout follows once the hand rests, and it lands in the link', async () => {
    const { page, errors } = await open('?view=top&years=1', { width: 1280, height: 720 });
    const layoutDensity = () =>
      page.evaluate(() => {
        type Three = { scene: { traverse(f: (o: { material?: { userData?: { layout?: { densityPerCm2: number } } } }) => void): void } };
        let d = -1;
        (window as unknown as { smp: { three: Three } }).smp.three.scene.traverse((o) => {
          const l = o.material?.userData?.layout;
          if (l) d = l.densityPerCm2;
        });
        return d;
      });
    expect(await layoutDensity()).toBe(150);
    const before = await canvasRegion(page, 0.42, 0.3, 0.16, 0.22);
    const density = page.getByRole('slider', { name: 'Impression density' });
    await density.focus();
    await page.keyboard.press('End');
    expect(await density.getAttribute('aria-valuetext')).toBe('300 impressions per cm²');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('density') === '300');
    await page.waitForFunction(() => {
      let d = -1;
      (
        window as unknown as {
          smp: { three: { scene: { traverse(f: (o: { material?: { userData?: { layout?: { densityPerCm2: number } } } }) => void): void } } };
        }
      ).smp.three.scene.traverse((o) => {
        const l = o.material?.userData?.layout;
        if (l) d = l.densityPerCm2;
      });
      return d === 300;
    });
    await settle(page);
    // twice the impressions: the crown reads darker
    expect((await canvasRegion(page, 0.42, 0.3, 0.16, 0.22)).luma).toBeLessThan(before.luma - 3);
    // a few steps down by keyboard: committed once, at the key's release
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('density') === '250');
    expect(await density.getAttribute('aria-valuetext')).toBe('250 impressions per cm²');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the designer: raising the hairline and choosing a head shape redraw the head and land in the link', async () => {
    const { page, errors } = await open('?view=front&years=1&norwood=7&stubble=0', { width: 960, height: 540 });
    // The forehead band between the natural hairline (7 cm) and one raised to 11 cm.
    const band = async () => (await canvasRegion(page, 0.44, 0.27, 0.12, 0.06)).luma;
    const before = await band();
    await page.getByText('Hairline design').click();
    const height = page.getByRole('slider', { name: 'Height above the brows' });
    await height.focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => location.search.includes('height=11'));
    await waitForRedraw(page);
    await page.screenshot({ path: artifactPath('designer-height-11.png') });
    expect(await height.getAttribute('aria-valuetext')).toBe('11.0 cm');
    expect(await band()).toBeGreaterThan(before + 3); // bare forehead where the SMP was (measured +5)
    await page.getByText('Head shape').click();
    await page.locator('details', { hasText: 'Head shape' }).getByRole('combobox', { name: 'Preset' }).selectOption('high-crown');
    await page.waitForFunction(() => location.search.includes('head=high-crown'));
    await waitForRedraw(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('every hair-loss pattern draws, and Norwood 6 treats clearly more of the top than Norwood 2', async () => {
    const lumas: Record<string, number> = {};
    for (const q of [
      'norwood=1',
      'norwood=2',
      'norwood=3',
      'norwood=3v',
      'norwood=4',
      'norwood=5',
      'norwood=6',
      'norwood=7',
      'ludwig=1',
      'ludwig=2',
      'ludwig=3',
    ]) {
      const { page, errors } = await open(`?view=top&years=1&stubble=0&${q}`, { width: 960, height: 540 });
      await page.screenshot({ path: artifactPath(`pattern-${q.replace('=', '-')}.png`) });
      lumas[q] = (await canvasRegion(page, 0.4, 0.25, 0.2, 0.45)).luma;
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(lumas['norwood=6']!).toBeLessThan(lumas['norwood=2']! - 3);
    // (SMP matches the client's hair: Norwood 2's treated temples read like Norwood 1's hair,
    // within a level of screen luminance.)
    expect(lumas['norwood=2']!).toBeLessThan(lumas['norwood=1']! + 1);
  });

  it('every hairline design draws; mature shows more forehead than natural', async () => {
    const scalpTop: Record<string, number> = {};
    for (const h of ['natural', 'soft', 'defined', 'mature']) {
      const { page, errors } = await open(`?view=front&years=1&hairline=${h}&norwood=7&stubble=0`, { width: 960, height: 540 });
      await page.screenshot({ path: artifactPath(`hairline-${h}.png`) });
      // A band just above the natural hairline at the front: SMP there for natural, bare for mature.
      scalpTop[h] = (await canvasRegion(page, 0.44, 0.33, 0.12, 0.04)).luma;
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(scalpTop['mature']!).toBeGreaterThan(scalpTop['natural']! + 2);
  });

  it('each scar draws; SMP over a FUT scar narrows its contrast with the skin around it', async () => {
    for (const k of ['fue', 'alopecia']) {
      const { page, errors } = await open(`?view=back&years=1&scar=${k}&stubble=1`, { width: 960, height: 540 });
      await page.screenshot({ path: artifactPath(`scar-${k}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    }
    const { page, errors } = await open('?view=back&years=1&scar=fut&stubble=1', { width: 1280, height: 720 });
    await page.screenshot({ path: artifactPath('scar-fut.png') });
    // Row profiles down the back of the head, with and without SMP.
    const profile = async (): Promise<number[]> => {
      const r = await canvasRegion(page, 0.45, 0.45, 0.1, 0.45);
      return Array.from({ length: r.height }, (_, y) => {
        let sum = 0;
        for (let x = 0; x < r.width; x++) sum += r.pixels[y * r.width + x]!;
        return sum / r.width;
      });
    };
    const withSmp = await profile();
    await page.getByRole('checkbox', { name: /Show SMP/ }).uncheck();
    await settle(page);
    const bare = await profile();
    // Without SMP the scar is a pale line: some rows stand well above their neighbours.
    const local = (rows: number[], y: number) => rows[y]! - (rows[Math.max(0, y - 12)]! + rows[Math.min(rows.length - 1, y + 12)]!) / 2;
    const scarRow = bare.map((_, y) => y).reduce((best, y) => (local(bare, y) > local(bare, best) ? y : best), 0);
    expect(local(bare, scarRow)).toBeGreaterThan(3);
    // SMP lands on that pale line and narrows its contrast with the rows beside it.
    expect(bare[scarRow]! - withSmp[scarRow]!).toBeGreaterThan(2);
    expect(local(withSmp, scarRow)).toBeLessThan(local(bare, scarRow));
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['no WebGL at all', ['webgl', 'webgl2', 'experimental-webgl'], 'did not give the page a WebGL 2 context'],
    ['WebGL 1 only', ['webgl2'], 'offers only WebGL 1'],
  ])('with %s the page explains itself instead of going blank', async (name, refused, why) => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript((refused: string[]) => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (refused.includes(type)) return null;
        return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof HTMLCanvasElement.prototype.getContext;
    }, refused);
    await page.goto(`${session.url}?years=3`);
    await page.getByText('The 3D view needs WebGL 2').waitFor();
    expect(await page.getByRole('alert').isVisible()).toBe(true);
    expect(await page.getByRole('alert').textContent()).toContain(why);
    // The model still answers.
    await expect(page.getByText(/Noticeable fading expected/).count()).resolves.toBe(1);
    await page.screenshot({ path: artifactPath(`no-webgl-${name.replace(/\W+/g, '-')}.png`) });
    await page.close();
  });

  it('a link in Spanish whose table cannot load shows English; with no table at all, a plain message', async () => {
    // Each text table loads on its own before the first paint (the first view carries only one).
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.route(/\/assets\/es-[^/]*\.js$/, (r) => r.abort());
    await page.goto(`${session.url}?lang=es&years=3`);
    await page.getByText('Time since the first session').waitFor();
    const bare = await session.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await bare.route(/\/assets\/(en|es)-[^/]*\.js$/, (r) => r.abort());
    await bare.goto(`${session.url}?years=3`);
    await bare.getByText('The page could not load its text').waitFor();
    await page.close();
    await bare.close();
  });
});
