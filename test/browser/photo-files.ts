/**
 * Photos made in the tests (issue 15): PNGs written here byte by byte (zlib is Node's), and an EXIF
 * orientation block spliced into a JPEG the browser encoded. No photo of a person is needed.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const v of b) c = CRC_TABLE[(c ^ v) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** An RGB PNG of width × height whose row y is given by `row(y, out)` (out: width × 3 bytes to fill). */
export function png(width: number, height: number, row: (y: number, out: Uint8Array) => void): Buffer {
  const stride = 1 + width * 3;
  const raw = Buffer.alloc(stride * height);
  const line = new Uint8Array(width * 3);
  for (let y = 0; y < height; y++) {
    row(y, line);
    raw[y * stride] = 0; // no filter
    raw.set(line, y * stride + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** sRGB byte of a linear value. */
export function srgbByte(linear: number): number {
  const v = Math.min(1, Math.max(0, linear));
  return Math.round(255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055));
}

export interface SyntheticPhoto {
  bytes: Buffer;
  width: number;
  height: number;
  /** The scale bar: its ends (pixels) and its length. */
  bar: { a: [number, number]; b: [number, number]; lengthMm: number };
  /** The skin ellipse (pixels). */
  skin: { cx: number; cy: number; rx: number; ry: number };
}

/**
 * A top "photo" made for the tests: a skin-coloured ellipse of uniform colour `skinLinear` (linear
 * RGB) on a grey ground, with a black scale bar of known length below it. `mmPerPx` sets the bar.
 */
export function syntheticPhoto(skinLinear: readonly [number, number, number], mmPerPx = 0.1, width = 1600, height = 1200): SyntheticPhoto {
  const skin = { cx: width / 2, cy: height * 0.45, rx: width * 0.4, ry: height * 0.38 };
  const lengthMm = 50;
  const barPx = lengthMm / mmPerPx;
  const bar = { a: [width / 2 - barPx / 2, height * 0.92] as [number, number], b: [width / 2 + barPx / 2, height * 0.92] as [number, number], lengthMm };
  const sk = skinLinear.map(srgbByte);
  const bytes = png(width, height, (y, out) => {
    for (let x = 0; x < width; x++) {
      const u = (x - skin.cx) / skin.rx,
        v = (y - skin.cy) / skin.ry;
      let c: readonly number[] = [128, 130, 134];
      if (u * u + v * v <= 1) c = sk;
      else if (Math.abs(y - bar.a[1]) <= 4 && x >= bar.a[0] && x <= bar.b[0]) c = [10, 10, 10];
      out[x * 3] = c[0]!;
      out[x * 3 + 1] = c[1]!;
      out[x * 3 + 2] = c[2]!;
    }
  });
  return { bytes, width, height, bar, skin };
}

/**
 * A JPEG with an EXIF block that says orientation `o` (1–8), spliced in after the start-of-image
 * marker: the APP1 segment "Exif\0\0" + a big-endian TIFF header + one IFD entry (0x0112, SHORT).
 */
export function withExifOrientation(jpeg: Buffer, o: number): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  const tiff = Buffer.from([
    0x4d,
    0x4d,
    0x00,
    0x2a,
    0x00,
    0x00,
    0x00,
    0x08, // "MM", 42, IFD at 8
    0x00,
    0x01, // one entry
    0x01,
    0x12,
    0x00,
    0x03,
    0x00,
    0x00,
    0x00,
    0x01,
    0x00,
    o,
    0x00,
    0x00, // Orientation, SHORT, 1, value
    0x00,
    0x00,
    0x00,
    0x00, // no next IFD
  ]);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const seg = Buffer.alloc(4);
  seg[0] = 0xff;
  seg[1] = 0xe1;
  seg.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), seg, body, jpeg.subarray(2)]);
}
