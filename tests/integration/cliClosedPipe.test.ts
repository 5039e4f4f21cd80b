import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliHarness } from './cliHarness';
import { sample } from './refiFixtures';

const harness = useCliHarness('verbatim-cli-pipe-');

/**
 * Runs the installed bin with its stdout pipe closed by the reader before the command writes a line
 * (what `verbatim … | head` does once head has its lines), and collects stderr and the exit code.
 */
function runWithClosedStdout(argv: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['main/cli/verbatim.mjs', ...argv], {
      env: { ...process.env, APP_DATA_DIR: join(harness.dir(), 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, err }));
  });
}

describe('a reader that closes the pipe early', () => {
  it('import-qdpx finishes the import and ends quietly, without a stack trace', async () => {
    const out = join(harness.dir(), 'spec.verbatim');
    // The spec's example prints a long report (every dropped item), so the CLI writes long after the pipe closed.
    const r = await runWithClosedStdout(['import-qdpx', sample('sky-loom-refi-qda/TestProject.qdpx'), out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('any command (here --help) ends quietly too', async () => {
    const r = await runWithClosedStdout(['--help']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
});
