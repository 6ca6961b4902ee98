/**
 * Screenshots of the built app for looking at (and for the README):
 *   tsx test/tools/screenshot.ts out.png 'query' [w h [css selector: only that element]]
 */
import { launch, openApp, serveDist, waitForScene, settle } from '../browser/harness.ts';

const [out = 'shot.png', query = '', w = '1280', h = '720', selector] = process.argv.slice(2);
const server = await serveDist();
const browser = await launch();
try {
  const { page, errors } = await openApp(browser, server.url, query.startsWith('?') || query === '' ? query : `?${query}`, { width: Number(w), height: Number(h) });
  await waitForScene(page);
  await settle(page);
  if (selector) await page.locator(selector).screenshot({ path: out });
  else await page.screenshot({ path: out });
  if (errors.length) console.error('console errors:', errors);
} finally {
  await browser.close();
  await server.close();
}
