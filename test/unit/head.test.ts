import { describe, expect, it } from 'vitest';
import { buildHeadMesh, headSdfXyz, headRadiusMm, chartToDirection, directionToChart, buildEarMesh } from '../../src/model/index.ts';

/** Length of the outline of the horizontal section at height y, around a vertical axis. */
function circumferenceMm(y: number): number {
  let c = 0;
  let prev: [number, number] | null = null;
  for (let k = 0; k <= 720; k++) {
    const a = (k / 720) * 2 * Math.PI;
    let lo = 0,
      hi = 200;
    for (let s = 0; s < 40; s++) {
      const m = (lo + hi) / 2;
      if (headSdfXyz(Math.sin(a) * m, y, -5 + Math.cos(a) * m) < 0) lo = m;
      else hi = m;
    }
    const p: [number, number] = [Math.sin(a) * lo, Math.cos(a) * lo];
    if (prev) c += Math.hypot(p[0] - prev[0], p[1] - prev[1]);
    prev = p;
  }
  return c;
}

describe('head', () => {
  const mesh = buildHeadMesh(48);

  it('has adult proportions: length ≈ 195 mm, breadth ≈ 155 mm, circumference ≈ 570 mm', () => {
    let minZ = Infinity,
      maxZ = -Infinity,
      minX = Infinity,
      maxX = -Infinity,
      minY = Infinity,
      maxY = -Infinity;
    for (let i = 0; i < mesh.positions.length; i += 3) {
      const x = mesh.positions[i]!,
        y = mesh.positions[i + 1]!,
        z = mesh.positions[i + 2]!;
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
      if (y > 20 && y < 60) {
        minZ = Math.min(minZ, z);
        maxZ = Math.max(maxZ, z);
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
      }
    }
    expect(maxZ - minZ).toBeGreaterThan(185);
    expect(maxZ - minZ).toBeLessThan(205);
    expect(maxX - minX).toBeGreaterThan(148);
    expect(maxX - minX).toBeLessThan(162);
    const circ = Math.max(circumferenceMm(20), circumferenceMm(30));
    expect(circ).toBeGreaterThan(550);
    expect(circ).toBeLessThan(590);
    expect(maxY - minY).toBeGreaterThan(300); // vertex to the cut of the neck
  });

  it('mesh vertices lie on the skin and normals are unit length, with no NaN', () => {
    for (let i = 0; i < mesh.positions.length; i += 3 * 17) {
      const d = headSdfXyz(mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!);
      expect(Math.abs(d)).toBeLessThan(0.05);
      const n = Math.hypot(mesh.normals[i]!, mesh.normals[i + 1]!, mesh.normals[i + 2]!);
      expect(Math.abs(n - 1)).toBeLessThan(1e-4);
    }
    const ear = buildEarMesh(1);
    expect(ear.positions.every(Number.isFinite)).toBe(true);
  });

  it('the chart maps directions and back exactly, and the scalp radius is plausible', () => {
    for (const [x, y] of [
      [0, 0],
      [0.5, -0.3],
      [-1.1, 0.4],
      [0.9, 0.9],
    ] as const) {
      const [x2, y2] = directionToChart(chartToDirection(x, y));
      expect(x2).toBeCloseTo(x, 9);
      expect(y2).toBeCloseTo(y, 9);
    }
    const r = headRadiusMm(chartToDirection(0, 0));
    expect(r).toBeGreaterThan(80);
    expect(r).toBeLessThan(130);
  });
});
