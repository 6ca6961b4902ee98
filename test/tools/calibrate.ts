/**
 * `npm run calibrate`: runs the light-transport reference's calibration jobs (src/model/light/
 * calibrate.ts) on two processes and writes src/model/light/tables.ts, the tables the renderer
 * draws deposits and hair with. Seeded: the same command writes the same file.
 *   --quick        a tenth of the packets (to try the pipeline; do not commit its tables)
 *   --only=KIND    rerun one kind of job (kernel, field, hair, skin) and keep the others' results
 *                  from the committed tables
 *   --render-only  rewrite src/model/light/render-tables.ts from the committed tables
 * It also writes src/model/light/render-tables.ts: the few figures the app draws with (the page
 * loads that, not the whole tables with their errors and fits).
 */
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CALIBRATED_TONES,
  FIELD_BALL_DIAMETER_MM,
  FIELD_DENSITY_PER_MM2,
  FIELD_DEPTH_MM,
  HAIR_EUMELANIN,
  KERNEL_DEPTHS_MM,
  depositField,
  depositKernel,
  hairField,
  renderTables,
  skinColour,
  skinOfTone,
} from '../../src/model/light/calibrate.ts';
import { FOLLICULAR_UNITS_PER_CM2, HAIRS_PER_UNIT_SHARES, SHAFT_DIAMETER_MM } from '../../src/model/hair.ts';
import { LIGHT_TABLES } from '../../src/model/light/tables.ts';

/** Packets a wavelength, per kind of job. */
export const CALIBRATION_PHOTONS = { kernel: 60_000, field: 8_000, hair: 4_000, skin: 40_000 } as const;
export const FOLLICLES = {
  unitsPerMm2: FOLLICULAR_UNITS_PER_CM2 / 100,
  hairsPerUnitShares: HAIRS_PER_UNIT_SHARES,
  shaftDiameterMm: SHAFT_DIAMETER_MM,
  depthMm: 3,
} as const;

type Job =
  | { kind: 'kernel'; tone: 3 | 6; depth: number }
  | { kind: 'field'; tone: 3 | 6 }
  | { kind: 'hair'; tone: 3 | 6; hair: keyof typeof HAIR_EUMELANIN }
  | { kind: 'skin'; tone: 3 | 6 };

/** Seeds fixed per job, so a job's result does not depend on which others ran. */
function runJob(job: Job, scale: number): unknown {
  const p = (n: number) => Math.max(400, Math.round(n * scale));
  const skin = skinOfTone(job.tone);
  switch (job.kind) {
    case 'kernel':
      return depositKernel(skin, job.depth, p(CALIBRATION_PHOTONS.kernel), 10_000 * job.tone + Math.round(job.depth * 100));
    case 'field':
      return depositField(skin, p(CALIBRATION_PHOTONS.field), 20_000 * job.tone);
    // The same seed (and follicles) for every hair colour: only the shafts' absorption differs, so
    // darker hair comes out darker exactly, whatever the counting noise of the field itself.
    case 'hair':
      return hairField(skin, FOLLICLES, HAIR_EUMELANIN[job.hair], p(CALIBRATION_PHOTONS.hair), 30_000 * job.tone);
    case 'skin':
      return skinColour(skin, p(CALIBRATION_PHOTONS.skin), 40_000 * job.tone);
  }
}

function jobs(): Job[] {
  const out: Job[] = [];
  for (const tone of CALIBRATED_TONES) {
    for (const hair of Object.keys(HAIR_EUMELANIN) as Array<keyof typeof HAIR_EUMELANIN>) out.push({ kind: 'hair', tone, hair });
    for (const depth of KERNEL_DEPTHS_MM) out.push({ kind: 'kernel', tone, depth });
    out.push({ kind: 'field', tone }, { kind: 'skin', tone });
  }
  return out;
}

const round = (_k: string, v: unknown): unknown => (typeof v === 'number' ? Number(v.toPrecision(5)) : v);

