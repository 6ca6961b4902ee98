/**
 * Bringing a photo and marking it (issue 15): EXIF orientation, a 50 MP file, a file that is not a
 * photo, nothing sent anywhere, nothing stored unless asked; the brush, outline, scale, undo and
 * redo by pointer, touch and keyboard; accessibility in both languages; compare on the photo.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from './session.ts';
import { artifactPath, axeViolations, canvasRegion, settle, setState, waitForRedraw } from './harness.ts';
import { png, syntheticPhoto, withExifOrientation } from './photo-files.ts';
import { bringFile, chooseTool, dragPhoto, openPhotoMode, photoState, photoToClient, waitForPhotoDots } from './photo-helpers.ts';
import { lightness, luminanceOf } from '../../src/model/light/colour.ts';

const session = browserSession({ width: 1280, height: 720 });
const L = (c: readonly number[]): number => lightness(luminanceOf([c[0]!, c[1]!, c[2]!]));

const keptDatabases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
const saved = (page: Page) => page.evaluate(() => (window as unknown as { smp: { photoSaving?: Promise<void> } }).smp.photoSaving);

async function openSample(page: Page): Promise<void> {
  await openPhotoMode(page);
  await page.locator('.photo-panel button', { hasText: /sample|ejemplo/ }).click();
  await page.waitForFunction(() => (window as unknown as { smp: { photo: { getState(): { image: unknown } } } }).smp.photo.getState().image !== null, null, {
    timeout: 60_000,
  });
  await waitForPhotoDots(page);
}

describe('bringing a photo', () => {
  it('a JPEG with EXIF orientation 6 lands upright; a 50 MP PNG is made small off the main thread; text named .jpg, a cut JPEG and HEIC get their messages; drop and paste; a scale out of range is said; nothing leaves the page, nothing is in the link', async () => {
    const { page, errors } = await session.open('?years=1');
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') sent.push(`${r.method()} ${r.url()}`);
    });
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.longest = Math.max(w.longest, e.duration)))).observe({
        type: 'longtask',
        buffered: true,
      });
    });
    await openPhotoMode(page);

    // A 300 × 200 JPEG, red above and blue below, whose EXIF says "turn 90° clockwise to show".
    const jpeg = Buffer.from(
      await page.evaluate(async () => {
        const c = document.createElement('canvas');
        c.width = 300;
        c.height = 200;
        const g = c.getContext('2d')!;
        g.fillStyle = '#d02020';
        g.fillRect(0, 0, 300, 100);
        g.fillStyle = '#2030d0';
        g.fillRect(0, 100, 300, 100);
        const blob = await new Promise<Blob>((ok) => c.toBlob((b) => ok(b!), 'image/jpeg', 0.95));
        return [...new Uint8Array(await blob.arrayBuffer())];
      }),
    );
    await bringFile(page, 'turned.jpg', 'image/jpeg', withExifOrientation(jpeg, 6));
    const turned = await photoState(page);
    expect(turned.problem).toBeNull();
    expect([turned.image!.widthPx, turned.image!.heightPx]).toEqual([200, 300]);
    // Its top (red) is now on the right, its bottom (blue) on the left.
    const sides = await page.evaluate(() => {
      const bitmap = (window as unknown as { smp: { photo: { getState(): { image: { bitmap: ImageBitmap } } } } }).smp.photo.getState().image.bitmap;
      const c = document.createElement('canvas');
      c.width = bitmap.width;
      c.height = bitmap.height;
      const g = c.getContext('2d')!;
      g.drawImage(bitmap, 0, 0);
      return [[...g.getImageData(180, 150, 1, 1).data], [...g.getImageData(20, 150, 1, 1).data]];
    });
    expect(sides[0]![0]!).toBeGreaterThan(150); // right: red
    expect(sides[1]![2]!).toBeGreaterThan(150); // left: blue

    // 8192 × 6144 pixels (50.3 MP).
    const big = png(8192, 6144, (y, out) => {
      for (let x = 0; x < 8192; x++) {
        out[x * 3] = 150 + ((x >> 6) & 63);
        out[x * 3 + 1] = 110 + ((y >> 6) & 63);
        out[x * 3 + 2] = 90;
      }
    });
    await bringFile(page, 'large.png', 'image/png', big);
    const large = await photoState(page);
    expect(large.problem).toBeNull();
    expect([large.image!.sourceWidthPx, large.image!.sourceHeightPx]).toEqual([8192, 6144]);
    expect([large.image!.widthPx, large.image!.heightPx]).toEqual([4096, 3072]);
    await expect.poll(() => page.locator('.photo-panel').textContent()).toMatch(/4096 × 3072.*8192 × 6144/);
    // A GPU that takes smaller textures gets a smaller photo.
    await page.evaluate(() =>
      (window as unknown as { smp: { photo: { getState(): { set(p: object): void } } } }).smp.photo.getState().set({ gpuMaxSidePx: 1024 }),
    );
    await bringFile(page, 'skin.png', 'image/png', syntheticPhoto([0.5, 0.35, 0.27], 0.1).bytes);
    expect([(await photoState(page)).image!.widthPx, (await photoState(page)).image!.heightPx]).toEqual([1024, 768]);
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    process.stdout.write(`a 50 MP PNG: shown at 4096 × 3072; the longest main-thread task while it was read: ${longest.toFixed(0)} ms\n`);

    // Text with a photo's name: the message, and the page goes on working (the photo before it stays).
    await bringFile(page, 'notes.jpg', 'image/jpeg', Buffer.from('These are my notes, not a photo.\n'));
    await expect.poll(() => page.getByRole('alert').allTextContents()).toContainEqual(expect.stringMatching(/not a photo this page can read/));
    expect((await photoState(page)).image!.widthPx).toBe(1024);
    // A damaged JPEG: its start, cut off.
    await bringFile(page, 'cut.jpg', 'image/jpeg', jpeg.subarray(0, 200));
    await expect.poll(() => page.getByRole('alert').allTextContents()).toContainEqual(expect.stringMatching(/damaged or incomplete/));
    // HEIC the browser cannot open: its own message.
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic', 'latin1'), Buffer.alloc(200, 7)]);
    await bringFile(page, 'IMG_0001.HEIC', 'image/heic', heic);
    await expect.poll(() => page.getByRole('alert').allTextContents()).toContainEqual(expect.stringMatching(/cannot open HEIC/));
    await setState(page, { years: 5 });
    expect(await page.locator('.photo-panel').isVisible()).toBe(true);

    // Dropped on the picture, and pasted: the same photo path.
    const small = syntheticPhoto([0.5, 0.35, 0.27], 0.1, 400, 300);
    const give = (how: 'drop' | 'paste', name: string) =>
      page.evaluate(
        ([how, name, bytes]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'image/png' }));
          if (how === 'drop')
            document.querySelector('svg.photo-overlay')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
          else window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
        },
        [how, name, [...small.bytes]] as const,
      );
    const shownName = () =>
      page.evaluate(() => (window as unknown as { smp: { photo: { getState(): { image: { name: string } | null; busy: boolean } } } }).smp.photo.getState());
    await give('drop', 'dropped.png');
    await expect.poll(async () => (await shownName()).image?.name).toBe('dropped.png');
    await give('paste', 'pasted.png');
    await expect.poll(async () => (await shownName()).image?.name).toBe('pasted.png');
    expect((await photoState(page)).image!.widthPx).toBe(400);

    // A scale that makes the photo wider than a metre: said, and no dots until it is mended.
    await page.getByLabel(/Length between the scale points/).fill('1000');
    await expect.poll(() => page.getByRole('alert').allTextContents()).toContainEqual(expect.stringMatching(/outside 2 cm to 1 m/));
    await page.getByLabel(/Length between the scale points/).fill('20');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    // The link carries the scenario, never the photo or its marks.
    expect(page.url()).not.toMatch(/photo|png|scale|mark/i);

    expect(sent).toEqual([]);
    expect(await keptDatabases(page)).not.toContain('smp-photo');
    // (any request to another origin is an error: test/browser/harness.ts)
    expect(errors).toEqual([]);
    await page.close();
  });

  it('nothing is stored unless "keep" is chosen; kept, it comes back after a reload; deleted, nothing is left', async () => {
    const { page, errors } = await session.open('?years=1');
    await openSample(page);
    expect(await keptDatabases(page)).not.toContain('smp-photo');
    await page.getByRole('checkbox', { name: 'Keep on this device' }).check();
    await saved(page);
    expect(await keptDatabases(page)).toContain('smp-photo');
    const marks = (await photoState(page)).marks;

    await page.reload();
    await page.waitForSelector('html[data-scene-ready="true"]');
    await openPhotoMode(page);
    await page.waitForFunction(() => (window as unknown as { smp: { photo: { getState(): { image: unknown } } } }).smp.photo.getState().image !== null, null, {
      timeout: 60_000,
    });
    const back = await photoState(page);
    expect(back.kept).toBe(true);
    expect(back.image!.sample).toBe(true);
    expect(back.marks).toEqual(marks);

    await page.getByRole('button', { name: 'Delete the kept photo' }).click();
    await expect.poll(() => page.getByRole('status').allTextContents()).toContainEqual('Deleted from this device.');
    expect(await keptDatabases(page)).not.toContain('smp-photo');
    expect((await photoState(page)).kept).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('marking the photo', () => {
  it('by pointer: brush, eraser, outline and hairline points (placed and dragged), each one undo step; Ctrl+Z and Ctrl+Y, and the buttons', async () => {
    const { page, errors } = await session.open('?years=1');
    await openPhotoMode(page);
    const photo = syntheticPhoto([0.5, 0.35, 0.27], 0.1);
    await bringFile(page, 'skin.png', 'image/png', photo.bytes);
    const { cx, cy } = photo.skin;
    await dragPhoto(page, [cx - 300, cy], [cx + 300, cy]);
    await chooseTool(page, /Erase area/);
    await dragPhoto(page, [cx, cy - 100], [cx, cy + 100]);
    let s = await photoState(page);
    expect(s.marks.area.map((a) => a.erase)).toEqual([false, true]);
    await chooseTool(page, /Mark the outline/);
    for (let k = 0; k < 6; k++) {
      const t = (k / 6) * 2 * Math.PI;
      const p = await photoToClient(page, cx + photo.skin.rx * Math.cos(t), cy + photo.skin.ry * Math.sin(t));
      await page.mouse.click(p.x, p.y);
    }
    s = await photoState(page);
    expect(s.marks.outline.length).toBe(6);
    expect(await page.locator('[data-photo-geometry]').getAttribute('data-photo-geometry')).toBe('round');
    expect(s.past).toBe(8);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect((await photoState(page)).marks.outline.length).toBe(4);
    expect(await page.locator('[data-photo-geometry]').getAttribute('data-photo-geometry')).toBe('flat');
    await page.keyboard.press('Control+y');
    expect((await photoState(page)).marks.outline.length).toBe(5);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Redo' }).click();
    await page.getByRole('button', { name: 'Redo' }).click();
    s = await photoState(page);
    expect(s.marks.outline.length).toBe(6);
    expect(s.future).toBe(0);

    // The hairline: four points across the painted band's upper part trim it to the curve; a
    // point dragged lower trims more.
    await waitForPhotoDots(page);
    const dotCount = () => page.evaluate(() => (window as unknown as { smp: { photoLayout: { count: number } } }).smp.photoLayout.count);
    const full = await dotCount();
    await chooseTool(page, /Hairline/);
    for (const dx of [-320, -100, 100, 320]) {
      const p = await photoToClient(page, cx + dx, cy - 20);
      await page.mouse.click(p.x, p.y);
    }
    await waitForPhotoDots(page);
    const trimmed = await dotCount();
    expect((await photoState(page)).marks.hairline.length).toBe(4);
    expect(trimmed).toBeLessThan(full * 0.85);
    await dragPhoto(page, [cx - 100, cy - 20], [cx - 100, cy + 40], 6);
    await waitForPhotoDots(page);
    const moved = (await photoState(page)).marks.hairline[1]!;
    expect(Math.abs(moved[1] - (cy + 40))).toBeLessThan(3);
    expect(await dotCount()).toBeLessThan(trimmed);
    await page.keyboard.press('Control+z');
    expect((await photoState(page)).marks.hairline[1]![1]).toBeCloseTo(cy - 20, 0);
    await page.screenshot({ path: artifactPath('photo-hairline.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('by touch: a finger paints a stroke, taps and drags hairline points, drags a scale point', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 720 }, hasTouch: true, isMobile: false });
    const page = await context.newPage();
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.goto(`${session.url}?years=1`);
    await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 90_000 });
    await openPhotoMode(page);
    const photo = syntheticPhoto([0.5, 0.35, 0.27], 0.1);
    await bringFile(page, 'skin.png', 'image/png', photo.bytes);
    const a = await photoToClient(page, photo.skin.cx - 200, photo.skin.cy);
    const b = await photoToClient(page, photo.skin.cx + 200, photo.skin.cy);
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', p?: { x: number; y: number }) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: p ? [{ x: p.x, y: p.y, id: 1 }] : [] });
    await touch('touchStart', a);
    for (let i = 1; i <= 10; i++) await touch('touchMove', { x: a.x + ((b.x - a.x) * i) / 10, y: a.y });
    await touch('touchEnd');
    await waitForPhotoDots(page);
    const s = await photoState(page);
    expect(s.marks.area.length).toBe(1);
    const stroke = s.marks.area[0] as unknown as { points: Array<[number, number]> };
    expect(stroke.points.length).toBeGreaterThan(3);
    expect(Math.abs(stroke.points[stroke.points.length - 1]![0] - (photo.skin.cx + 200))).toBeLessThan(8);

    // Hairline points by tapping, one dragged by a finger; a scale point dragged by a finger; undo.
    const drag = async (from: { x: number; y: number }, to: { x: number; y: number }) => {
      await touch('touchStart', from);
      for (let i = 1; i <= 6; i++) await touch('touchMove', { x: from.x + ((to.x - from.x) * i) / 6, y: from.y + ((to.y - from.y) * i) / 6 });
      await touch('touchEnd');
    };
    await chooseTool(page, /Hairline/);
    for (const dx of [-250, 0, 250]) {
      const p = await photoToClient(page, photo.skin.cx + dx, photo.skin.cy - 60);
      await touch('touchStart', p);
      await touch('touchEnd');
    }
    expect((await photoState(page)).marks.hairline.length).toBe(3);
    await drag(await photoToClient(page, photo.skin.cx, photo.skin.cy - 60), await photoToClient(page, photo.skin.cx, photo.skin.cy - 120));
    expect(Math.abs((await photoState(page)).marks.hairline[1]![1] - (photo.skin.cy - 120))).toBeLessThan(4);
    await chooseTool(page, /Set the scale/);
    const scale = (await photoState(page)).marks.scale;
    await drag(await photoToClient(page, ...scale.a), await photoToClient(page, photo.bar.a[0], photo.bar.a[1]));
    expect(Math.abs((await photoState(page)).marks.scale.a[0] - photo.bar.a[0])).toBeLessThan(4);
    await context.close();
  });

  it('by keyboard: arrows move the cursor, Space paints and adds outline and hairline points, arrows move a hairline point and a scale point', async () => {
    const { page, errors } = await session.open('?years=1');
    await openPhotoMode(page);
    const photo = syntheticPhoto([0.5, 0.35, 0.27], 0.1);
    await bringFile(page, 'skin.png', 'image/png', photo.bytes);
    const timeNow = () =>
      page.evaluate(() => {
        const s = (window as unknown as { smp: { store: { getState(): { years: number; playing: boolean } } } }).smp.store.getState();
        return { years: s.years, playing: s.playing };
      });
    const before = await timeNow();
    await page.locator('svg.photo-overlay').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    let s = await photoState(page);
    expect(s.marks.area.length).toBe(2);
    await waitForPhotoDots(page);
    await chooseTool(page, /Mark the outline/);
    await page.locator('svg.photo-overlay').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Space');
    s = await photoState(page);
    expect(s.marks.outline.length).toBe(1);
    await chooseTool(page, /Hairline/);
    await page.locator('svg.photo-overlay').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    s = await photoState(page);
    expect(s.marks.hairline.length).toBe(2);
    const h0 = s.marks.hairline[0]![1];
    await page.getByRole('button', { name: 'Hairline point 1: arrow keys move it' }).focus();
    await page.keyboard.press('ArrowDown');
    expect((await photoState(page)).marks.hairline[0]![1]).toBeGreaterThan(h0);
    await chooseTool(page, /Set the scale/);
    s = await photoState(page);
    const a0 = s.marks.scale.a[0];
    await page.getByRole('button', { name: 'Scale point 1: arrow keys move it' }).focus();
    await page.keyboard.press('Shift+ArrowRight');
    s = await photoState(page);
    expect(s.marks.scale.a[0]).toBeGreaterThan(a0 + 5);
    await page.keyboard.press('Control+z');
    expect((await photoState(page)).marks.scale.a[0]).toBe(a0);
    // The keys went to the marking, not to the app's shortcuts (Space plays, arrows move in time).
    expect(await timeNow()).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('photo mode with the rest of the app', () => {
  it('compare splits the photo: the right side shows the later time, the left stays', async () => {
    const { page, errors } = await session.open('?years=1&sun=1&spf=0');
    await openSample(page);
    const left = () => canvasRegion(page, 0.38, 0.45, 0.08, 0.15);
    const right = () => canvasRegion(page, 0.54, 0.45, 0.08, 0.15);
    const [l0, r0] = [await left(), await right()];
    await setState(page, { compare: 9, split: 0.5 });
    await settle(page);
    await page.screenshot({ path: artifactPath('photo-compare.png') });
    const [l1, r1] = [await left(), await right()];
    process.stdout.write(`compare on the photo: left ΔL* ${(L(l1.linear) - L(l0.linear)).toFixed(2)}, right ΔL* ${(L(r1.linear) - L(r0.linear)).toFixed(2)}\n`);
    expect(Math.abs(L(l1.linear) - L(l0.linear))).toBeLessThan(0.2);
    expect(L(r1.linear) - L(r0.linear)).toBeGreaterThan(1.5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the PNG export and the printed summary’s views are the photo, at its times', async () => {
    const { page, errors } = await session.open('?years=1&range=0');
    await openSample(page);
    // The sample's corner is its grey wall: the same in the saved picture and in every printed view.
    const wall = await canvasRegion(page, 0.01, 0.9, 0.03, 0.05);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'Save PNG' }).click()]);
    const path = artifactPath('photo-export.png');
    await download.saveAs(path);
    const exported = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      return [...g.getImageData(Math.floor(img.width * 0.02), Math.floor(img.height * 0.92), 1, 1).data];
    }, readFileSync(path).toString('base64'));
    for (let k = 0; k < 3; k++) expect(Math.abs(exported[k]! - wall.mean[k]!)).toBeLessThan(6);
    await page.evaluate(() => (window as unknown as { smp: { preparePrint(): Promise<void> } }).smp.preparePrint());
    // The photo's own pixel where a view (800 × 560, the photo fitted inside it) shows its wall.
    const photoWall = await page.evaluate(() => {
      const bitmap = (window as unknown as { smp: { photo: { getState(): { image: { bitmap: ImageBitmap } } } } }).smp.photo.getState().image.bitmap;
      const k = Math.min(800 / bitmap.width, 560 / bitmap.height);
      const c = document.createElement('canvas');
      c.width = bitmap.width;
      c.height = bitmap.height;
      const g = c.getContext('2d')!;
      g.drawImage(bitmap, 0, 0);
      return [...g.getImageData(Math.floor((160 - (800 - k * bitmap.width) / 2) / k), Math.floor((280 - (560 - k * bitmap.height) / 2) / k), 1, 1).data];
    });
    const views = await page.locator('.print-views img').evaluateAll((els) =>
      els.map((e) => {
        const img = e as HTMLImageElement;
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const g = c.getContext('2d')!;
        g.drawImage(img, 0, 0);
        // the middle of the photo (the treated top) and the wall at the side
        const mid = g.getImageData(400, 308, 1, 1).data;
        const side = g.getImageData(160, 280, 1, 1).data;
        return { mid: 0.2126 * mid[0]! + 0.7152 * mid[1]! + 0.0722 * mid[2]!, side: [...side].slice(0, 3) };
      }),
    );
    expect(views.length).toBe(4);
    for (const v of views) for (let k = 0; k < 3; k++) expect(Math.abs(v.side[k]! - photoWall[k]!)).toBeLessThan(4);
    // Day 30 to ten years: the treated top lightens from view to view.
    expect(views[3]!.mid).toBeGreaterThan(views[0]!.mid + 3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an axe-core check of photo mode finds no serious or critical violations, in English and in Spanish', async () => {
    for (const lang of ['en', 'es']) {
      const { page, errors } = await session.open(`?lang=${lang}`);
      await openSample(page);
      await chooseTool(page, lang === 'en' ? /Set the scale/ : /Fijar la escala/);
      await waitForRedraw(page);
      const violations = await axeViolations(page);
      expect(
        violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
        lang,
      ).toEqual([]);
      expect(await page.locator('.photo-panel h2').textContent()).toBe(lang === 'en' ? 'Your photo' : 'Tu foto');
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
