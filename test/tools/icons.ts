/**
 * The installable app's PNG icons (public/icon-192.png, icon-512.png), drawn from public/favicon.svg
 * on the app's background by headless Chromium: `npx tsx test/tools/icons.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch } from '../browser/harness.ts';

const svg = readFileSync(join(ROOT, 'public/favicon.svg'), 'utf8');
const browser = await launch();
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    // Maskable: the mark sits inside the middle 80 % (the safe zone), on the app's own background.
    await page.setContent(`<body style="margin:0;background:#15171a;display:grid;place-items:center;width:${size}px;height:${size}px">
      <div style="width:${Math.round(size * 0.72)}px;height:${Math.round(size * 0.72)}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`);
    await page.screenshot({ path: join(ROOT, `public/icon-${size}.png`) });
    await page.close();
  }
} finally {
  await browser.close();
}
