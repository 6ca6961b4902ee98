/**
 * Before any browser test file: chooses and (for the npm package's Chromium) unpacks the browser
 * once, so test files never race to unpack it, and says which browser and version ran.
 */
import { describeBrowser, launch, webglRenderer } from './harness.ts';

export default async function setup(): Promise<void> {
  const browser = await launch();
  try {
    const gl = await webglRenderer(await browser.newPage());
    process.stdout.write(`\nBrowser tests run on ${await describeBrowser(browser)}, ${gl}\n\n`);
  } finally {
    await browser.close();
  }
}
