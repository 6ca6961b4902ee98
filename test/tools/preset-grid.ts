/**
 * Renders every preset of one kind and composes them into a labelled picture for the README:
 *   tsx test/tools/preset-grid.ts patterns|hairlines|scars|heads|tones|modes|healing|course out.png
 */
import { launch, openApp, serveDist, settle, waitForScene } from '../browser/harness.ts';

interface Grid {
  /** Query shared by every tile. */
  base: string;
  tiles: ReadonlyArray<readonly [label: string, query: string]>;
  columns: number;
  /** Part of the 900×620 canvas to keep, centred: width and height in pixels, top offset. */
  clip: { width: number; height: number; top: number };
  /** Move the camera this share of the way to a point (head mm) and look at it. */
  closer?: { share: number; lookAt: [number, number, number] };
  /** Width of a tile in the composed picture. */
  tilePx?: number;
}

const HEAD_CLIP = { width: 380, height: 456, top: 86 };
const GRIDS: Record<string, Grid> = {
  patterns: {
    base: 'view=top&years=1&stubble=1&hair=dark-brown',
    tiles: [
      ['Norwood 1', 'norwood=1'],
      ['Norwood 2', 'norwood=2'],
      ['Norwood 3', 'norwood=3'],
      ['Norwood 3 vertex', 'norwood=3v'],
      ['Norwood 4', 'norwood=4'],
      ['Norwood 5', 'norwood=5'],
      ['Norwood 6', 'norwood=6'],
      ['Norwood 7', 'norwood=7'],
      ['Ludwig I', 'ludwig=1'],
      ['Ludwig II', 'ludwig=2'],
      ['Ludwig III', 'ludwig=3'],
    ],
    columns: 6,
    clip: HEAD_CLIP,
  },
  hairlines: {
    // Fresh from healing on light skin with black hair: the design reads most clearly.
    base: 'view=front&years=0.0821&norwood=7&stubble=0.5&hair=black&skin=2',
    closer: { share: 0.38, lookAt: [0, 100, 20] },
    tilePx: 330,
    tiles: [
      ['Natural', 'hairline=natural'],
      ['Soft', 'hairline=soft'],
      ['Defined (edge-up)', 'hairline=defined'],
      ['Mature', 'hairline=mature'],
      ['Natural, 9 cm high', 'hairline=natural&height=9'],
      ['Deep corners, asymmetric', 'hairline=natural&recession=1&symmetry=0.3'],
    ],
    columns: 3,
    clip: { width: 520, height: 456, top: 86 },
  },
  scars: {
    base: 'view=back&years=1&stubble=1&hair=dark-brown',
    tiles: [
      ['No scar', 'scar=none'],
      ['FUT strip', 'scar=fut'],
      ['FUE punches', 'scar=fue'],
      ['Alopecia areata', 'scar=alopecia'],
    ],
    columns: 4,
    clip: HEAD_CLIP,
  },
  heads: {
    base: 'view=left&years=1&stubble=1',
    tiles: [
      ['Average', 'head=average'],
      ['Long and narrow', 'head=long'],
      ['Round', 'head=round'],
      ['Flat back', 'head=flat-back'],
      ['High crown', 'head=high-crown'],
    ],
    columns: 5,
    clip: { width: 440, height: 456, top: 86 },
  },
  tones: {
    // One year after treatment, Norwood 6, dark-brown hair at 0.5 mm: each tone under its own
    // light-transport tables, the shade matched on it with the needle the app picks there.
    base: 'view=top&years=1&norwood=6&stubble=0.5&hair=dark-brown',
    tiles: [
      ['Monk 2', 'skin=2'],
      ['Monk 4', 'skin=4'],
      ['Monk 6', 'skin=6'],
      ['Monk 8', 'skin=8'],
      ['Monk 10', 'skin=10'],
    ],
    columns: 5,
    clip: HEAD_CLIP,
  },
  modes: {
    base: 'view=top&years=1&ludwig=2&hair=dark-brown',
    tiles: [
      ['Ludwig II, shaved (0.5 mm)', 'mode=shaved&stubble=0.5'],
      ['Ludwig II, density (3 mm kept)', 'mode=density'],
    ],
    columns: 2,
    clip: HEAD_CLIP,
  },
  healing: {
    // Three sessions (days 0, 10, 21), close up on light skin: half the dots on day 1, red skin.
    base: 'view=closeup&skin=2',
    tiles: [
      ['Day 1', 'years=0.00274'],
      ['Day 4', 'years=0.01095'],
      ['Day 9', 'years=0.02464'],
      ['Day 11 (session 2 yesterday)', 'years=0.03012'],
      ['Day 20', 'years=0.05476'],
      ['Day 22 (session 3 yesterday)', 'years=0.06023'],
      ['Day 30', 'years=0.08214'],
      ['Day 51: healed', 'years=0.13963'],
    ],
    columns: 4,
    clip: { width: 420, height: 300, top: 160 },
    tilePx: 300,
  },
  course: {
    // Twenty years with touch-ups at 5, 10 and 15, typical sun and oil.
    base: 'view=closeup&skin=2&touchups=5,10,15',
    tiles: [
      ['2 months', 'years=0.17'],
      ['2 years', 'years=2'],
      ['4.9 years', 'years=4.9'],
      ['5.2 (touch-up at 5)', 'years=5.2'],
      ['9.9 years', 'years=9.9'],
      ['10.2 (2nd touch-up)', 'years=10.2'],
      ['15.2 (3rd touch-up)', 'years=15.2'],
      ['20 years', 'years=20'],
    ],
    columns: 4,
    clip: { width: 420, height: 300, top: 160 },
    tilePx: 300,
  },
};

