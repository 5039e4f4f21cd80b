import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../main/services/delivery';

/**
 * What the safe write of an export costs over a plain one: the atomic writer (exclusive temp file,
 * fsync, rename, folder fsync) against writeFileSync, for a small file and a large one.
 */
export async function benchDelivery(dir: string, median: (runs: number, fn: () => unknown) => Promise<number>) {
  const out: { scale: string; plain: number; atomic: number }[] = [];
  for (const [scale, bytes] of [
    ['50 KB (an HTML report)', 50 * 1024],
    ['20 MB (a large .qdpx)', 20 * 1024 * 1024],
  ] as const) {
    const data = new Uint8Array(bytes).fill(0x61);
    const target = join(dir, `delivery-${bytes}.bin`);
    out.push({
      scale,
      plain: await median(7, () => writeFileSync(target, data)),
      atomic: await median(7, () => writeFileAtomic(target, data)),
    });
  }
  return out;
}
