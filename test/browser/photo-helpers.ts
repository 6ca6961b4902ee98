/** Driving photo mode in the browser tests (issue 15): open it, bring a file, mark, measure. */
import type { Page } from 'playwright-core';
import { settle, waitForRedraw } from './harness.ts';

export interface PhotoView {
  image: { widthPx: number; heightPx: number; name: string; sample: boolean; sourceWidthPx: number; sourceHeightPx: number } | null;
  marks: {
    scale: { a: [number, number]; b: [number, number]; lengthMm: number };
    outline: Array<[number, number]>;
    area: Array<{ kind: string; erase: boolean }>;
    hairline: Array<[number, number]>;
  };
  past: number;
  future: number;
  problem: string | null;
  kept: boolean;
  zoom: number;
}

type PhotoWindow = { smp: { photo?: { getState(): Record<string, unknown> }; photoLayout?: { count: number } | null; photoSaving?: Promise<void> } };

/** What photo mode holds, as plain data. */
export function photoState(page: Page): Promise<PhotoView> {
  return page.evaluate(() => {
    const s = (window as unknown as PhotoWindow).smp.photo!.getState() as unknown as {
      image: (PhotoView['image'] & { bitmap: unknown }) | null;
      marks: PhotoView['marks'];
      past: unknown[];
      future: unknown[];
      problem: string | null;
      kept: boolean;
      zoom: number;
    };
    const image = s.image && {
      widthPx: s.image.widthPx,
      heightPx: s.image.heightPx,
      name: s.image.name,
      sample: s.image.sample,
      sourceWidthPx: s.image.sourceWidthPx,
      sourceHeightPx: s.image.sourceHeightPx,
    };
    return { image, marks: JSON.parse(JSON.stringify(s.marks)), past: s.past.length, future: s.future.length, problem: s.problem, kept: s.kept, zoom: s.zoom };
  });
}

/** Opens photo mode from the panel's button (its code loads then). */
export async function openPhotoMode(page: Page): Promise<void> {
  await page.locator('button.photo-open').click();
  await page.waitForSelector('.photo-panel', { timeout: 30_000 });
  await page.waitForFunction(() => (window as unknown as PhotoWindow).smp.photo !== undefined);
}

/** Brings a file through the panel's picker and waits until it is shown or refused. */
export async function bringFile(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.locator('input[data-photo-input]').setInputFiles({ name, mimeType, buffer });
  await page.waitForFunction(
    () => {
      const s = (window as unknown as PhotoWindow).smp.photo!.getState() as { busy: boolean; image: unknown; problem: unknown };
      return !s.busy && (s.image !== null || s.problem !== null);
    },
    null,
    { timeout: 120_000 },
  );
  await waitForRedraw(page);
}

/** Waits until the picture shows the dots of the current marks (the layout worker may lag behind). */
export async function waitForPhotoDots(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const w = window as unknown as { smp: { photo?: { getState(): { marks: unknown } }; photoDrawn?: unknown } };
    return w.smp.photo !== undefined && w.smp.photoDrawn === w.smp.photo.getState().marks;
  });
  await waitForRedraw(page);
  await settle(page);
}

/** Client (CSS) coordinates of a photo pixel, through the marking overlay's own transform. */
export function photoToClient(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([x, y]) => {
      const svg = document.querySelector<SVGSVGElement>('svg.photo-overlay')!;
      const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
      return { x: p.x, y: p.y };
    },
    [x, y] as const,
  );
}

/** Millimetres of skin per CSS pixel of the picture (the scale over the overlay's zoom). */
export function mmPerScreenPx(page: Page): Promise<number> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.photo-overlay')!;
    const mm = Number(document.querySelector('[data-mm-per-px]')!.getAttribute('data-mm-per-px'));
    return mm / svg.getScreenCTM()!.a;
  });
}

/** Drags with the mouse from photo pixel a to b through `steps` moves. */
export async function dragPhoto(page: Page, a: readonly [number, number], b: readonly [number, number], steps = 12): Promise<void> {
  const p = await photoToClient(page, a[0], a[1]);
  const q = await photoToClient(page, b[0], b[1]);
  await page.mouse.move(p.x, p.y);
  await page.mouse.down();
  await page.mouse.move(q.x, q.y, { steps });
  await page.mouse.up();
}

/** Chooses a tool in the panel by its label. */
export async function chooseTool(page: Page, label: RegExp): Promise<void> {
  await page.getByRole('radio', { name: label }).check();
}

/** Sets the brush's size (mm) with its slider. */
export async function setBrushMm(page: Page, mm: number): Promise<void> {
  await page.locator('.photo-panel input[type=range]').fill(String(mm));
}

/**
 * Waits until both the marking overlay and the picture show a photo rectangle `widthPx` wide (a
 * zoom reaches the overlay through React and the picture through the 3D scene's own root).
 */
export async function waitForPhotoView(page: Page, widthPx: number): Promise<void> {
  await page.waitForFunction((want) => {
    const svg = document.querySelector<SVGSVGElement>('svg.photo-overlay');
    let drawn = NaN;
    (
      window as unknown as {
        smp: { three: { scene: { traverse(f: (o: { material?: { uniforms?: Record<string, { value: { x: number; z: number } }> } }) => void): void } } };
      }
    ).smp.three.scene.traverse((o) => {
      const v = o.material?.uniforms?.['uPhotoView']?.value;
      if (v && o.material?.uniforms?.['uPhoto']) drawn = v.z - v.x;
    });
    return svg !== null && Math.abs(svg.viewBox.baseVal.width - want) < 1 && Math.abs(drawn - want) < 1;
  }, widthPx);
  await waitForRedraw(page);
  await settle(page);
}
