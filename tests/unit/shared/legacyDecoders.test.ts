import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../main/formats/text/decode';
import { KNOWN_VARIANTS, LEGACY_CODECS, pythonCodeTable, tableBytes } from '../../fixtures/encodingSamples';

/**
 * Every code of every legacy encoding, decoded by decode.ts (Node's TextDecoder, our own Windows-1252
 * table) and compared with Python's codecs: Node once decoded 'windows-1252' as Latin-1
 * (nodejs/node#56542), and a decoder that is wrong for one letter is silently wrong for every file.
 * tests/e2e/legacy-decoders.spec.ts checks Chromium's decoders the same way.
 */

describe('legacy decoders agree with Python for every code', () => {
  it.each(LEGACY_CODECS)('%s (Python %s)', (encoding, codec, kind) => {
    const table = pythonCodeTable(codec, kind).filter(([hex]) => !KNOWN_VARIANTS[encoding]?.(hex));
    expect(table.length).toBeGreaterThan(kind === 'single' ? 120 : 6000);
    const lines = decodeText(tableBytes(table), 'table.txt', { encoding }).text.split('\n');
    const wrong = table.flatMap(([hex, char], i) => (lines[i] === `\t${char}\t` ? [] : [`${hex}: ${char} read as ${lines[i]}`]));
    expect(wrong).toEqual([]);
  });
});
