/**
 * Renders every hair-loss pattern from above and composes them into one labelled picture for the
 * README: tsx test/tools/pattern-grid.ts out.png ['extra=query']
 */
import { launch, openApp, serveDist, settle, waitForScene } from '../browser/harness.ts';

const [out = 'patterns.png', extra = 'years=1&stubble=1&hair=dark-brown'] = process.argv.slice(2);
const patterns = ['norwood=1', 'norwood=2', 'norwood=3', 'norwood=3v', 'norwood=4', 'norwood=5', 'norwood=6', 'norwood=7', 'ludwig=1', 'ludwig=2', 'ludwig=3'];
const label = (q: string): string => {
  const [k, v] = q.split('=') as [string, string];
  return k === 'norwood' ? `Norwood ${v}` : `Ludwig ${['I', 'II', 'III'][Number(v) - 1]}`;
};

const server = await serveDist();
const browser = await launch();
const tiles: string[] = [];
try {
  for (const q of patterns) {
    const { page } = await openApp(browser, server.url, `?view=top&${q}&${extra}`, { width: 900, height: 620 });
    await waitForScene(page);
    await settle(page);
    const canvas = page.locator('canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    const png = await page.screenshot({ clip: { x: box.x + box.width / 2 - 190, y: box.y + 86, width: 380, height: 456 } });
    tiles.push(`<figure><img src="data:image/png;base64,${png.toString('base64')}"><figcaption>${label(q)}</figcaption></figure>`);
    await page.close();
  }
  const page = await browser.newPage({ viewport: { width: 6 * 250, height: 800 } });
  await page.setContent(`<style>body{margin:0;display:grid;grid-template-columns:repeat(6,250px);background:#1d2024;color:#eef0f2;font:600 18px system-ui,sans-serif}
    figure{margin:0}img{width:250px;display:block}figcaption{text-align:center;padding:4px 0 10px}</style>${tiles.join('')}`);
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
  await server.close();
}
