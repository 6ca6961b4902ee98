/**
 * What photo mode does with files (issue 15): a photo from the picker, a drop, a paste or the camera
 * is decoded off the main thread; the sample comes from the app's own files; a kept photo comes back
 * from this device's storage and is kept up to date while "keep" is on.
 */
import { PHOTO_MAX_SIDE_PX, decodePhoto } from '../../render/photo-decode.ts';
import { type PhotoMarks, photoStore } from '../../state/photo-store.ts';
import { type KeptPhoto, deleteKeptPhoto, hasKeptPhoto, keepPhoto, loadKeptPhoto } from '../../state/photo-keep.ts';
import { exposeForScripts } from '../../expose.ts';

// Scripts (the browser tests) read what photo mode holds through the same hand-over as the rest.
exposeForScripts('photo', photoStore);

/** Decodes a file and shows it; its problem (not an image, HEIC, damaged) is put in the store instead. */
export async function importPhoto(blob: Blob, name: string, extra: { sample?: boolean; marks?: PhotoMarks; round?: boolean } = {}): Promise<boolean> {
  const st = photoStore.getState();
  st.set({ busy: true, problem: null });
  const r = await decodePhoto(blob, Math.min(PHOTO_MAX_SIDE_PX, st.gpuMaxSidePx));
  if (!r.ok) {
    photoStore.getState().set({ busy: false, problem: r.problem });
    return false;
  }
  photoStore.getState().setImage(
    {
      bitmap: r.bitmap,
      widthPx: r.widthPx,
      heightPx: r.heightPx,
      name,
      sample: extra.sample === true,
      sourceWidthPx: r.sourceWidthPx,
      sourceHeightPx: r.sourceHeightPx,
    },
    extra.marks,
  );
  if (extra.round !== undefined) photoStore.getState().set({ round: extra.round });
  sourceBlobs.set(r.bitmap, blob);
  return true;
}

/** The sample "photo": the app's own head rendered without SMP (test/tools/sample-photo.ts made it), with its marks. */
export async function loadSample(): Promise<boolean> {
  const base = import.meta.env.BASE_URL;
  const [image, marks] = await Promise.all([fetch(`${base}sample/top.jpg`), fetch(`${base}sample/top.json`)]);
  if (!image.ok || !marks.ok) {
    photoStore.getState().set({ problem: 'corrupt' });
    return false;
  }
  return importPhoto(await image.blob(), '', { sample: true, marks: (await marks.json()) as PhotoMarks, round: true });
}

// The file each shown photo came from, so "keep" stores what was shown without encoding it again
// when it was small enough to be shown as it is.
const sourceBlobs = new WeakMap<ImageBitmap, Blob>();

async function shownBlob(bitmap: ImageBitmap, sourceWidthPx: number): Promise<Blob> {
  const source = sourceBlobs.get(bitmap);
  if (source && sourceWidthPx === bitmap.width) return source;
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
}

let saving: Promise<void> = Promise.resolve();
let timer = 0;

/** Stores the current photo and marks now (while "keep" is on). */
async function saveNow(): Promise<void> {
  const s = photoStore.getState();
  if (!s.kept || !s.image) return;
  const kept: KeptPhoto = {
    blob: await shownBlob(s.image.bitmap, s.image.sourceWidthPx),
    name: s.image.name,
    sample: s.image.sample,
    sourceWidthPx: s.image.sourceWidthPx,
    sourceHeightPx: s.image.sourceHeightPx,
    marks: s.marks,
    round: s.round,
  };
  try {
    await keepPhoto(kept);
  } catch {
    photoStore.getState().set({ kept: false, problem: 'keep-failed' });
  }
}

/** Keep on: stored at once, then again a moment after each change. Keep off: deleted from the device. */
export function setKeep(on: boolean): Promise<void> {
  photoStore.getState().set({ kept: on });
  saving = saving.then(() => (on ? saveNow() : deleteKeptPhoto()));
  exposeForScripts('photoSaving', saving);
  return saving;
}

/** Follows the store while photo mode is open: changes to a kept photo are stored too. Returns the unsubscribe. */
export function followKeep(): () => void {
  const off = photoStore.subscribe((s, prev) => {
    if (!s.kept || (s.marks === prev.marks && s.image === prev.image && s.round === prev.round && s.kept === prev.kept)) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      saving = saving.then(saveNow);
      exposeForScripts('photoSaving', saving);
    }, 400);
  });
  return () => {
    window.clearTimeout(timer);
    off();
  };
}

/** Opens what was kept on this device, if anything was. */
export async function openKept(): Promise<boolean> {
  if (!(await hasKeptPhoto())) return false;
  const k = await loadKeptPhoto();
  if (!k) return false;
  const ok = await importPhoto(k.blob, k.name, { sample: k.sample, marks: k.marks, round: k.round });
  if (ok) photoStore.getState().set({ kept: true });
  return ok;
}
