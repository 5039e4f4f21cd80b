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
 * Every scanline with filter 2 (Up: the difference from the row above), written straight from the
 * RGBA buffer (dropping alpha when `bpp` is 3). Charts are flat colour in horizontal bands, so this
 * deflates as well as adaptive filtering (measured: within 2%) at a fraction of the time.
 */
function filtered(src: Uint8Array, width: number, height: number, bpp: number): Buffer {
  const stride = width * bpp;
  const out = Buffer.alloc(height * (stride + 1));
  const above = width * 4;
  for (let y = 0; y < height; y++) {
    let o = y * (stride + 1);
    out[o++] = 2;
    const row = y * above;
    if (y === 0) {
      for (let x = 0; x < width; x++) for (let k = 0; k < bpp; k++) out[o++] = src[x * 4 + k]!;
      continue;
    }
    for (let i = row; i < row + above; i += 4) {
      out[o] = (src[i]! - src[i - above]!) & 0xff;
      out[o + 1] = (src[i + 1]! - src[i + 1 - above]!) & 0xff;
      out[o + 2] = (src[i + 2]! - src[i + 2 - above]!) & 0xff;
      if (bpp === 4) out[o + 3] = (src[i + 3]! - src[i + 3 - above]!) & 0xff;
      o += bpp;
    }
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
  for (let i = 3; i < data.length; i += 4)
    if (data[i] !== 255) {
      opaque = false;
      break;
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
  // Level 3: a tenth larger than level 6 and three times faster, and a report holds several charts.
  const idat = deflateSync(filtered(data, width, height, opaque ? 3 : 4), { level: 3 });
  const out = Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('pHYs', phys), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
