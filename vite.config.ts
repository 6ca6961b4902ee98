import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/**
 * Shaders ship without their comments and indentation (the build only; `npm start` keeps them):
 * about 3 KB of gzip in the first view's budget. Lines are kept, so preprocessor directives stay
 * whole.
 */
export function minifyGlsl(source: string): string {
  return (
    source
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split('\n')
      .map((line) =>
        line
          .replace(/\/\/.*$/, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      // Spaces around punctuation go too, except on preprocessor lines and around + and − (where
      // "a - -b" would become a decrement).
      .map((line) => (line.startsWith('#') ? line : line.replace(/ ?([=*/<>!&|,;:?(){}[\]]) ?/g, '$1')))
      .filter((line) => line.length > 0)
      .join('\n')
  );
}

function glsl(): Plugin {
  return {
    name: 'smp-glsl-minify',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('.glsl?raw')) return null;
      return `export default ${JSON.stringify(minifyGlsl(readFileSync(id.slice(0, -'?raw'.length), 'utf8')))};`;
    },
  };
}

// base './' so the built site works from any static server, at its root or in a folder.
/**
 * Writes dist/sw.js from src/sw-template.js with every file the build produced (and a version
 * hashed from their contents), so the service worker can keep the whole app for offline use.
 */
function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'smp-service-worker',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    closeBundle() {
      const out = resolve(config.root, config.build.outDir);
      const files: string[] = [];
      const walk = (dir: string): void => {
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path);
          else if (name !== 'sw.js') files.push(relative(out, path).split('\\').join('/'));
        }
      };
      walk(out);
      files.sort();
      const hash = createHash('sha256');
      for (const f of files) hash.update(f).update(readFileSync(join(out, f)));
      // './' is the page itself (index.html), which navigations are answered with.
      const list = ['./', ...files.filter((f) => f !== 'index.html').map((f) => `./${f}`)];
      const template = readFileSync(resolve(config.root, 'src/sw-template.js'), 'utf8');
      writeFileSync(join(out, 'sw.js'), template.replace('__VERSION__', hash.digest('hex').slice(0, 16)).replace('__FILES__', JSON.stringify(list)));
    },
  };
}

/**
 * The built page's Content-Security-Policy: everything from this origin only, nothing inline, no
 * eval. (Not in `npm start`: Vite's dev server injects inline scripts.) Styles set from script
 * (React's style props) are not style attributes and need no 'unsafe-inline'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'smp-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

/** What the first view runs: the app's modules but photo mode's own, and the libraries they use. */
const FIRST_VIEW_MODULES =
  /(src\/(?!main\.tsx|ui\/photo\/|ui\/slice\/|model\/slice|model\/light\/(skin|transport|interactions|calibrate)|render\/(PhotoPlane|photo-)|state\/photo-|model\/photo-|ui\/text\/))|shaders\/(?!photo)|node_modules\/(react|react-dom|scheduler|zustand|@react-three|its-fine|suspend-react|use-sync-external-store|simplex-noise)\//;

export default defineConfig({
  base: './',
  plugins: [react(), glsl(), serviceWorker(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    // The two leaves the page and every text table share (days per year; Intl's numbers and
    // plurals) as one small chunk rather than two: one request and ~0.1 KB less in the first view.
    // And the page's own code as one chunk: photo mode (issue 15) loads later and uses much of it,
    // and without this rolldown splits what they share into several chunks (rolldown#10731), which
    // cost the first view ~4 KB of gzip.
    rollupOptions: {
      output: {
        advancedChunks: {
          groups: [
            { name: 'words', test: /src\/(model\/calendar|state\/intl)\.ts/ },
            { name: 'app', test: FIRST_VIEW_MODULES },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  test: {
    reporters: ['default', './test/count-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['test/browser/global-setup.ts'],
        },
      },
    ],
  },
});
