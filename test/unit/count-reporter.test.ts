/**
 * The closing line CI reads counts a test file that fails to load or to set up as failed (its tests
 * never ran; vitest itself reports them skipped), and a test filtered out as skipped, not failed.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const run = (...args: string[]): string => {
  const r = spawnSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'test/fixtures/reporter/vitest.config.ts', ...args],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
  );
  return (r.stdout + r.stderr).trim().split('\n').at(-1) ?? '';
};

describe('the closing count line', () => {
  it('counts a file that fails to set up or to load as failed', () => {
    // set-up fails: 2 tests; load fails: the file; mixed: 1 failed, 2 passed, 1 skipped
    expect(run()).toBe('2 passed, 4 failed, 1 skipped');
  }, 60_000);

  it('counts tests filtered out as skipped', () => {
    expect(run('mixed', '-t', 'passes too')).toBe('1 passed, 0 failed, 3 skipped');
  }, 60_000);
});
