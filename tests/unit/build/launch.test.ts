import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** launch.mjs is plain ESM without type declarations; this is the part the test uses. */
type LaunchModule = { BUILD_STEPS: { label: string; args: string[] }[] };
const REPO = join(import.meta.dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'verbatim-launch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('launch.mjs (npm start)', () => {
  it('builds the renderer with the renderer config, so index.html comes out', async () => {
    const { BUILD_STEPS } = (await import(join(REPO, 'build', 'launch.mjs'))) as LaunchModule;
    const step = BUILD_STEPS.find((s) => s.label.includes('renderer'))!;
    // The same command, writing elsewhere than out/renderer, which other tests read.
    const run = spawnSync(process.execPath, [...step.args, '--outDir', tmp, '--emptyOutDir'], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    expect(existsSync(join(tmp, 'index.html'))).toBe(true);
  }, 120_000);
});
