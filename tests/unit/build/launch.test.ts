import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** launch.mjs is plain ESM without type declarations; these are the parts the tests use. */
type LaunchModule = {
  BUILD_STEPS: { label: string; args: string[] }[];
  openInBrowser(url: string, options: { platform: string; env: Record<string, string | undefined> }): Promise<boolean>;
};
const REPO = join(import.meta.dirname, '..', '..', '..');
const LAUNCH = join(REPO, 'build', 'launch.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'verbatim-launch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A folder holding a stand-in `xdg-open` that writes the address it was given to `record` and exits with `code`. */
function fakeOpener(name: string, record: string, code: number): string {
  const bin = join(tmp, name);
  mkdirSync(bin);
  writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${record}'\nexit ${code}\n`);
  chmodSync(join(bin, 'xdg-open'), 0o755);
  return bin;
}

describe('launch.mjs (npm start)', () => {
  it('builds the renderer with the renderer config, so index.html comes out', async () => {
    const { BUILD_STEPS } = (await import(LAUNCH)) as LaunchModule;
    const step = BUILD_STEPS.find((s) => s.label.includes('renderer'))!;
    // The same command, writing elsewhere than out/renderer, which other tests read.
    const out = join(tmp, 'renderer');
    const run = spawnSync(process.execPath, [...step.args, '--outDir', out, '--emptyOutDir'], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  }, 120_000);

  it('opens an address with the default browser, and says false when there is none or it fails', async () => {
    const { openInBrowser } = (await import(LAUNCH)) as LaunchModule;
    const url = 'http://127.0.0.1:4321/#token=abc';
    const record = join(tmp, 'opened.txt');
    expect(await openInBrowser(url, { platform: 'linux', env: { PATH: fakeOpener('opens', record, 0) } })).toBe(true);
    expect(readFileSync(record, 'utf8')).toBe(url);
    expect(await openInBrowser(url, { platform: 'linux', env: { PATH: fakeOpener('fails', join(tmp, 'failed.txt'), 3) } })).toBe(false);
    expect(await openInBrowser(url, { platform: 'linux', env: { PATH: join(tmp, 'nothing-here') } })).toBe(false);
  });

  it('without the Electron binary, says so in one line, starts browser mode and opens its address, which answers', async () => {
    // A copy of the project, so the renderer and the server bundle it builds are its own.
    const project = join(tmp, 'project');
    mkdirSync(project);
    for (const part of ['package.json', 'tsconfig.json', 'build', 'main', 'shared', 'renderer', 'resources'])
      cpSync(join(REPO, part), join(project, part), { recursive: true });
    symlinkSync(join(REPO, 'node_modules'), join(project, 'node_modules'), 'dir');
    const record = join(tmp, 'launched.txt');
    const env = {
      ...process.env,
      // As on this machine: electron's package is installed, its binary never downloaded.
      ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      PATH: `${fakeOpener('launch-bin', record, 0)}${delimiter}${process.env.PATH}`,
      APP_DATA_DIR: join(tmp, 'data'),
    };
    const launcher = spawn(process.execPath, [join(project, 'build', 'launch.mjs')], {
      cwd: project,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    launcher.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    launcher.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    const exited = new Promise<number | null>((done) => launcher.once('exit', (code) => done(code)));
    try {
      for (let waited = 0; !existsSync(record) && launcher.exitCode === null; waited += 200) {
        if (waited > 170_000) throw new Error(`no browser was opened in 170 s:\n${out}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(existsSync(record), out).toBe(true);
      expect(out.split('\n')[0]).toMatch(
        /^Verbatim: downloading the Electron binary .* it could not be downloaded, so Verbatim opens in your browser instead\.$/,
      );
      const url = readFileSync(record, 'utf8');
      expect(out).toContain(url);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<html/i);
      const token = /token=([\w-]+)/.exec(url)![1]!;
      const answer = await fetch(new URL('/api/invoke', url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ channel: 'study:current', input: {} }),
      });
      expect(await answer.json()).toMatchObject({ ok: true });
    } finally {
      launcher.kill('SIGTERM');
    }
    // Ctrl+C reaches the server through the launcher, and both end.
    expect(await exited).toBe(0);
  }, 180_000);
});
