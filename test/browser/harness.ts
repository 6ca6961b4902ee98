/**
 * Browser-test harness: serves the built app (dist/) from a tiny static server on loopback and
 * drives Chromium through playwright-core, with WebGL 2 on SwiftShader. Which Chromium:
 * test/browser/chromium.ts (CHROMIUM_PATH, else a system one, else the npm package's).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chooseChromium } from './chromium.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'test-artifacts');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  return serveDir(DIST);
}

/** A static server on loopback for one folder. */
export async function serveDir(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(() => ok())) };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-gpu-driver-bug-workarounds',
];

export async function launch(): Promise<Browser> {
  const choice = await chooseChromium();
  return chromium.launch({ executablePath: choice.path, args: CHROMIUM_ARGS, headless: true, env: { ...process.env, ...choice.env } });
}

/** The WebGL 2 renderer a page gets (e.g. SwiftShader), or 'no WebGL 2'. */
export function webglRenderer(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'no WebGL 2';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  });
}

/** "Chromium 156.0.8078.73 (system: /usr/bin/chromium)": what the tests and the benchmark ran on. */
export async function describeBrowser(browser: Browser): Promise<string> {
  const choice = await chooseChromium();
  return `Chromium ${browser.version()} (${choice.source}: ${choice.path})`;
}

export interface OpenedPage {
  page: Page;
  errors: string[];
}

/**
 * Opens the app with a query string and collects console errors and page errors. `initScript` runs
 * in the page before the app's own scripts.
 */
export async function openApp(browser: Browser, baseUrl: string, query: string, viewport = { width: 1280, height: 720 }, initScript = ''): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  // Nothing may leave the page's origin (the service worker's and the layout worker's requests
  // included: the context sees them all); a request elsewhere is an error in every test.
  const origin = new URL(baseUrl).origin;
  page.context().on('request', (r) => {
    const u = new URL(r.url());
    if (/^(https?|wss?):$/.test(u.protocol) && u.origin !== origin) errors.push(`request to another origin: ${r.url()}`);
  });
  // tsx/esbuild wrap named inner functions in __name(); functions sent to page.evaluate need it too.
  await page.addInitScript('globalThis.__name = (f) => f;');
  if (initScript) await page.addInitScript(initScript);
  await page.goto(`${baseUrl}${query}`);
  return { page, errors };
}

export async function waitForScene(page: Page, timeoutMs = 90_000): Promise<void> {
  await page.waitForSelector('html[data-scene-ready="true"]', { timeout: timeoutMs });
}

/** Waits until the canvas has drawn the current state (two animation frames after a change). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => ok())))));
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

export interface RegionStats {
  mean: [number, number, number];
  /** Mean colour in linear light (each pixel's sRGB decoded first), 0..1. */
  linear: [number, number, number];
  /** Luminance (Rec. 709 weights on sRGB bytes). */
  luma: number;
  pixels: number[];
  /** Red minus blue per pixel: skin is warm, the background neutral. */
  warmth: number[];
  width: number;
  height: number;
}

/**
 * Reads a rectangle of the WebGL canvas (fractions of its size) back as sRGB bytes. The canvas does
 * not keep its drawing buffer after a frame (as users get it), so the screen is drawn again and
 * read in the same task.
 */
export async function canvasRegion(page: Page, fx: number, fy: number, fw: number, fh: number): Promise<RegionStats> {
  return page.evaluate(
    ([fx, fy, fw, fh]) => {
      const c = document.querySelector<HTMLCanvasElement>('.stage canvas')!;
      (window as unknown as { smp: { drawScreen(): void } }).smp.drawScreen();
      const t = document.createElement('canvas');
      t.width = c.width;
      t.height = c.height;
      const g = t.getContext('2d')!;
      g.drawImage(c, 0, 0);
      const x = Math.floor(c.width * fx),
        y = Math.floor(c.height * fy);
      const w = Math.floor(c.width * fw),
        h = Math.floor(c.height * fh);
      const d = g.getImageData(x, y, w, h).data;
      const sum: [number, number, number] = [0, 0, 0];
      const lin: [number, number, number] = [0, 0, 0];
      const decode = (v: number): number => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      const lum: number[] = [],
        warmth: number[] = [];
      for (let i = 0; i < d.length; i += 4) {
        sum[0] += d[i]!;
        sum[1] += d[i + 1]!;
        sum[2] += d[i + 2]!;
        lin[0] += decode(d[i]!);
        lin[1] += decode(d[i + 1]!);
        lin[2] += decode(d[i + 2]!);
        lum.push(0.2126 * d[i]! + 0.7152 * d[i + 1]! + 0.0722 * d[i + 2]!);
        warmth.push(d[i]! - d[i + 2]!);
      }
      const n = d.length / 4;
      const mean: [number, number, number] = [sum[0] / n, sum[1] / n, sum[2] / n];
      const linear: [number, number, number] = [lin[0] / n, lin[1] / n, lin[2] / n];
      return { mean, linear, luma: 0.2126 * mean[0] + 0.7152 * mean[1] + 0.0722 * mean[2], pixels: lum, warmth, width: w, height: h };
    },
    [fx, fy, fw, fh] as const,
  );
}

/** A change that rebuilds the layout is drawn within a few frames. */
export async function waitForRedraw(page: Page): Promise<void> {
  for (let i = 0; i < 3; i++) await settle(page);
}

/** Changes the app's state through its store (what the controls do), then waits for the redraw. */
export async function setState(page: Page, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate((p) => (window as unknown as { smp: { store: { getState(): { set(p: object): void } } } }).smp.store.getState().set(p), patch);
  await waitForRedraw(page);
}

/** CIELAB (D65 white = 1) of a linear sRGB colour. */
export function labOf(c: readonly number[]): [number, number, number] {
  const X = 0.4124 * c[0]! + 0.3576 * c[1]! + 0.1805 * c[2]!,
    Y = 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!,
    Z = 0.0193 * c[0]! + 0.1192 * c[1]! + 0.9505 * c[2]!;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const fx = f(X / 0.95047),
    fy = f(Y),
    fz = f(Z / 1.08883);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/**
 * An axe-core check of the page as it stands (WCAG 2.0/2.1 A and AA): the violations, at most three
 * nodes each. Injected through the devtools protocol (the page's CSP refuses a script tag).
 */
export async function axeViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> };
      }
    ).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}
