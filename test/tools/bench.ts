/**
 * npm run bench: frame time of the head without dots, with 100 k and with 1 M dots, at 1280×720
 * and 1920×1080, measured interleaved in one browser run (so machine noise hits all alike), and the
 * time to lay out 1 M dots in node. Prints a table, then one JSON line with the 1080p figures.
 * Targets: 1 M ≤ 1.2 × 100 k; dots ≤ 3 × bare; layout of 1 M ≤ 100 ms.
 * Every scene draws the client's remaining hair as stubble (BENCH_STUBBLE mm, default 3, the
 * longest preset and the dearest to draw); "bare" is the same head with the SMP switched off.
 */
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as THREE from 'three';
import { launch, openApp, serveDist, waitForScene, ROOT } from '../browser/harness.ts';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const STUBBLE_MM = Number(process.env['BENCH_STUBBLE'] ?? 3);
const FRAMES = Number(process.env['BENCH_FRAMES'] ?? 5);
const SIZES = [[1280, 720], [1920, 1080]] as const;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : 0.5 * (s[s.length / 2 - 1]! + s[s.length / 2]!);
};

// ---- layout in node, on the bundled model (as the app ships it) ----
const dir = mkdtempSync(join(tmpdir(), 'smp-bench-'));
const outfile = join(dir, 'model.mjs');
await build({ entryPoints: [join(ROOT, 'src/model/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'silent' });
const model = (await import(pathToFileURL(outfile).href)) as typeof import('../../src/model/index.ts');
const region = model.buildTreatedRegion(1);
const geometry = model.buildScalpGeometry(model.treatedField(region));
const areaCm2 = model.generateLayout({ seed: 1, densityPerCm2: 150, field: model.treatedField(region), geometry }).count / 150;
const densityFor = (count: number): number => (count / areaCm2) * 1.01;
const layoutMs: number[] = [];
let millionCount = 0;
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  const l = model.generateLayout({ seed: i + 1, densityPerCm2: densityFor(1_000_000), field: model.treatedField(region), geometry });
  layoutMs.push(performance.now() - t0);
  millionCount = l.count;
}
const layout1MMs = median(layoutMs.slice(2)); // after the JIT has warmed up

// ---- frames in the browser ----
type Three = { gl: THREE.WebGLRenderer; scene: THREE.Scene; camera: THREE.PerspectiveCamera };
type Smp = { store: { getState(): { set(p: object): void } }; three: Three };

const server = await serveDist();
const browser = await launch();
const { page, errors } = await openApp(browser, server.url, `?view=front&years=1&stubble=${STUBBLE_MM}&range=0`, { width: 1280, height: 720 });
await waitForScene(page);

type Config = { name: 'bare' | 'dots100k' | 'dots1M'; density: number; showDots: boolean };
const configs: Config[] = [
  { name: 'bare', density: 150, showDots: false },
  { name: 'dots100k', density: densityFor(100_000), showDots: true },
  { name: 'dots1M', density: densityFor(1_000_000), showDots: true },
];
const results = new Map<string, number[]>();
const counts = new Map<string, number>();
const setView = (view: string) => page.evaluate((v) => (window as unknown as { smp: Smp }).smp.store.getState().set({ view: v }), view);

for (let round = 0; round < ROUNDS; round++) {
  for (const c of configs) {
    // Changing density regenerates the layout, as in the app.
    await page.evaluate(({ density, showDots }) => {
      (window as unknown as { smp: Smp }).smp.store.getState().set({ density, showDots });
    }, c);
    await page.waitForTimeout(50);
    for (const [w, h] of SIZES) {
      const ms = await page.evaluate(({ w, h, frames }) => {
        const { gl, scene, camera } = (window as unknown as { smp: Smp }).smp.three;
        gl.setPixelRatio(1);
        gl.setSize(w, h, false);
        camera.aspect = w / h;
        camera.updateProjectionMatrix();
        const ctx = gl.getContext();
        const px = new Uint8Array(4);
        const times: number[] = [];
        for (let i = 0; i < frames + 2; i++) {
          const t0 = performance.now();
          gl.render(scene, camera);
          ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, px); // waits for the frame to finish
          if (i >= 2) times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        return times[Math.floor(times.length / 2)]!;
      }, { w, h, frames: FRAMES });
      const key = `${c.name}@${w}x${h}`;
      results.set(key, [...(results.get(key) ?? []), ms]);
    }
    // The close-up, where every dot is drawn one by one (no far field), at 1080p.
    await setView('closeup');
    await page.waitForTimeout(50);
    const closeMs = await page.evaluate(() => {
      const { gl, scene, camera } = (window as unknown as { smp: Smp }).smp.three;
      gl.setSize(1920, 1080, false);
      camera.aspect = 1920 / 1080;
      camera.updateProjectionMatrix();
      const ctx = gl.getContext();
      const px = new Uint8Array(4);
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        gl.render(scene, camera);
        ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, px);
        if (i >= 2) times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b)[1]!;
    });
    results.set(`${c.name}@closeup`, [...(results.get(`${c.name}@closeup`) ?? []), closeMs]);
    await setView('front');
    const count = await page.evaluate(() => {
      let n = 0;
      (window as unknown as { smp: Smp }).smp.three.scene.traverse((o) => {
        const m = (o as THREE.Mesh).material as THREE.ShaderMaterial | undefined;
        const l = m?.userData?.['layout'] as { count: number } | undefined;
        if (l) n = Math.max(n, l.count);
      });
      return n;
    });
    counts.set(c.name, count);
  }
}
await browser.close();
await server.close();

const fig = (name: string, w: number, h: number): number => median(results.get(`${name}@${w}x${h}`) ?? [NaN]);
console.log(`SMP Simulator benchmark: ${ROUNDS} interleaved rounds × ${FRAMES} frames, median ms per frame`);
console.log(`(headless Chromium, ${process.env['BENCH_GL'] ?? 'WebGL 2 on SwiftShader (software)'}; layout in node ${process.version})`);
console.log(`Norwood 6, remaining hair drawn as ${STUBBLE_MM} mm stubble in every scene ("bare" = the same head without SMP)`);
console.log('');
console.log('| scene | dots | front 1280×720 ms | front 1920×1080 ms | ×bare (1080p) | close-up 1920×1080 ms | ×bare (close-up) |');
console.log('|---|---|---|---|---|---|---|');
const closeFig = (name: string): number => median(results.get(`${name}@closeup`) ?? [NaN]);
for (const c of configs) {
  const shown = c.name === 'bare' ? 0 : counts.get(c.name) ?? 0;
  console.log(`| ${c.name} | ${shown.toLocaleString('en')} | ${fig(c.name, 1280, 720).toFixed(1)} | ${fig(c.name, 1920, 1080).toFixed(1)} | ${(fig(c.name, 1920, 1080) / fig('bare', 1920, 1080)).toFixed(2)} | ${closeFig(c.name).toFixed(1)} | ${(closeFig(c.name) / closeFig('bare')).toFixed(2)} |`);
}
const bareMs = fig('bare', 1920, 1080), dots100kMs = fig('dots100k', 1920, 1080), dots1MMs = fig('dots1M', 1920, 1080);
console.log('');
console.log(`layout of ${millionCount.toLocaleString('en')} dots: ${layout1MMs.toFixed(1)} ms (median of 5 after warm-up)`);
const check = (ok: boolean): string => (ok ? 'met' : 'NOT met');
console.log(`target 1 M ≤ 1.2 × 100 k: ${(dots1MMs / dots100kMs).toFixed(2)} × — ${check(dots1MMs <= 1.2 * dots100kMs)} (close-up: ${(closeFig('dots1M') / closeFig('dots100k')).toFixed(2)} ×)`);
console.log(`target dots ≤ 3 × bare: ${(Math.max(dots100kMs, dots1MMs) / bareMs).toFixed(2)} × — ${check(Math.max(dots100kMs, dots1MMs) <= 3 * bareMs)}`);
console.log(`target layout of 1 M ≤ 100 ms: ${check(layout1MMs <= 100)}`);
if (errors.length) console.log(`console errors: ${errors.join(' | ')}`);
console.log(JSON.stringify({ bareMs: +bareMs.toFixed(2), dots100kMs: +dots100kMs.toFixed(2), dots1MMs: +dots1MMs.toFixed(2), layout1MMs: +layout1MMs.toFixed(2) }));
