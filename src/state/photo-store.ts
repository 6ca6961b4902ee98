/**
 * The client's photo and what the user marked on it (issue 15): never in a link, never sent
 * anywhere, kept on the device only when asked (src/state/photo-keep.ts). Loaded with photo mode,
 * not with the first view.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { HEAD_SHAPES } from '../model/index.ts';
import type { AreaOp } from '../model/photo-area.ts';
import { type Ellipse, type Point, defaultCrownHeightPx, fitEllipse, mmPerPixel } from '../model/photo-geometry.ts';

/** The head's breadth the scale starts from in a top photo (the average head, src/model/head.ts). */
export const DEFAULT_SCALE_MM = HEAD_SHAPES.average.breadthMm;
/** Limits on the scale: a photo's longer side spans 20 mm to 1 m of skin. */
export const PHOTO_SPAN_MM: readonly [number, number] = [20, 1000];
/** Brush diameter, mm. */
export const BRUSH_MM: readonly [number, number] = [2, 60];
export const DEFAULT_BRUSH_MM = 15;
/** Undo steps kept. */
const HISTORY = 100;

export interface PhotoMarks {
  /** Two points a known length apart. */
  scale: { a: Point; b: Point; lengthMm: number };
  /** Points along the scalp's outline in a top photo: five or more fit the round-scalp correction. */
  outline: readonly Point[];
  /** The treatment area, painted in order. */
  area: readonly AreaOp[];
  /** A few points of a smooth hairline curve across the area: it trims the area to the line (two or more). */
  hairline: readonly Point[];
}

export interface PhotoImage {
  bitmap: ImageBitmap;
  widthPx: number;
  heightPx: number;
  /** The file's name, or '' for the sample. */
  name: string;
  sample: boolean;
  /** Pixels of the file before it was made small enough for the GPU. */
  sourceWidthPx: number;
  sourceHeightPx: number;
}

/** What went wrong with a photo, as facts the interface words ('scale-range' is derived from the marks, never stored). */
export type PhotoProblem = 'not-image' | 'heic' | 'corrupt' | 'too-small' | 'scale-range' | 'keep-failed';

export type PhotoTool = 'brush' | 'eraser' | 'hairline' | 'scale' | 'outline';

export interface PhotoState {
  image: PhotoImage | null;
  marks: PhotoMarks;
  past: readonly PhotoMarks[];
  future: readonly PhotoMarks[];
  tool: PhotoTool;
  brushMm: number;
  /** Whether the round-scalp correction is on (it needs an outline). */
  round: boolean;
  /** Kept on this device (IndexedDB). */
  kept: boolean;
  busy: boolean;
  problem: PhotoProblem | null;
  /** The largest texture side the GPU takes (the picture sets it): photos are made no larger. */
  gpuMaxSidePx: number;
  /** Zoom (1 = the whole photo) about a centre, photo pixels. */
  zoom: number;
  centre: Point;
  setImage: (image: PhotoImage, marks?: PhotoMarks) => void;
  /** A change of the marks that undo can take back. */
  mark: (change: (m: PhotoMarks) => PhotoMarks) => void;
  undo: () => void;
  redo: () => void;
  set: (patch: Partial<Pick<PhotoState, 'tool' | 'brushMm' | 'round' | 'kept' | 'busy' | 'problem' | 'zoom' | 'centre' | 'gpuMaxSidePx'>>) => void;
  clear: () => void;
}

/** Marks for a fresh photo: the scale across its middle at a head's breadth, no outline, no area. */
export function startingMarks(widthPx: number, heightPx: number): PhotoMarks {
  return {
    scale: { a: [widthPx * 0.2, heightPx * 0.5], b: [widthPx * 0.8, heightPx * 0.5], lengthMm: DEFAULT_SCALE_MM },
    outline: [],
    area: [],
    hairline: [],
  };
}

/** Millimetres per photo pixel from the marks, or null when the scale is not usable. */
export function marksMmPerPx(m: PhotoMarks): number | null {
  try {
    return mmPerPixel(m.scale.a, m.scale.b, m.scale.lengthMm);
  } catch {
    return null;
  }
}

/** Whether a scale puts the photo's longer side within PHOTO_SPAN_MM. */
export function scaleInRange(mmPerPx: number, image: { widthPx: number; heightPx: number }): boolean {
  const span = mmPerPx * Math.max(image.widthPx, image.heightPx);
  return span >= PHOTO_SPAN_MM[0] && span <= PHOTO_SPAN_MM[1];
}

/** The outline's ellipse and the crown's height, when the correction is on and five points describe one. */
export function roundScalp(m: PhotoMarks, on: boolean): { outline: Ellipse; heightPx: number } | null {
  if (!on) return null;
  const outline = fitEllipse(m.outline);
  return outline ? { outline, heightPx: defaultCrownHeightPx(outline) } : null;
}

/** Most zoom: a few dots across the view. */
export const MAX_PHOTO_ZOOM = 16;

/** The photo rectangle shown (x0, y0, x1, y1, photo pixels) at a zoom about a centre, kept inside the photo. */
export function photoView(image: { widthPx: number; heightPx: number }, zoom: number, centre: Point): [number, number, number, number] {
  const z = Math.min(MAX_PHOTO_ZOOM, Math.max(1, zoom));
  const w = image.widthPx / z,
    h = image.heightPx / z;
  const x0 = Math.min(image.widthPx - w, Math.max(0, centre[0] - w / 2));
  const y0 = Math.min(image.heightPx - h, Math.max(0, centre[1] - h / 2));
  return [x0, y0, x0 + w, y0 + h];
}

export function createPhotoStore() {
  return createStore<PhotoState>()((set, get) => ({
    image: null,
    marks: startingMarks(1, 1),
    past: [],
    future: [],
    tool: 'brush',
    brushMm: DEFAULT_BRUSH_MM,
    round: true,
    kept: false,
    busy: false,
    problem: null,
    gpuMaxSidePx: 4096,
    zoom: 1,
    centre: [0.5, 0.5],
    setImage: (image, marks) => {
      get().image?.bitmap.close();
      const centre: Point = [image.widthPx / 2, image.heightPx / 2];
      // Marks kept or shipped before a field existed get its empty value.
      const start = startingMarks(image.widthPx, image.heightPx);
      set({ image, marks: marks ? { ...start, ...marks } : start, past: [], future: [], problem: null, busy: false, zoom: 1, centre });
    },
    mark: (change) =>
      set((s) => {
        const next = change(s.marks);
        return next === s.marks ? {} : { marks: next, past: [...s.past, s.marks].slice(-HISTORY), future: [] };
      }),
    undo: () => set((s) => (s.past.length === 0 ? {} : { marks: s.past[s.past.length - 1]!, past: s.past.slice(0, -1), future: [s.marks, ...s.future] })),
    redo: () => set((s) => (s.future.length === 0 ? {} : { marks: s.future[0]!, past: [...s.past, s.marks], future: s.future.slice(1) })),
    set: (patch) => set(patch),
    clear: () => {
      get().image?.bitmap.close();
      set({ image: null, marks: startingMarks(1, 1), past: [], future: [], kept: false, problem: null, busy: false });
    },
  }));
}

export type PhotoStoreApi = ReturnType<typeof createPhotoStore>;

/** The one photo store of the page (created with photo mode). */
export const photoStore: PhotoStoreApi = createPhotoStore();

export function usePhoto<T>(selector: (s: PhotoState) => T): T {
  return useStore(photoStore, selector);
}
