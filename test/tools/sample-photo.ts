/**
 * Makes photo mode's sample (issue 15): the project ships no photo of a real person, so the sample
 * is the simulator's own head, drawn by the app's renderer without SMP, with 1 mm stubble where the
 * hair remains (Norwood 5), seen from above like a phone held over the head (a long lens, so the
 * picture is close to the orthographic view photo mode assumes), on a plain wall-grey ground.
 * Writes public/sample/top.jpg and public/sample/top.json (its marks: the scale across the head's
 * breadth, the outline's points, a starting treatment area).
 *
 *   npm run build && npx tsx test/tools/sample-photo.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch, openApp, serveDist, waitForScene } from '../browser/harness.ts';

const WIDTH = 1600,
  HEIGHT = 1200;
const DISTANCE_MM = 1100;
const FOV_DEG = 15;

const server = await serveDist();
const browser = await launch();
const { page, errors } = await openApp(browser, server.url, '?view=top&skin=3&years=0', { width: 1280, height: 800 });
await waitForScene(page);
await page.evaluate(() => {
  const w = window as unknown as { smp: { store: { getState(): { set(p: object): void } } } };
  w.smp.store.getState().set({ pattern: { kind: 'norwood', stage: '5' }, stubble: 1, hair: 'dark-brown', showDots: false });
});
await page.waitForTimeout(3000);

const shot = await page.evaluate(
  ({ WIDTH, HEIGHT, DISTANCE_MM, FOV_DEG }) => {
    type V3 = { x: number; y: number; z: number; set(x: number, y: number, z: number): void; clone(): V3; project(c: unknown): V3 };
    const w = window as unknown as {
      smp: {
        three: {
          gl: { setPixelRatio(r: number): void; setSize(w: number, h: number, s: boolean): void; domElement: HTMLCanvasElement };
          camera: {
            position: V3;
            up: V3;
            fov: number;
            aspect: number;
            lookAt(x: number, y: number, z: number): void;
            updateProjectionMatrix(): void;
            updateMatrixWorld(): void;
          };
        };
        drawScreen(): void;
      };
    };
    const { gl, camera } = w.smp.three;
    gl.setPixelRatio(1);
    gl.setSize(WIDTH, HEIGHT, false);
    camera.fov = FOV_DEG;
    camera.aspect = WIDTH / HEIGHT;
    // Straight down over the crown, the face towards the top of the picture (as a phone over the head).
    camera.position.set(0, 60 + DISTANCE_MM, -10);
    camera.up.set(0, 0, 1);
    camera.lookAt(0, 60, -10);
    camera.updateProjectionMatrix();
    camera.updateMatrixWorld();
    w.smp.drawScreen();
    const out = document.createElement('canvas');
    out.width = WIDTH;
    out.height = HEIGHT;
    const g = out.getContext('2d')!;
    // A plain wall behind, lit a little unevenly, as in a room.
    const fill = g.createRadialGradient(WIDTH * 0.45, HEIGHT * 0.35, 0, WIDTH * 0.45, HEIGHT * 0.35, WIDTH * 0.9);
    fill.addColorStop(0, '#b9b4ac');
    fill.addColorStop(1, '#8d8982');
    g.fillStyle = fill;
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.drawImage(gl.domElement, 0, 0);
    // The head's silhouette from the WebGL canvas's alpha: where it is drawn.
    const a = document.createElement('canvas');
    a.width = WIDTH;
    a.height = HEIGHT;
    const ga = a.getContext('2d')!;
    ga.drawImage(gl.domElement, 0, 0);
    const alpha = ga.getImageData(0, 0, WIDTH, HEIGHT).data;
    const inside = (x: number, y: number): boolean =>
      x >= 0 && y >= 0 && x < WIDTH && y < HEIGHT && alpha[(Math.round(y) * WIDTH + Math.round(x)) * 4 + 3]! > 128;
    let cx = 0,
      cy = 0,
      n = 0;
    for (let y = 0; y < HEIGHT; y += 4)
      for (let x = 0; x < WIDTH; x += 4)
        if (inside(x, y)) {
          cx += x;
          cy += y;
          n++;
        }
    cx /= n;
    cy /= n;
    // The outline's points: out from the middle until the head ends, away from the ears (which
    // stick out of a top view's outline) and the nose.
    const outline: Array<[number, number]> = [];
    for (const deg of [0, 30, 55, 125, 150, 180, 210, 235, 305, 330]) {
      const t = (deg * Math.PI) / 180;
      let r = 0;
      while (inside(cx + (r + 1) * Math.cos(t), cy + (r + 1) * Math.sin(t))) r++;
      outline.push([Math.round(cx + r * Math.cos(t)), Math.round(cy + r * Math.sin(t))]);
    }
    // The head's breadth: the widest row of the silhouette without the ears is not known here, so the
    // scale is the head's breadth (the model's 155 mm) between its sides at the middle row, found
    // from the outline points nearest left and right.
    return { jpeg: out.toDataURL('image/jpeg', 0.9), outline, cx, cy };
  },
  { WIDTH, HEIGHT, DISTANCE_MM, FOV_DEG },
);

// Sides of the head at the middle row: the outline points at 0° and 180°.
const right = shot.outline[0]!,
  left = shot.outline[5]!;
const marks = {
  scale: { a: left, b: right, lengthMm: 155 },
  outline: shot.outline,
  // The treatment area to start from: the top, over what Norwood 5 has lost and the bridge between (the user repaints it).
  area: [
    {
      kind: 'ellipse',
      erase: false,
      cx: Math.round(shot.cx),
      cy: Math.round(shot.cy + 10),
      rx: Math.round((right[0] - left[0]) * 0.4),
      ry: Math.round((right[0] - left[0]) * 0.52),
    },
  ],
};
const dir = join(ROOT, 'public', 'sample');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'top.jpg'), Buffer.from(shot.jpeg.split(',')[1]!, 'base64'));
writeFileSync(join(dir, 'top.json'), `${JSON.stringify(marks, null, 2)}\n`);
process.stdout.write(
  `sample photo: ${WIDTH} × ${HEIGHT}, head at (${shot.cx.toFixed(0)}, ${shot.cy.toFixed(0)}), breadth ${right[0] - left[0]} px; errors: ${errors.length}\n`,
);
await browser.close();
await server.close();
