/**
 * The README's picture of the cross-section (issue 16): the slice on its own at day 1, one year and
 * ten years (typical sun and oil, the default plan), each with its whole light paths (reduced motion
 * draws them still), stacked into one PNG by the browser itself.
 *   npm run build && npx tsx test/tools/slice-picture.ts test/screenshots/slice.png
 */
import { writeFileSync } from 'node:fs';
import { launch, openApp, serveDist, waitForScene, settle } from '../browser/harness.ts';

const out = process.argv[2] ?? 'test-artifacts/slice.png';
const server = await serveDist();
const browser = await launch();
try {
  const shots: string[] = [];
  for (const years of [1 / 365.25, 1, 10]) {
    const { page, errors } = await openApp(browser, server.url, `?slice=alone&years=${years.toFixed(4)}`, { width: 1600, height: 900 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitForScene(page);
    await page.waitForFunction(() => (window as unknown as { smp: { slice?: { panes: Array<{ photons: unknown }> } } }).smp.slice?.panes[0]?.photons, null, {
      timeout: 60_000,
    });
    await settle(page);
    shots.push((await page.locator('.slice-pane').screenshot()).toString('base64'));
    if (errors.length) console.error('console errors:', errors);
    await page.close();
  }
  // One column of the three, on the page's own background.
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 1 });
  await page.setContent(
    `<body style="margin:0;background:#15171a"><div id="c" style="display:inline-flex;flex-direction:column;gap:12px;padding:12px">${shots
      .map((b) => `<img src="data:image/png;base64,${b}">`)
      .join('')}</div></body>`,
  );
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  writeFileSync(out, await page.locator('#c').screenshot());
} finally {
  await browser.close();
  await server.close();
}