const [kind = 'patterns', out = `${kind}.png`] = process.argv.slice(2);
const grid = GRIDS[kind];
if (!grid) throw new Error(`unknown grid ${kind}; one of ${Object.keys(GRIDS).join(', ')}`);

const server = await serveDist();
const browser = await launch();
const tiles: string[] = [];
try {
  for (const [label, q] of grid.tiles) {
    const { page, errors } = await openApp(browser, server.url, `?${grid.base}&${q}&range=0`, { width: 900, height: 620 });
    await waitForScene(page);
    await settle(page);
    if (grid.closer)
      await page.evaluate(({ share, lookAt }) => {
        type V = { lerp(v: V, t: number): void; set(x: number, y: number, z: number): void; clone(): V };
        const { gl, scene, camera } = (
          window as unknown as {
            smp: {
              three: { gl: { render(s: unknown, c: unknown): void }; scene: unknown; camera: { position: V; lookAt(x: number, y: number, z: number): void } };
            };
          }
        ).smp.three;
        const target = camera.position.clone();
        target.set(...lookAt);
        camera.position.lerp(target, share);
        camera.lookAt(...lookAt);
        gl.render(scene, camera);
      }, grid.closer);
    if (errors.length) throw new Error(`${label}: ${errors.join('; ')}`);
    const box = await page.locator('.stage canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    const { width, height, top } = grid.clip;
    const png = await page.screenshot({ clip: { x: box.x + box.width / 2 - width / 2, y: box.y + top, width, height } });
    tiles.push(`<figure><img src="data:image/png;base64,${png.toString('base64')}"><figcaption>${label}</figcaption></figure>`);
    await page.close();
  }
  const TILE_PX = grid.tilePx ?? 250;
  const page = await browser.newPage({ viewport: { width: grid.columns * TILE_PX, height: 100 } });
  await page.setContent(`<style>body{margin:0;display:grid;grid-template-columns:repeat(${grid.columns},${TILE_PX}px);background:#1d2024;color:#eef0f2;font:600 16px system-ui,sans-serif}
    figure{margin:0}img{width:${TILE_PX}px;display:block}figcaption{text-align:center;padding:4px 6px 10px}</style>${tiles.join('')}`);
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
  await server.close();
}
