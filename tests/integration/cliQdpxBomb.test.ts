import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliHarness } from './cliHarness';
import { tinyElementBomb } from './refiBombs';

const harness = useCliHarness('verbatim-cli-bomb-');

describe('verbatim import-qdpx: a small archive that unpacks into millions of tiny XML elements', () => {
  it('is refused in plain words, and leaves no study behind', async () => {
    // 2.5 million elements with an attribute each: 5 million nodes, past the .qde cap of 4 million.
    const bomb = join(harness.dir(), 'bomb.qdpx');
    writeFileSync(bomb, tinyElementBomb(2_500_000));
    expect(statSync(bomb).size).toBeLessThan(8 * 1024 * 1024);
    const out = join(harness.dir(), 'bomb.verbatim');
    const r = await harness.cli('import-qdpx', bomb, out);
    expect(r.err).toBe(
      'verbatim: project.qde is too large for Verbatim to read: it has more than 4,000,000 XML elements, attributes and texts (a project with 100,000 codings has about 2 million). Nothing was imported.\n',
    );
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
