/**
 * Which Chromium the browser tests, the benchmark and the tools drive. In order:
 * 1. CHROMIUM_PATH, when set (any Chromium or Chrome);
 * 2. a system Chromium (Debian's /usr/bin/chromium and the usual names);
 * 3. the Chromium inside the npm package @sparticuz/chromium (a brotli-packed headless shell with
 *    SwiftShader), unpacked once into node_modules/.cache, so `npm install && npm test` needs
 *    nothing but Node: no apt step, no download from outside the npm registry.
 * The package's own argument list is not used (it carries --single-process and
 * --disable-web-security, which would hollow out the offline and CSP tests): CHROMIUM_ARGS are.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';

export interface ChromiumChoice {
  path: string;
  source: ChromiumSource;
  /** Environment the browser needs beyond the parent's (fonts for the packaged one). */
  env: Record<string, string>;
}

const ROOT = resolve(import.meta.dirname, '../..');
const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const PACKAGE = '@sparticuz/chromium';

function packageDir(): string {
  return join(ROOT, 'node_modules', ...PACKAGE.split('/'));
}

/**
 * Unpacks the package's Chromium into node_modules/.cache/smp-chromium/<version>. The package
 * unpacks into os.tmpdir(); pointing TMPDIR at a fresh staging folder and renaming it into place
 * when complete means a run that was killed half-way, or two runs at once, never leave a
 * truncated browser behind.
 */
async function unpackPackaged(): Promise<ChromiumChoice> {
  const pkgJson = join(packageDir(), 'package.json');
  if (!existsSync(pkgJson)) {
    throw new Error(`No Chromium found: set CHROMIUM_PATH, install a system Chromium, or run \`npm install\` (the dev dependency ${PACKAGE} carries one).`);
  }
  const version = (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version;
  const cache = join(ROOT, 'node_modules', '.cache', 'smp-chromium');
  const dir = join(cache, version);
  const path = join(dir, 'chromium');
  if (!existsSync(path)) {
    const staging = join(cache, `staging-${process.pid}-${Date.now()}`);
    mkdirSync(staging, { recursive: true });
    const before = process.env['TMPDIR'];
    process.env['TMPDIR'] = staging;
    try {
      const { default: packaged } = (await import(PACKAGE)) as { default: { executablePath(): Promise<string> } };
      const unpacked = await packaged.executablePath();
      if (resolve(unpacked) !== resolve(staging, 'chromium')) throw new Error(`${PACKAGE} unpacked to ${unpacked}, not ${staging}`);
    } finally {
      if (before === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = before;
    }
    try {
      renameSync(staging, dir);
    } catch {
      // Another run finished first: its copy is complete, ours goes.
      rmSync(staging, { recursive: true, force: true });
    }
  }
  // The package's fonts.conf names Lambda's folders; a machine without fontconfig's own
  // configuration gets one that names the fonts unpacked beside the browser.
  const env: Record<string, string> = {};
  if (!existsSync('/etc/fonts/fonts.conf')) {
    const conf = join(dir, 'smp-fonts.conf');
    if (!existsSync(conf)) {
      writeFileSync(
        conf,
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(dir, 'fonts')}</dir>\n  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
      );
    }
    env['FONTCONFIG_FILE'] = conf;
  }
  return { path, source: PACKAGE, env };
}

let chosen: Promise<ChromiumChoice> | undefined;

/** The Chromium to drive (see the order above); unpacks the packaged one on first use. */
export function chooseChromium(): Promise<ChromiumChoice> {
  chosen ??= (async (): Promise<ChromiumChoice> => {
    const fromEnv = process.env['CHROMIUM_PATH'];
    if (fromEnv) {
      if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
      return { path: fromEnv, source: 'CHROMIUM_PATH', env: {} };
    }
    const system = SYSTEM_CHROMIUMS.find((p) => existsSync(p));
    if (system) return { path: system, source: 'system', env: {} };
    return unpackPackaged();
  })();
  return chosen;
}
