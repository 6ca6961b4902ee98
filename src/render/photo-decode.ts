/**
 * The page's side of the photo decoder (src/render/photo-decode.worker.ts): one worker per photo,
 * ended when it answers. What went wrong comes back as a fact the interface words.
 */
import type { PhotoProblem } from '../state/photo-store.ts';

/** The longest side a photo is kept at: within every WebGL 2 GPU we target, and sharper than any screen shows it. */
export const PHOTO_MAX_SIDE_PX = 4096;

export interface DecodeRequest {
  blob: Blob;
  maxSidePx: number;
}

export type DecodeReply =
  | { ok: true; bitmap: ImageBitmap; widthPx: number; heightPx: number; sourceWidthPx: number; sourceHeightPx: number }
  | { ok: false; problem: Extract<PhotoProblem, 'not-image' | 'heic' | 'corrupt' | 'too-small'> };

/** What a file's first bytes say it is (its name and type may say otherwise): null when not an image we know. */
export function sniffImage(b: Uint8Array): 'jpeg' | 'png' | 'webp' | 'gif' | 'bmp' | 'avif' | 'heic' | null {
  const ascii = (from: number, to: number): string => String.fromCharCode(...b.subarray(from, to));
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 2) === 'BM') return 'bmp';
  if (ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'heic';
  }
  return null;
}

/** Decodes a photo off the main thread. */
export function decodePhoto(blob: Blob, maxSidePx = PHOTO_MAX_SIDE_PX): Promise<DecodeReply> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./photo-decode.worker.ts', import.meta.url), { type: 'module', name: 'photo' });
    } catch {
      resolve({ ok: false, problem: 'corrupt' });
      return;
    }
    const done = (r: DecodeReply): void => {
      worker.terminate();
      resolve(r);
    };
    worker.onmessage = (e: MessageEvent<DecodeReply>) => done(e.data);
    worker.onerror = () => done({ ok: false, problem: 'corrupt' });
    worker.postMessage({ blob, maxSidePx } satisfies DecodeRequest);
  });
}
