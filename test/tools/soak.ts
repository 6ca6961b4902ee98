/**
 * npm run soak -- --minutes N [--every M] [--size 1920x1080]
 *
 * A projector runs the guided demo all day. This runs it as a room would see it: the built app in
 * headless Chromium, presentation mode with its slow turn, the best- and worst-case views, the demo
 * advancing on its own timer, for N minutes (default 60). Every M minutes (default 5, or a quarter
 * of the run if shorter) it prints the JS heap after a full garbage collection and the GPU
 * resources three holds (textures, geometries, shader programs), and ends with a verdict line:
 * flat, or growing (exit code 1). The first sample is taken after one full loop of the demo (every
 * step's shaders and textures made once); the verdict compares the last sample with it.
 * Not part of `npm test`: it is meant to run for an hour.
 */
import type { CDPSession, Page } from 'playwright-core';
import { launch, openApp, serveDist, settle } from '../browser/harness.ts';
import { DEMO_STEP_SECONDS, DEMO_STEPS } from '../../src/ui/demo.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const minutes = Number(arg('minutes') ?? 60);
const everyMinutes = Number(arg('every') ?? Math.min(5, minutes / 4));
const [width, height] = (arg('size') ?? '1280x720').split('x').map(Number) as [number, number];
if (!(minutes > 0) || !(everyMinutes > 0) || !(width > 0) || !(height > 0)) {
  console.error('usage: npm run soak -- --minutes N [--every M] [--size WxH]');
  process.exit(2);
}
/** Heap may grow this much over the run (JIT code and Chromium's own entries settle slowly). */
const HEAP_GROWTH_LIMIT = 0.1;

interface Sample {
  minute: number;
  heapMB: number;
  textures: number;
  geometries: number;
  programs: number;
  step: string;
}

async function sample(page: Page, cdp: CDPSession, t0: number): Promise<Sample> {
  await settle(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const gpu = await page.evaluate(() => {
    const { info } = (
      window as unknown as { smp: { three: { gl: { info: { memory: { geometries: number; textures: number }; programs: unknown[] | null } } } } }
    ).smp.three.gl;
    return { textures: info.memory.textures, geometries: info.memory.geometries, programs: info.programs?.length ?? 0 };
  });
  const step =
    (await page
      .locator('.demo-caption')
      .innerText()
      .catch(() => null)) ?? '(no caption)';
  return {
    minute: (Date.now() - t0) / 60_000,
    heapMB: heap / 1e6,
    ...gpu,
    step: step
      .trim()
      .split(/\s*\n+\s*/)
      .join(' · ')
      .slice(0, 70),
  };
}

const line = (s: Sample): string =>
  `${s.minute.toFixed(1).padStart(6)} min  heap ${s.heapMB.toFixed(2).padStart(6)} MB  textures ${s.textures}  geometries ${s.geometries}  programs ${s.programs}  | ${s.step}`;

const server = await serveDist();
const browser = await launch();
const { page, errors } = await openApp(browser, server.url, '?present=1&range=1', { width, height });
await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 120_000 });
const cdp = await page.context().newCDPSession(page);
console.log(
  `soak: the guided demo in presentation mode at ${width}×${height} for ${minutes} min, a sample every ${everyMinutes} min (Chromium ${browser.version()})`,
);
await page.keyboard.press('d');
await page.locator('.demo-caption').waitFor();
const t0 = Date.now();
const end = t0 + minutes * 60_000;
// One whole loop of the demo before the baseline, or a quarter of the run if that is shorter.
const warmMs = Math.min(DEMO_STEPS.length * DEMO_STEP_SECONDS * 1000, (minutes * 60_000) / 4);
await page.waitForTimeout(warmMs);
const first = await sample(page, cdp, t0);
console.log(line(first));
let last = first;
while (Date.now() < end) {
  await page.waitForTimeout(Math.max(0, Math.min(everyMinutes * 60_000, end - Date.now())));
  last = await sample(page, cdp, t0);
  console.log(line(last));
}
const demoRunning = (await page.locator('.demo-caption').count()) === 1;
await browser.close();
await server.close();

const problems: string[] = [];
if (last.textures > first.textures) problems.push(`textures ${first.textures} → ${last.textures}`);
if (last.geometries > first.geometries) problems.push(`geometries ${first.geometries} → ${last.geometries}`);
if (last.programs > first.programs) problems.push(`programs ${first.programs} → ${last.programs}`);
if (last.heapMB > first.heapMB * (1 + HEAP_GROWTH_LIMIT))
  problems.push(`heap ${first.heapMB.toFixed(2)} → ${last.heapMB.toFixed(2)} MB (over +${HEAP_GROWTH_LIMIT * 100} %)`);
if (!demoRunning) problems.push('the demo stopped');
if (errors.length) problems.push(`${errors.length} page errors: ${errors.slice(0, 3).join(' | ')}`);
const growth = `${((last.heapMB / first.heapMB - 1) * 100).toFixed(1)} %`;
console.log(
  problems.length === 0
    ? `soak verdict: FLAT after ${last.minute.toFixed(1)} min — heap ${first.heapMB.toFixed(2)} → ${last.heapMB.toFixed(2)} MB (${growth}), textures ${last.textures}, geometries ${last.geometries}, programs ${last.programs}, no page errors`
    : `soak verdict: GROWING after ${last.minute.toFixed(1)} min — ${problems.join('; ')}`,
);
process.exit(problems.length === 0 ? 0 : 1);
