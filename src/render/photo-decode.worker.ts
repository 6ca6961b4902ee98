/// <reference lib="webworker" />
/**
 * Decodes the client's photo off the main thread (issue 15): EXIF orientation honoured, made small
 * enough for the GPU, handed back as an ImageBitmap (transferred, not copied). A 50 MP photo takes
 * seconds to decode and hundreds of megabytes while it does; none of it on the page's thread.
 */
import { type DecodeReply, type DecodeRequest, sniffImage } from './photo-decode.ts';

self.onmessage = async (e: MessageEvent<DecodeRequest>) => {
  const { blob, maxSidePx } = e.data;
  const reply = (r: DecodeReply, transfer: Transferable[] = []): void => self.postMessage(r, { transfer });
  const kind = sniffImage(new Uint8Array(await blob.slice(0, 32).arrayBuffer()));
  if (kind === null) return reply({ ok: false, problem: 'not-image' });
  let full: ImageBitmap;
  try {
    full = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  } catch {
    // HEIC is an image the browser may not decode (most do not); anything else that fails is damaged.
    return reply({ ok: false, problem: kind === 'heic' ? 'heic' : 'corrupt' });
  }
  const sourceWidthPx = full.width,
    sourceHeightPx = full.height;
  if (Math.min(sourceWidthPx, sourceHeightPx) < 64) {
    full.close();
    return reply({ ok: false, problem: 'too-small' });
  }
  const f = Math.min(1, maxSidePx / Math.max(sourceWidthPx, sourceHeightPx));
  let bitmap = full;
  if (f < 1) {
    try {
      bitmap = await createImageBitmap(full, {
        resizeWidth: Math.max(1, Math.round(sourceWidthPx * f)),
        resizeHeight: Math.max(1, Math.round(sourceHeightPx * f)),
        resizeQuality: 'high',
      });
    } finally {
      full.close();
    }
  }
  reply({ ok: true, bitmap, widthPx: bitmap.width, heightPx: bitmap.height, sourceWidthPx, sourceHeightPx }, [bitmap]);
};