function writeRenderTables(t: typeof LIGHT_TABLES): void {
  const file = fileURLToPath(new URL('../../src/model/light/render-tables.ts', import.meta.url));
  const three = (_k: string, v: unknown): unknown => (typeof v === 'number' ? Number(v.toPrecision(3)) : v);
  writeFileSync(
    file,
    `/**
 * Written by \`npm run calibrate\` from src/model/light/tables.ts: the figures the app draws with
 * (every calibrated Monk tone), to three significant digits (test/unit/light-tables.test.ts holds them to the tables).
 * Do not edit.
 */
export const LIGHT_RENDER = ${JSON.stringify(renderTables(t), three)} as const;
`,
  );
  console.log(`wrote ${file}`);
}

async function main(): Promise<void> {
  const scale = process.argv.includes('--quick') ? 0.1 : 1;
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const list = jobs();
  const results: unknown[] = new Array(list.length);
  // The committed result of a job, for --only.
  const committed = (j: Job): unknown => {
    const t = LIGHT_TABLES.tones.find((x) => x.tone === j.tone)!;
    if (j.kind === 'kernel') return t.kernels.find((k) => k.depthMm === j.depth);
    if (j.kind === 'field') return t.depositField;
    if (j.kind === 'hair') return t.hair[j.hair];
    return t.skin;
  };
  if (only)
    list.forEach((j, i) => {
      if (j.kind !== only) results[i] = committed(j);
    });
  const started = Date.now();
  let next = 0;
  const worker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const child = fork(fileURLToPath(import.meta.url), ['--child', String(scale)], { execArgv: process.execArgv });
      const give = (): void => {
        while (next < list.length && results[next] !== undefined) next++;
        if (next >= list.length) {
          child.send({ done: true });
          return;
        }
        const i = next++;
        child.send({ i, job: list[i] });
      };
      child.on('message', (m: { i: number; result: unknown }) => {
        results[m.i] = m.result;
        console.log(`${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${JSON.stringify(list[m.i])}`);
        give();
      });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a calibration process exited with ${code}`))));
      give();
    });
  await Promise.all([worker(), worker()]);
  const pick = <T>(f: (j: Job) => boolean): Array<[Job, T]> => list.map((j, i) => [j, results[i] as T] as [Job, T]).filter(([j]) => f(j));
  const tables = {
    photons: only
      ? { ...LIGHT_TABLES.photons, [only]: Math.max(400, Math.round(CALIBRATION_PHOTONS[only as keyof typeof CALIBRATION_PHOTONS] * scale)) }
      : Object.fromEntries(Object.entries(CALIBRATION_PHOTONS).map(([k, v]) => [k, Math.max(400, Math.round(v * scale))])),
    field: { densityPerMm2: FIELD_DENSITY_PER_MM2, ballDiameterMm: FIELD_BALL_DIAMETER_MM, depthMm: FIELD_DEPTH_MM },
    tones: CALIBRATED_TONES.map((tone) => ({
      tone,
      skin: pick((j) => j.kind === 'skin' && j.tone === tone)[0]![1],
      kernels: pick((j) => j.kind === 'kernel' && j.tone === tone).map(([, r]) => r),
      depositField: pick((j) => j.kind === 'field' && j.tone === tone)[0]![1],
      hair: Object.fromEntries(pick((j) => j.kind === 'hair' && j.tone === tone).map(([j, r]) => [(j as { hair: string }).hair, r])),
    })),
  };
  const file = fileURLToPath(new URL('../../src/model/light/tables.ts', import.meta.url));
  writeFileSync(
    file,
    `/**
 * Written by \`npm run calibrate\` (test/tools/calibrate.ts) from the light-transport reference
 * (src/model/light/calibrate.ts): do not edit by hand. Linear sRGB under diffuse D65, per channel
 * R, G, B; kernels per unit of opaque ink area; transmittances relative to the same skin.
 */
export const LIGHT_TABLES = ${JSON.stringify(tables, round, 2)} as const;
`,
  );
  console.log(`wrote ${file} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  writeRenderTables(tables as unknown as typeof LIGHT_TABLES);
}

if (process.argv.includes('--render-only')) {
  writeRenderTables(LIGHT_TABLES);
} else if (process.argv.includes('--child')) {
  const scale = Number(process.argv[process.argv.indexOf('--child') + 1]);
  process.on('message', (m: { done?: boolean; i: number; job: Job }) => {
    if (m.done) process.exit(0);
    process.send!({ i: m.i, result: runJob(m.job, scale) });
  });
} else {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
