import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { runCli } from '../../main/cli/index';

/**
 * A temp folder per test with APP_DATA_DIR pointing into it, and `cli(...)` running the real
 * command in-process with its output captured. `dir()` is the current test's folder.
 */
export function useCliHarness(prefix: string) {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    process.env.APP_DATA_DIR = join(dir, 'data');
  });
  afterEach(() => {
    delete process.env.APP_DATA_DIR;
    rmSync(dir, { recursive: true, force: true });
  });
  const cli = async (...argv: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
    return { code, out, err };
  };
  return { dir: () => dir, cli };
}
