import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appFile, appRoot, findAppRoot } from '../../../main/appFiles';

const tmp = mkdtempSync(join(tmpdir(), 'verbatim-app-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('appFiles', () => {
  it('finds the repository from the sources, and the fonts in it', () => {
    expect(appRoot()).toBe(join(import.meta.dirname, '..', '..', '..'));
    expect(appFile('resources', 'fonts', 'DejaVuSans.ttf')).toBe(join(appRoot(), 'resources', 'fonts', 'DejaVuSans.ttf'));
  });

  it("walks up past other projects' package.json files (broken ones too) to Verbatim's", () => {
    const app = join(tmp, 'app.asar');
    const bundle = join(app, 'out', 'electron');
    mkdirSync(join(bundle, 'nested'), { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'verbatim' }));
    writeFileSync(join(app, 'out', 'package.json'), JSON.stringify({ name: 'something-else' }));
    writeFileSync(join(bundle, 'package.json'), '{ not json');
    expect(findAppRoot(join(bundle, 'nested'))).toBe(app);
  });

  it('says in plain words where it looked when there is no Verbatim above', () => {
    const lost = join(tmp, 'lost');
    mkdirSync(lost);
    expect(() => findAppRoot(lost)).toThrow(`Verbatim cannot find its own files: no package.json named "verbatim" at or above ${lost}.`);
  });
});
