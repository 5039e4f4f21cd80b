import { KNOWN_VARIANTS, LEGACY_CODECS, pythonCodeTable, tableBytes } from '../fixtures/encodingSamples';
import { expect, test } from './fixtures';

/**
 * Chromium's TextDecoder for every legacy encoding, code by code against Python's codecs (as
 * tests/unit/shared/legacyDecoders.test.ts does for Node): decode.ts is shared code, and the
 * renderer may one day decode a file itself. Windows-1252 is included: Chromium, unlike some Node
 * versions, reads it right, but decode.ts uses its own table anyway.
 */
/** Big5 F9FE: WHATWG's index (Chromium) says U+FFED ￭, cp950 and Node 20 say U+2593 ▓; a box-drawing sign, never a letter. */
const CHROMIUM_ONLY = (encoding: string, hex: string) => encoding === 'big5' && hex === 'f9fe';

test('Chromium decodes every code of every legacy encoding as Python does', async ({ page }) => {
  for (const [encoding, codec, kind] of LEGACY_CODECS) {
    const table = pythonCodeTable(codec, kind).filter(([hex]) => !KNOWN_VARIANTS[encoding]?.(hex) && !CHROMIUM_ONLY(encoding, hex));
    const bytes = Array.from(tableBytes(table));
    const text = await page.evaluate(({ label, data }) => new TextDecoder(label, { fatal: true }).decode(new Uint8Array(data)), {
      label: encoding,
      data: bytes,
    });
    const lines = text.split('\n');
    const wrong = table.flatMap(([hex, char], i) => (lines[i] === `\t${char}\t` ? [] : [`${hex}: ${char} read as ${lines[i]}`]));
    expect(wrong, `${encoding} (Python ${codec})`).toEqual([]);
  }
});
