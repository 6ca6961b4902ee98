import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Shaders ship without their comments and indentation (the build only; `npm start` keeps them):
 * about 3 KB of gzip in the first view's budget. Lines are kept, so preprocessor directives stay
 * whole.
 */
export function minifyGlsl(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, '').replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
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
export default defineConfig({
  base: './',
  plugins: [react(), glsl()],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
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
        },
      },
    ],
  },
});
