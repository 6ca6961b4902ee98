/**
 * Screenshots of the built app for looking at (and for the README):
 *   tsx test/tools/screenshot.ts out.png 'query' [w h [css selector: only that element]]
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { launch, openApp, serveDist, waitForScene, settle } from '../browser/harness.ts';

// The default lands with the tests' screenshots (not committed), never at the project's root.
const [out = 'test-artifacts/shot.png', query = '', w = '1280', h = '720', selector] = process.argv.slice(2);
mkdirSync(dirname(out), { recursive: true });
const server = await serveDist();
const browser = await launch();
try {
  const { page, errors } = await openApp(browser, server.url, query.startsWith('?') || query === '' ? query : `?${query}`, {
    width: Number(w),
    height: Number(h),
  });
  await waitForScene(page);
  await settle(page);
  if (selector) await page.locator(selector).screenshot({ path: out });
  else await page.screenshot({ path: out });
  if (errors.length) console.error('console errors:', errors);
} finally {
  await browser.close();
  await server.close();
}
