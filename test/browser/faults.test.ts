/**
 * Faults: a lost WebGL context comes back by itself with the same picture; a shader the driver
 * refuses is reported by name instead of leaving a blank canvas.
 */
import { describe, expect, it } from 'vitest';
import { browserSession } from './session.ts';
import { canvasRegion, settle, waitForRedraw, waitForScene } from './harness.ts';
import { hostileLinks } from '../hostile-links.ts';

const session = browserSession({ width: 960, height: 540 });

describe('faults', () => {
  it('forcing a context loss (WEBGL_lose_context) says so, and restoring it brings the same scene back', async () => {
    const { page, errors } = await session.open('?view=top&years=2&range=0');
    const crown = () => canvasRegion(page, 0.42, 0.3, 0.16, 0.22);
    const before = await crown();
    await page.evaluate(() => {
      const gl = document.querySelector<HTMLCanvasElement>('.stage canvas')!.getContext('webgl2')!;
      const ext = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { lose: WEBGL_lose_context }).lose = ext;
      ext.loseContext();
    });
    await page.getByRole('status').filter({ hasText: 'WebGL context was lost' }).waitFor();
    await page.evaluate(() => (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext());
    await page.getByRole('status').filter({ hasText: 'WebGL context was lost' }).waitFor({ state: 'detached' });
    await waitForRedraw(page);
    const after = await crown();
    // The same picture: the layout textures, the hair and the uniforms were all uploaded again.
    expect(Math.abs(after.luma - before.luma)).toBeLessThan(0.5);
    const distinct = new Set(after.pixels.map((v) => Math.round(v))).size;
    expect(distinct).toBeGreaterThan(10);
    // and it still follows the controls
    await page.evaluate(() =>
      (window as unknown as { smp: { store: { getState(): { set(p: object): void } } } }).smp.store.getState().set({ years: 15, sun: 1 }),
    );
    await waitForRedraw(page);
    expect((await crown()).luma).toBeGreaterThan(after.luma + 2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a shader the driver refuses is named in a message, not a blank canvas', async () => {
    const { page } = await session.open('?view=front&range=0');
    await page.evaluate(() => {
      type M = { uniforms?: Record<string, unknown>; fragmentShader?: string; needsUpdate?: boolean };
      const w = window as unknown as {
        smp: { three: { scene: { traverse(f: (o: { material?: M }) => void): void } }; store: { getState(): { set(p: object): void } } };
      };
      w.smp.three.scene.traverse((o) => {
        if (o.material?.uniforms?.['uDots'] && o.material.fragmentShader) {
          o.material.fragmentShader = 'void main() { gl_FragColor = vec4(undefinedThing, 1.0); }';
          o.material.needsUpdate = true;
        }
      });
      w.smp.store.getState().set({ years: 3 });
    });
    const alert = page.getByRole('alert').filter({ hasText: 'The 3D view could not be drawn' });
    await alert.waitFor();
    // The driver's own words name the problem.
    await expect(alert.textContent()).resolves.toMatch(/undefinedThing/);
    // The model still answers beside it.
    await expect(page.getByText(/Noticeable fading expected/).count()).resolves.toBe(1);
    await settle(page);
    await page.close();
  });

  it('50 hostile links: the page always renders and never throws', async () => {
    const next = hostileLinks(61);
    const page = await session.browser.newPage({ viewport: { width: 480, height: 320 }, deviceScaleFactor: 1 });
    const thrown: string[] = [];
    page.on('pageerror', (e) => thrown.push(String(e)));
    await page.addInitScript('globalThis.__name = (f) => f;');
    for (let i = 0; i < 50; i++) {
      const q = next();
      await page.goto(`${session.url}${q.startsWith('?') ? q : `?${q}`}`);
      await waitForScene(page);
      // The panel answered and the view drew (a head: many distinct tones in the middle).
      await expect(page.getByText(/Noticeable fading expected|Se espera un aclarado/).count(), q).resolves.toBe(1);
      const mid = await canvasRegion(page, 0.3, 0.2, 0.4, 0.6);
      expect(new Set(mid.pixels.map((v) => Math.round(v))).size, q).toBeGreaterThan(10);
      expect(thrown, q).toEqual([]);
    }
    await page.close();
  }, 600_000); // 50 page loads on a software renderer: about three minutes here
});
