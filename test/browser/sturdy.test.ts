/**
 * Sturdy on weak GPUs and through long demos: adaptive quality gives way while the view moves on a
 * slow renderer (SwiftShader is one) and a still view is drawn at full quality again; a soak of the
 * guided demo in presentation mode keeps GPU resources and the JS heap flat.
 */
import { DEMO_STEPS } from '../../src/ui/demo.ts';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from './session.ts';
import { canvasRegion, setState, settle } from './harness.ts';

const session = browserSession({ width: 960, height: 540 });

type Quality = { level: number };
type Smp = {
  quality: Quality;
  store: { getState(): { set(p: object): void; years: number } };
  three: { gl: { getPixelRatio(): number; info: { memory: { geometries: number; textures: number }; programs: unknown[] | null } } };
};
const smp = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as { smp: Smp }).smp;
    return {
      level: s.quality.level,
      ratio: s.three.gl.getPixelRatio(),
      width: document.querySelector('.stage canvas')!.getBoundingClientRect().width,
      buffer: (document.querySelector('.stage canvas') as HTMLCanvasElement).width,
    };
  });

describe('sturdy', () => {
  it('adaptive quality: playback on a slow renderer lowers it, a still view is full quality again', async () => {
    const { page, errors } = await session.open('?view=top&years=2&range=0');
    const crown = () => canvasRegion(page, 0.42, 0.3, 0.16, 0.22);
    const full = await smp(page);
    expect(full.level).toBe(4);
    const before = await crown();
    await page.keyboard.press('Space'); // play
    await page.waitForFunction(() => (window as unknown as { smp: Smp }).smp.quality.level <= 1, undefined, { timeout: 60_000 });
    const moving = await smp(page);
    // Fewer pixels while moving: the drawing buffer is at most three quarters of the view's width.
    expect(moving.ratio).toBeLessThanOrEqual(0.75);
    expect(moving.buffer).toBeLessThanOrEqual(Math.ceil(moving.width * 0.75));
    await page.keyboard.press('Space'); // pause
    await page.waitForFunction(() => (window as unknown as { smp: Smp }).smp.quality.level === 4, undefined, { timeout: 30_000 });
    await setState(page, { years: 2 });
    const rest = await smp(page);
    expect(rest.ratio).toBe(1);
    expect(rest.buffer).toBe(Math.round(rest.width));
    // The same picture as before playback, at full quality.
    const after = await crown();
    expect(Math.abs(after.luma - before.luma)).toBeLessThan(0.5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the configuration a GPU gets (multisampling, no preserved drawing buffer) draws the picture the tests check', async () => {
    // SwiftShader runs without multisampling (it multiplies the cost of every pixel there); a GPU
    // gets it. Forced on here, the head must read the same (it only smooths the outline).
    const attributes = (page: Page) =>
      page.evaluate(() => {
        const gl = (window as unknown as { smp: { three: { gl: { getContext(): WebGL2RenderingContext } } } }).smp.three.gl.getContext();
        const a = gl.getContextAttributes()!;
        return { antialias: a.antialias, preserve: a.preserveDrawingBuffer, samples: gl.getParameter(gl.SAMPLES) as number };
      });
    const software = await session.open('?view=top&years=2&range=0');
    const gpu = await session.open('?view=top&years=2&range=0', undefined, 'window.smpGpuSettings = true;');
    const [a, b] = [await attributes(software.page), await attributes(gpu.page)];
    expect(a).toEqual({ antialias: false, preserve: false, samples: 0 });
    expect(b.antialias).toBe(true);
    expect(b.preserve).toBe(false);
    expect(b.samples).toBeGreaterThan(1);
    for (const [fx, fy, fw, fh] of [
      [0.42, 0.3, 0.16, 0.22],
      [0.3, 0.15, 0.4, 0.7],
    ] as const) {
      const [s, g] = [await canvasRegion(software.page, fx, fy, fw, fh), await canvasRegion(gpu.page, fx, fy, fw, fh)];
      // Multisampling only changes pixels the head's outline crosses: the means agree within a level.
      expect(Math.abs(g.luma - s.luma)).toBeLessThan(1);
    }
    expect(software.errors).toEqual([]);
    expect(gpu.errors).toEqual([]);
    await software.page.close();
    await gpu.page.close();
  });

  it('soak: the guided demo, looped in presentation mode, keeps GPU resources and the JS heap flat', async () => {
    const { page, errors } = await session.open('?present=1&range=1', { width: 640, height: 360 });
    const cdp = await page.context().newCDPSession(page);
    const measure = async () => {
      await settle(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      const gpu = await page.evaluate(() => {
        const { info } = (window as unknown as { smp: Smp }).smp.three.gl;
        return { geometries: info.memory.geometries, textures: info.memory.textures, programs: info.programs?.length ?? 0 };
      });
      return { heap, ...gpu };
    };
    await page.keyboard.press('d');
    await page.locator('.demo-caption').waitFor();
    const loop = async () => {
      // Each step as the demo's timer moves it, without the 9 s wait. (Not by key: a key press
      // that changes the link counts as a "soft navigation" to Chromium, which keeps timing
      // entries for each, heap the app does not own.)
      for (let i = 0; i < DEMO_STEPS.length; i++) {
        await page.evaluate(() => (window as unknown as { smp: { demoStep(by: number): void } }).smp.demoStep(1));
        await settle(page);
      }
    };
    const t0 = Date.now();
    // Warm-up: every step's shaders, textures and views made once, and the JIT settled (its
    // compiled code is most of what the heap still gains loop by loop: measured with heap
    // snapshots, none of it the app's own objects).
    // Five loops: on a busy machine the adaptive quality settles later, and with it the code the
    // JIT still compiles (a run beside another browser suite grew 12 % after only three).
    // The heap after a full collection still swings by ±4 % from loop to loop (the 22-minute soak
    // of npm run soak: 8.1–8.65 MB with no trend), and one sample at each end sometimes caught a
    // low and a high point (7.77 → 8.43 MB). Each end is the median of its last three loops.
    const median3 = async (loops: number) => {
      const samples = [];
      for (let i = 0; i < loops; i++) {
        await loop();
        if (i >= loops - 3) samples.push(await measure());
      }
      const heaps = samples.map((m) => m.heap).sort((a, b) => a - b);
      return { ...samples.at(-1)!, heap: heaps[1]! };
    };
    const warm = await median3(5);
    const LOOPS = 5;
    const end = await median3(LOOPS);
    console.log(`soak: ${LOOPS + 5} loops of ${DEMO_STEPS.length} steps in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    console.log(
      `soak after warm-up → after ${LOOPS} more loops: heap ${(warm.heap / 1e6).toFixed(2)} → ${(end.heap / 1e6).toFixed(2)} MB, ` +
        `textures ${warm.textures} → ${end.textures}, geometries ${warm.geometries} → ${end.geometries}, programs ${warm.programs} → ${end.programs}`,
    );
    expect(end.textures).toBeLessThanOrEqual(Math.ceil(warm.textures * 1.05));
    expect(end.geometries).toBeLessThanOrEqual(Math.ceil(warm.geometries * 1.05));
    expect(end.programs).toBeLessThanOrEqual(warm.programs);
    // 10 %, as npm run soak: the heap's own swing between loops with no trend (22 minutes: 7.87 to
    // 8.65 MB; medians of three still moved 8.03 → 8.48). A leak of 32 KB a demo step grows it
    // 14 % over five loops and fails.
    expect(end.heap).toBeLessThan(warm.heap * 1.1);
    expect(await page.locator('.demo-caption').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 420_000);
});
