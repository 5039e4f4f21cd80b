/**
 * `npm run serve` says its console lines in the terminal's language, as the CLI does: the real
 * server runs as a child process under a Norwegian locale and its first lines are read.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
// What `npm run serve` runs once the renderer is built.
const SERVER = resolve(ROOT, 'build/serve.mjs');
let dir = '';

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the server with `locale`, waits for its "also offered" line, stops it, and returns what it printed. */
function serveLines(locale: Record<string, string>, study: string): Promise<string> {
  const child = spawn(process.execPath, [SERVER, '--data-dir', join(dir, 'data'), '--port', '0', study], {
    cwd: ROOT,
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', ...locale },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, failed) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      failed(new Error(`serve printed no line naming the study in 20 s:\n${out}`));
    }, 20_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!out.includes(study)) return;
      clearTimeout(timer);
      child.once('exit', () => done(out));
      child.kill('SIGTERM');
    });
  });
}

describe('npm run serve in the terminal’s language', () => {
  it('prints its address, its studies folder and the offered study in Norwegian under LC_ALL=nb_NO.UTF-8', async () => {
    dir = mkdtempSync(join(tmpdir(), 'verbatim-serve-language-'));
    const study = join(dir, 'Kundeintervjuer.verbatim');
    const out = await serveLines({ LC_ALL: 'nb_NO.UTF-8', LANG: 'en_US.UTF-8' }, study);
    expect(out).toMatch(/^Verbatim kjører i nettlesermodus\. Åpne denne adressen .*:\n\n {2}http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+\n/);
    expect(out).toContain(`Studiemappe: ${join(dir, 'data', 'Studies')}. Trykk Ctrl+C for å stoppe.\n`);
    expect(out).toContain(`Kan også åpnes: ${study}\n`);
    expect(out).not.toMatch(/running in browser mode|Studies folder|Also offered/);
  });
});
