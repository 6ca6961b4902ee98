/**
 * The layers (docs/development.md, "Code layout"): model → state → render → ui, each importing only
 * from the layers below it. `src/expose.ts` (the hand-over to scripts) sits below all of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** "About 300 lines" (issue 14), with room for a docblock. */
const MAX_LINES = 320;

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Every relative import of every .ts/.tsx file under a folder of src/, as [file, target folder]. */
function importsOf(folder: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        walk(path);
        continue;
      }
      if (!/\.tsx?$/.test(e.name)) continue;
      for (const m of readFileSync(path, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
        const target = join(dir, m[1]!);
        // outside src/: the shaders (the render layer's GLSL) or something else, named by its folder
        const to = target.startsWith(SRC) ? target.slice(SRC.length).split('/')[0]! : `../${relative(join(SRC, '..'), target).split('/')[0]}`;
        out.push([path.slice(SRC.length), to]);
      }
    }
  };
  walk(join(SRC, folder));
  return out;
}

const allowed: Record<string, readonly string[]> = {
  model: ['model'],
  state: ['model', 'state'],
  render: ['model', 'state', 'render', 'expose.ts', '../shaders'],
};

describe('the layers', () => {
  it.each(Object.keys(allowed))('%s imports only from the layers below it', (layer) => {
    const wrong = importsOf(layer).filter(([, to]) => !allowed[layer]!.includes(to));
    expect(wrong).toEqual([]);
  });

  it('the model uses no three, React or DOM', () => {
    const bare = importsOf('model');
    expect(bare.length).toBeGreaterThan(20); // the scan sees the files
    for (const f of readdirSync(join(SRC, 'model'), { recursive: true }) as string[]) {
      if (!/\.ts$/.test(f)) continue;
      const text = readFileSync(join(SRC, 'model', f), 'utf8');
      expect(text, f).not.toMatch(/from '(three|react|react-dom|@react-three\/fiber)'/);
      expect(text, f).not.toMatch(/\b(document|window)\./);
    }
  });

  // Rooms small enough to read in one sitting (issue 14): a file that grows past this is split by
  // concern. Generated data (the light tables, written by `npm run calibrate`) is not read, only checked.
  it('no source file in src/ is over about 300 lines', () => {
    const long: string[] = [];
    for (const f of readdirSync(SRC, { recursive: true }) as string[]) {
      if (!/\.tsx?$/.test(f)) continue;
      const text = readFileSync(join(SRC, f), 'utf8');
      if (/do not edit by hand/.test(text.slice(0, 400))) continue;
      const lines = text.split('\n').length;
      if (lines > MAX_LINES) long.push(`${f}: ${lines}`);
    }
    expect(long).toEqual([]);
  });
});
