import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// LibreOffice (Debian's libreoffice-writer-nogui and libreoffice-calc-nogui; .ci/run installs them) is the
// reader of our Word and Excel files that is not ours. Tests that need it run wherever `soffice` is
// installed and are skipped, saying how to install it, where it is not.
const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' });

export const hasLibreOffice = probe.status === 0;

export const NO_LIBREOFFICE =
  'skipped: LibreOffice (soffice) is not installed; apt-get install libreoffice-writer-nogui libreoffice-calc-nogui';

/**
 * Converts files with headless LibreOffice into `outDir` (`to` as soffice's --convert-to takes it, e.g.
 * "pdf", "csv", "fods"). Each call has its own profile folder, so parallel test files never share one
 * (two soffice processes on one profile wait on each other or fail).
 */
export function convertWithLibreOffice(
  files: string[],
  to: string,
  outDir: string,
  opts: { inFilter?: string; timeoutMs?: number } = {},
): void {
  const profile = mkdtempSync(join(tmpdir(), 'verbatim-lo-profile-'));
  try {
    const args = ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`];
    if (opts.inFilter) args.push(`--infilter=${opts.inFilter}`);
    const r = spawnSync('soffice', [...args, '--convert-to', to, '--outdir', outDir, ...files], {
      encoding: 'utf8',
      timeout: opts.timeoutMs ?? 110_000,
    });
    if (r.error) throw new Error(`LibreOffice (soffice) could not be started: ${r.error.message}`);
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
