/** Camera presets: where the camera stands and what it looks at, in head millimetres. */
import { type HeadShape, type Vec3, DEFAULT_HEAD, chartToSurface, headNormal, angleToChartRadius } from '../model/index.ts';
import type { ViewName } from '../state/sim-state.ts';

export interface CameraPreset {
  position: Vec3;
  target: Vec3;
}

const HEAD_TARGET: Vec3 = [0, 12, 0];
const DISTANCE_MM = 640;

/** A spot of scalp just behind the front hairline, where a client looks first. */
function closeupPreset(shape: HeadShape): CameraPreset {
  const rho = angleToChartRadius((28 * Math.PI) / 180);
  const p = chartToSurface(0.25 * rho, 0.97 * rho, shape);
  const n = headNormal(p, shape);
  const d = 46; // mm: about 6 cm² of scalp fills a 16:9 screen at a 28° field of view
  return { position: [p[0] + n[0] * d, p[1] + n[1] * d, p[2] + n[2] * d], target: p };
}

export function cameraPreset(view: ViewName, shape: HeadShape = DEFAULT_HEAD): CameraPreset {
  const t = HEAD_TARGET;
  switch (view) {
    case 'front':
      return { position: [0, 290, DISTANCE_MM * 0.88], target: [0, 20, 0] };
    case 'top':
      return { position: [0, DISTANCE_MM, 150], target: [0, 40, -10] };
    case 'left':
      return { position: [DISTANCE_MM, 170, 20], target: t };
    case 'right':
      return { position: [-DISTANCE_MM, 170, 20], target: t };
    case 'back':
      return { position: [0, 220, -DISTANCE_MM * 0.95], target: t };
    case 'closeup':
      return closeupPreset(shape);
    case 'oblique':
      // Three-quarters from above the brow: the hairline, the top and the crown in one view.
      return { position: [DISTANCE_MM * 0.4, DISTANCE_MM * 0.72, DISTANCE_MM * 0.52], target: [0, 35, -5] };
  }
}

export const CAMERA_FOV_DEG = 28;
