import { crc32, inflateSync } from 'node:zlib';

/** A decoded 8-bit truecolour PNG, RGBA whatever the stored colour type. */
export interface DecodedPng {
  width: number;
  height: number;
  colorType: number;
  chunks: string[];
  /** Pixels per metre from pHYs, or null. */
  ppm: number | null;
  rgba: Uint8Array;
}

/**
 * An independent PNG reader for tests: checks the signature and every chunk's CRC, inflates the
 * IDAT stream and undoes all five scanline filters (not just the one the encoder uses).
 */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('bad signature');
  const chunks: string[] = [];
  const idat: Buffer[] = [];
  let width = 0,
    height = 0,
    colorType = -1,
    ppm: number | null = null;
  for (let at = 8; at < b.length;) {
    const len = b.readUInt32BE(at);
    const type = b.subarray(at + 4, at + 8).toString('latin1');
    const body = b.subarray(at + 8, at + 8 + len);
    if (crc32(b.subarray(at + 4, at + 8 + len)) >>> 0 !== b.readUInt32BE(at + 8 + len)) throw new Error(`bad CRC in ${type}`);
    chunks.push(type);
    if (type === 'IHDR') {
      [width, height, colorType] = [body.readUInt32BE(0), body.readUInt32BE(4), body[9]!];
      if (body[8] !== 8 || body[10] !== 0 || body[11] !== 0 || body[12] !== 0) throw new Error('unsupported IHDR');
    } else if (type === 'pHYs') {
      if (body[8] === 1 && body.readUInt32BE(0) === body.readUInt32BE(4)) ppm = body.readUInt32BE(0);
    } else if (type === 'IDAT') idat.push(body);
    at += 12 + len;
  }
  if (chunks[0] !== 'IHDR' || chunks.at(-1) !== 'IEND') throw new Error(`bad chunk order ${chunks.join(',')}`);
  const bpp = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
  if (!bpp) throw new Error(`colour type ${colorType}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  if (raw.length !== height * (stride + 1)) throw new Error('wrong IDAT length');
  const px = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= bpp ? px[y * stride + i - bpp]! : 0;
      const up = y > 0 ? px[(y - 1) * stride + i]! : 0;
      const c = y > 0 && i >= bpp ? px[(y - 1) * stride + i - bpp]! : 0;
      const p = a + up - c;
      const pred = [
        0,
        a,
        up,
        (a + up) >> 1,
        Math.abs(p - a) <= Math.abs(p - up) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - up) <= Math.abs(p - c) ? up : c,
      ][f];
      if (pred === undefined) throw new Error(`filter ${f}`);
      px[y * stride + i] = (x + pred) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    for (let k = 0; k < 3; k++) rgba[i * 4 + k] = px[i * bpp + k]!;
    rgba[i * 4 + 3] = bpp === 4 ? px[i * 4 + 3]! : 255;
  }
  return { width, height, colorType, chunks, ppm, rgba };
}
