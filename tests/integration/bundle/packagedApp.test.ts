import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractAll, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Packs Verbatim with electron-builder exactly as electron-builder.yml says (Linux `dir` target, no
 * native rebuild) around a stand-in for the Electron binary that carries Electron's default fuse
 * wire, since the real binary cannot be downloaded here. Then it checks what a user would get: the
 * fuses flipped in the executable, the files main/appFiles.ts looks for inside app.asar, and the
 * bundled main process, taken out of app.asar, exporting the sample study's report as a PDF.
 */
const REPO = join(import.meta.dirname, '..', '..', '..');
const HERE = import.meta.dirname;
const bin = (name: string) => join(REPO, 'node_modules', '.bin', name);

/** Electron's own defaults, in @electron/fuses' V1 order: what an unconfigured build ships. */
const ELECTRON_DEFAULT_WIRE = '10110001';
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** The fuses Verbatim ships with ('1' on, '0' off; electron-builder.yml says why). */
const EXPECTED_FUSES: [keyof typeof FuseV1Options, '0' | '1'][] = [
  ['RunAsNode', '0'],
  ['EnableNodeOptionsEnvironmentVariable', '0'],
  ['EnableNodeCliInspectArguments', '0'],
  ['EnableEmbeddedAsarIntegrityValidation', '1'],
  ['OnlyLoadAppFromAsar', '1'],
  ['EnableCookieEncryption', '1'],
  ['GrantFileProtocolExtraPrivileges', '0'],
];

let tmp: string;
let unpacked: string;

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CI: 'true' } });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'verbatim-packaged-'));
  // A copy of the project with freshly built out/, so the test neither needs nor touches the repo's.
  const project = join(tmp, 'project');
  mkdirSync(project);
  for (const file of ['package.json', 'package-lock.json', 'electron-builder.yml']) cpSync(join(REPO, file), join(project, file));
  cpSync(join(REPO, 'resources'), join(project, 'resources'), { recursive: true });
  // Hard links: a full, cheap copy. A symlinked node_modules is not enough: `npm ls`, which
  // electron-builder asks for the production dependencies, then loses better-sqlite3's own.
  run('cp', ['-al', join(REPO, 'node_modules'), join(project, 'node_modules')], REPO);
  const { bundleElectron } = (await import(join(REPO, 'build', 'bundle.mjs'))) as {
    bundleElectron(options: { outDir: string }): Promise<void>;
  };
  await bundleElectron({ outDir: join(project, 'out', 'electron') });
  run(
    process.execPath,
    [
      join(REPO, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'renderer/vite.config.ts',
      '--outDir',
      join(project, 'out', 'renderer'),
      '--logLevel',
      'error',
    ],
    REPO,
  );

  const dist = join(tmp, 'electron-dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'electron'), `#!/bin/sh\nexit 0\n#${SENTINEL}\u0001\u0008${ELECTRON_DEFAULT_WIRE}\n`);
  chmodSync(join(dist, 'electron'), 0o755);
  writeFileSync(
    join(dist, 'version'),
    `${JSON.parse(readFileSync(join(REPO, 'node_modules', 'electron', 'package.json'), 'utf8')).version}\n`,
  );

  const release = join(tmp, 'release');
  run(
    bin('electron-builder'),
    ['--linux', 'dir', '--publish', 'never', `-c.electronDist=${dist}`, '-c.npmRebuild=false', `-c.directories.output=${release}`],
    project,
  );
  unpacked = join(release, 'linux-unpacked');
}, 180_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the packaged app (electron-builder.yml)', () => {
  it('has every fuse of electron-builder.yml flipped in its executable', async () => {
    const wire = await getCurrentFuseWire(join(unpacked, 'verbatim'));
    const actual = EXPECTED_FUSES.map(([name]) => [name, String.fromCharCode(wire[FuseV1Options[name]] as number)]);
    expect(actual).toEqual(EXPECTED_FUSES);
  });

  it('carries in app.asar what main/appFiles.ts looks for, without source maps, and the native module unpacked', () => {
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    for (const needed of [
      '/package.json',
      '/resources/fonts/DejaVuSans.ttf',
      '/resources/fonts/DejaVuSans-Bold.ttf',
      '/resources/fonts/DroidSansFallbackFull.ttf',
      '/out/electron/main.cjs',
      '/out/electron/preload.cjs',
      '/out/renderer/index.html',
    ]) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => f.startsWith('/out/') && f.endsWith('.map'))).toEqual([]);
    expect(
      existsSync(
        join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
      ),
    ).toBe(true);
  });

  it('runs its main process from what app.asar holds and exports a PDF with the study in it', () => {
    const app = join(tmp, 'extracted');
    extractAll(join(unpacked, 'resources', 'app.asar'), app);
    // The runtime provides `electron`; here the stand-in does (better-sqlite3 is the Node build: no rebuild).
    mkdirSync(join(app, 'node_modules', 'electron'));
    cpSync(join(HERE, 'fakeElectron.cjs'), join(app, 'node_modules', 'electron', 'index.js'));
    writeFileSync(join(app, 'node_modules', 'electron', 'package.json'), JSON.stringify({ name: 'electron', main: 'index.js' }));
    const out = mkdtempSync(join(tmp, 'exports-'));
    const run = spawnSync(process.execPath, [join(HERE, 'exportReport.mjs'), app, out], {
      cwd: mkdtempSync(join(tmp, 'cwd-')),
      env: { ...process.env, APP_DATA_DIR: join(tmp, 'data') },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, 'report.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(out, 'report.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Bundled report check');
    expect(text).toContain('Delivery');
  }, 60_000);
});
