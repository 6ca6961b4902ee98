/**
 * One browser and one static server per test file, and `open`: the app at a query, drawn and settled.
 * Call at the top of a browser test file (it registers the file's beforeAll/afterAll).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp, serveDist, settle, waitForScene } from './harness.ts';

export function browserSession(defaultViewport = { width: 1280, height: 720 }) {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser(): Browser {
      return browser!;
    },
    get url(): string {
      return server!.url;
    },
    async open(query: string, viewport = defaultViewport, initScript = '') {
      const opened = await openApp(browser!, server!.url, query, viewport, initScript);
      await waitForScene(opened.page);
      await settle(opened.page);
      return opened;
    },
  };
}
