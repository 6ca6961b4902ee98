// Lint: typescript-eslint's recommended rules and React's hooks rules, for the app, its tests and
// its tools. Generated tables and scratch scripts are left out.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-artifacts/', 'test/tools/tmp/', 'src/model/light/tables.ts', 'src/model/light/render-tables.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The service worker's template: a worker's globals, and the build's placeholders.
    files: ['src/sw-template.js'],
    languageOptions: { globals: { self: 'readonly', caches: 'readonly', fetch: 'readonly', URL: 'readonly', Response: 'readonly', __FILES__: 'readonly' } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // an argument a signature requires but the body does not use is named with a leading _
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
