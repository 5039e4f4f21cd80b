import { crc32, deflateSync } from 'node:zlib';

/** An RGBA image: `data` holds width × height × 4 bytes, rows top to bottom, not premultiplied. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, body: Buffer): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  body.copy(out, 8);
  // CRC-32 over type and data (the same zlib CRC the zip writer uses).
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)) >>> 0, 8 + body.length);
  return out;
}

/**
 * Every scanline with filter 2 (Up: the difference from the row above). Charts are flat colour
 * in horizontal bands, so this deflates as well as adaptive filtering (measured: within 2%) at a
 * fraction of the time.
 */
function filtered(src: Uint8Array, width: number, height: number, bpp: number): Buffer {
  const stride = width * bpp;
  const out = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const at = y * (stride + 1);
    const row = y * stride;
    out[at] = 2;
    if (y === 0) for (let i = 0; i < stride; i++) out[at + 1 + i] = src[i]!;
    else for (let i = 0; i < stride; i++) out[at + 1 + i] = (src[row + i]! - src[row - stride + i]!) & 0xff;
  }
  return out;
}

/**
 * Encodes a PNG: 8-bit truecolour (RGB when every pixel is opaque, else RGBA), the Up filter,
 * one zlib IDAT, and a pHYs chunk so Word and LibreOffice know the intended size
 * (at 192 DPI a 2× raster of a 96-DPI chart prints at its natural size, sharp).
 */
export function encodePng(img: RgbaImage, dpi = 192): Uint8Array {
  const { width, height, data } = img;
  if (width < 1 || height < 1 || data.length !== width * height * 4) throw new Error(`bad image size ${width}×${height}`);
  let opaque = true;
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) { opaque = false; break; }
  let pixels = data;
  if (opaque) {
    pixels = new Uint8Array(width * height * 3);
    for (let i = 0, j = 0; i < data.length; i += 4, j += 3) {
      pixels[j] = data[i]!;
      pixels[j + 1] = data[i + 1]!;
      pixels[j + 2] = data[i + 2]!;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = opaque ? 2 : 6; // colour type: truecolour / truecolour with alpha
  // compression 0, filter method 0, interlace 0
  const phys = Buffer.alloc(9);
  const perMetre = Math.round(dpi / 0.0254);
  phys.writeUInt32BE(perMetre, 0);
  phys.writeUInt32BE(perMetre, 4);
  phys[8] = 1; // unit: metre
  const idat = deflateSync(filtered(pixels, width, height, opaque ? 3 : 4), { level: 6 });
  const out = Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('pHYs', phys), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
