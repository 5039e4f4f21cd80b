import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { CONTENT_SECURITY_POLICY } from '../../main/electron/security';

/**
 * Runs electronegativity over the Electron shell's source and fails on any finding that is not in
 * the reviewed allow-list. The CLI exits 0 even with findings, so its SARIF report is parsed (its
 * CSV writer races its own header and can garble the first row).
 */

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const ELECTRON_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string })
  .version;
const ALLOWLIST = JSON.parse(readFileSync(join(import.meta.dirname, 'electronegativity-allowlist.json'), 'utf8')) as {
  findings: { check: string; file: string; why: string }[];
};

interface Finding {
  check: string;
  /** Relative to the repository root (or to the scanned folder for scratch scans). */
  file: string;
  line: number;
  message: string;
}

interface SarifReport {
  runs: {
    results: {
      ruleId: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
  }[];
}

const work = mkdtempSync(join(tmpdir(), 'verbatim-electronegativity-'));

async function scan(inputDir: string, prefix: string, name: string): Promise<Finding[]> {
  const report = join(work, `${name}.sarif`);
  const args = [CLI, '-i', inputDir, '-o', report, '-r', '-v', 'false', '-e', ELECTRON_VERSION];
  // This check downloads Electron's release list; offline it only waits, and -e pins the version anyway.
  args.push('-x', 'AvailableSecurityFixesGlobalCheck');
  const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, timeout: 50_000 });
  // A file the scanner cannot parse is silently skipped; that would hide findings, so it fails here.
  expect(`${stdout}\n${stderr}`).not.toMatch(/Error parsing/);
  const sarif = JSON.parse(readFileSync(report, 'utf8')) as SarifReport;
  return sarif.runs.flatMap((run) =>
    run.results.map((r) => ({
      check: r.ruleId,
      file: `${prefix}${r.locations[0]?.physicalLocation.artifactLocation.uri ?? '?'}`,
      line: r.locations[0]?.physicalLocation.region.startLine ?? 0,
      message: r.message.text,
    })),
  );
}

const isAllowed = (f: Finding): boolean => ALLOWLIST.findings.some((a) => a.check === f.check && a.file === f.file);

// Two files: the scanner does not report nodeIntegration when the same literal sets sandbox: false.
const BAD_NODE_INTEGRATION = `
import { BrowserWindow } from 'electron';
export const win: BrowserWindow = new BrowserWindow({ webPreferences: { nodeIntegration: true } });
`;
const BAD_WINDOW = `
import { BrowserWindow, shell } from 'electron';
export function open(url: string): BrowserWindow {
  const win: BrowserWindow = new BrowserWindow({
    webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false },
  });
  void shell.openExternal(url);
  return win;
}
`;

describe('electronegativity', () => {
  let shellFindings: Finding[];
  let badFindings: Finding[];

  beforeAll(async () => {
    const badDir = join(work, 'bad');
    rmSync(badDir, { recursive: true, force: true });
    mkdirSync(badDir);
    writeFileSync(join(badDir, 'badWindow.ts'), BAD_WINDOW);
    writeFileSync(join(badDir, 'nodeIntegration.ts'), BAD_NODE_INTEGRATION);
    [shellFindings, badFindings] = await Promise.all([
      scan(join(ROOT, 'main', 'electron'), 'main/electron/', 'shell'),
      scan(badDir, 'bad/', 'bad'),
    ]);
  }, 60_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('finds nothing in main/electron beyond the reviewed allow-list', () => {
    const unexpected = shellFindings.filter((f) => !isAllowed(f)).map((f) => `${f.check} ${f.file}:${f.line} ${f.message}`);
    expect(unexpected).toEqual([]);
  });

  it('has no stale allow-list entries, and a reason for each', () => {
    for (const entry of ALLOWLIST.findings) {
      expect(entry.why.length, `${entry.check} ${entry.file}`).toBeGreaterThan(20);
      expect(
        shellFindings.some((f) => f.check === entry.check && f.file === entry.file),
        `${entry.check} ${entry.file} no longer occurs`,
      ).toBe(true);
    }
  });

  it('does catch insecure window settings (so the first test can fail)', () => {
    const checks = new Set(badFindings.map((f) => f.check));
    expect(checks).toContain('NODE_INTEGRATION_JS_CHECK');
    expect(checks).toContain('CONTEXT_ISOLATION_JS_CHECK');
    expect(checks).toContain('SANDBOX_JS_CHECK');
    expect(checks).toContain('WEB_SECURITY_JS_CHECK');
    expect(checks).toContain('OPEN_EXTERNAL_JS_CHECK');
    // With no handlers in the scratch folder, the global checks notice their absence too.
    expect(checks).toContain('LIMIT_NAVIGATION_GLOBAL_CHECK');
    expect(checks).toContain('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK');
    expect(badFindings.filter(isAllowed)).toEqual([]);
  });

  it("rates our CSP with the scanner's own evaluator: no high or medium findings", () => {
    // Resolved through electronegativity, whose dependency it is (the same code its CSP check runs).
    const requireFromScanner = createRequire(CLI);
    const csp = requireFromScanner('@doyensec/csp-evaluator') as {
      CspParser: new (policy: string) => { csp: unknown };
      CspEvaluator: new (
        csp: unknown,
        version: unknown,
      ) => { evaluate(): { severity: number; directive: string; value?: string; description: string }[] };
      Version: { CSP3: unknown };
      severities: Record<string, number>;
    };
    const findings = new csp.CspEvaluator(new csp.CspParser(CONTENT_SECURITY_POLICY).csp, csp.Version.CSP3).evaluate();
    const { HIGH, SYNTAX, MEDIUM, HIGH_MAYBE, MEDIUM_MAYBE } = csp.severities;
    const serious = findings.filter((f) => [HIGH, SYNTAX, MEDIUM, HIGH_MAYBE].includes(f.severity));
    expect(serious).toEqual([]);
    // The one note it gives: 'self' scripts are risky when the origin hosts JSONP or uploads. The
    // app:// origin serves only our built files, so that does not apply.
    const notes = findings.filter((f) => f.severity === MEDIUM_MAYBE).map((f) => `${f.directive} ${f.value ?? ''}`);
    expect(notes.every((n) => n === "script-src 'self'")).toBe(true);
  });
});
