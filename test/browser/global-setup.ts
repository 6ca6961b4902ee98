/**
 * Before any browser test file: chooses and (for the npm package's Chromium) unpacks the browser
 * once, so test files never race to unpack it, and says which browser and version ran.
 */
import { describeBrowser, launch } from './harness.ts';

export default async function setup(): Promise<void> {
  const browser = await launch();
  try {
    const gl = await (await browser.newPage()).evaluate(() => {
      const g = document.createElement('canvas').getContext('webgl2');
      if (!g) return 'no WebGL 2';
      const info = g.getExtension('WEBGL_debug_renderer_info');
      return info ? String(g.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'WebGL 2';
    });
    process.stdout.write(`\nBrowser tests run on ${await describeBrowser(browser)}, ${gl}\n\n`);
  } finally {
    await browser.close();
  }
}
