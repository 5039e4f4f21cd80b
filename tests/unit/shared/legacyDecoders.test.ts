import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/text/decode';
import type { LegacyEncoding } from '../../../shared/text/encodings';

/**
 * Every code of every legacy encoding, decoded by decode.ts (Node's TextDecoder, our own Windows-1252
 * table) and compared with Python's codecs: Node once decoded 'windows-1252' as Latin-1
 * (nodejs/node#56542), and a decoder that is wrong for one letter is silently wrong for every file.
 * Python writes `hex<TAB>char` lines for each code it maps; we decode the bytes of each.
 */
const TABLE = `
import sys, json
codec, kind = sys.argv[1], sys.argv[2]
pairs = []
if kind == 'single':
    for b in range(0x80, 0x100):
        try: pairs.append([bytes([b]).hex(), bytes([b]).decode(codec)])
        except UnicodeDecodeError: pass
else:
    for cp in range(0x80, 0x10000):
        if 0xd800 <= cp < 0xe000: continue
        try:
            b = chr(cp).encode(codec)
            if b.decode(codec) == chr(cp): pairs.append([b.hex(), chr(cp)])
        except UnicodeError: pass
sys.stdout.write(json.dumps(pairs))
`;

function pythonTable(codec: string, kind: 'single' | 'double'): [string, string][] {
  const run = spawnSync('python3', ['-c', TABLE, codec, kind], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as [string, string][];
}

/** Codes where WHATWG (what browsers and Node follow) and Microsoft's code page differ on purpose. */
const KNOWN_VARIANTS: Partial<Record<LegacyEncoding, (hex: string) => boolean>> = {
  // Big5: WHATWG reads the ETEN/HKSCS block C6A1–C8FE as HKSCS; cp950 leaves it to vendors.
  big5: (hex) => hex.length === 4 && hex >= 'c6a1' && hex <= 'c8fe',
  // Shift_JIS: cp932 maps the lone bytes 80, A0, FD–FF to controls; WHATWG calls them errors.
  shift_jis: (hex) => ['80', 'a0', 'fd', 'fe', 'ff'].includes(hex),
};

const ENCODINGS: [LegacyEncoding, string, 'single' | 'double'][] = [
  ['windows-1250', 'cp1250', 'single'],
  ['windows-1251', 'cp1251', 'single'],
  ['windows-1252', 'cp1252', 'single'],
  ['iso-8859-2', 'iso8859_2', 'single'],
  ['koi8-r', 'koi8_r', 'single'],
  ['gb18030', 'gbk', 'double'],
  ['big5', 'cp950', 'double'],
  ['shift_jis', 'cp932', 'double'],
];

describe('legacy decoders agree with Python for every code', () => {
  it.each(ENCODINGS)('%s (Python %s)', (encoding, codec, kind) => {
    const table = pythonTable(codec, kind).filter(([hex]) => !KNOWN_VARIANTS[encoding]?.(hex));
    expect(table.length).toBeGreaterThan(kind === 'single' ? 120 : 6000);
    // One file: each code between two tabs, so a decoder that swallows a byte shows at once.
    const bytes = Buffer.concat(table.map(([hex]) => Buffer.concat([Buffer.from([0x09]), Buffer.from(hex, 'hex'), Buffer.from([0x09, 0x0a])])));
    const lines = decodeText(new Uint8Array(bytes), 'table.txt', { encoding }).text.split('\n');
    const wrong = table.flatMap(([hex, char], i) => (lines[i] === `\t${char}\t` ? [] : [`${hex}: ${char} read as ${lines[i]}`]));
    expect(wrong).toEqual([]);
  });
});
