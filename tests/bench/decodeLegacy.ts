// Reading a file that is not UTF-8: detection scores the first 64 KB in eight encodings, then the
// whole file is decoded once. A UTF-8 file pays for listing which legacy encodings could read it.
import { decodeText } from '../../main/formats/text/decode';
import { encodeWithPython, SAMPLES } from '../fixtures/encodingSamples';

/** `text` repeated to about `bytes` in UTF-8. */
const about = (text: string, bytes: number) => text.repeat(Math.ceil(bytes / Buffer.byteLength(text)));

/** Median ms of decodeText on ~1 MB files: Croatian Windows-1250, Chinese GBK, and UTF-8 for comparison. */
export async function benchDecodeLegacy(
  median: (runs: number, fn: () => unknown) => Promise<number>,
): Promise<{ scale: string; ms: number }[]> {
  const files = {
    'Windows-1250 Croatian, 1 MB': encodeWithPython(about(SAMPLES.hr, 1 << 20), 'windows-1250'),
    'GBK Chinese, 1 MB': encodeWithPython(about(SAMPLES.zhHans, 1 << 20), 'gb18030'),
    'UTF-8 Croatian, 1 MB': new TextEncoder().encode(about(SAMPLES.hr, 1 << 20)),
  };
  const out: { scale: string; ms: number }[] = [];
  for (const [scale, bytes] of Object.entries(files)) out.push({ scale, ms: await median(7, () => decodeText(bytes, 'bench.txt')) });
  return out;
}
