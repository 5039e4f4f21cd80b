// `npm test`: every suite in turn (typecheck, lint, vitest, renderer build, Playwright e2e), a table
// of results, and the one line CI reads: "N passed, N failed". Suites keep running after a failure
// so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const vitestJson = join(tmpdir(), `verbatim-vitest-${process.pid}.json`);
const playwrightJson = join(tmpdir(), `verbatim-playwright-${process.pid}.json`);

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: r.status === 0, seconds: (Date.now() - started) / 1000 };
}

/** A suite that is a single check (typecheck, lint, build) counts as one test. */
function single(label, command, args) {
  const r = run(label, command, args);
  return { suite: label, passed: r.ok ? 1 : 0, failed: r.ok ? 0 : 1, seconds: r.seconds };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  } finally {
    rmSync(file, { force: true });
  }
}

const results = [];
/** Names of failed tests, printed again beside the table: CI shows only the end of the log. */
const failures = [];

function firstLines(text, n) {
  return String(text ?? '')
    .split('\n')
    .slice(0, n)
    .join('\n    ');
}
results.push(single('typecheck', bin('tsc'), ['-p', '.', '--noEmit']));
// shared/ again with the language alone (shared/tsconfig.json): a DOM or Node name there fails.
results.push(single('typecheck shared/', bin('tsc'), ['-p', 'shared', '--noEmit']));
results.push(single('lint', bin('eslint'), ['-c', 'tests/lint/eslint.config.js', '--max-warnings', '0', '.']));
// One format for the whole codebase (Prettier, settings in .prettierrc.json): `npm run format` fixes it.
results.push(single('format', bin('prettier'), ['--check', '--log-level', 'warn', '**/*.{ts,tsx,mjs,js,cjs,css}']));

{
  const r = run('vitest (unit, integration, security)', bin('vitest'), [
    'run',
    '--config',
    'tests/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${vitestJson}`,
  ]);
  const json = readJson(vitestJson);
  const passed = json?.numPassedTests ?? 0;
  // A crash before the report counts as a failure, never as "0 failed".
  const failed = json ? json.numFailedTests + (json.numRuntimeErrors ?? 0) + (r.ok ? 0 : json.numFailedTests === 0 ? 1 : 0) : 1;
  for (const file of json?.testResults ?? []) {
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
      failures.push(`vitest ${file.name}: ${firstLines(file.message, 6)}`);
    }
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'failed') failures.push(`vitest ${file.name} › ${t.fullName}\n    ${firstLines(t.failureMessages?.[0], 8)}`);
    }
  }
  results.push({ suite: 'vitest', passed, failed, seconds: r.seconds });
}

const build = single('renderer build', bin('vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
results.push(build);

if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.error('\nPlaywright e2e: Chromium is missing. Install it with: apt-get install -y chromium');
  results.push({ suite: 'e2e (Playwright)', passed: 0, failed: 1, seconds: 0 });
} else if (build.failed) {
  results.push({ suite: 'e2e (Playwright)', passed: 0, failed: 1, seconds: 0 });
} else {
  const r = run('e2e (Playwright, Chromium, browser mode)', bin('playwright'), ['test', '-c', 'tests/e2e', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  });
  const json = readJson(playwrightJson);
  const s = json?.stats;
  const passed = s ? s.expected + s.flaky : 0;
  const failed = s ? s.unexpected + (r.ok || s.unexpected > 0 ? 0 : 1) : 1;
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const error = test.results?.at(-1)?.error?.message;
        failures.push(`e2e ${spec.file} › ${[...titles, spec.title].join(' › ')}\n    ${firstLines(error, 8)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of json?.suites ?? []) walk(suite, []);
  results.push({ suite: 'e2e (Playwright)', passed, failed, seconds: r.seconds });
}

if (failures.length > 0) {
  console.log(`\nFailed (${failures.length}):`);
  for (const f of failures) console.log(`- ${f}`);
}

console.log('\n| suite | passed | failed | seconds |\n|---|---|---|---|');
for (const r of results) console.log(`| ${r.suite} | ${r.passed} | ${r.failed} | ${r.seconds.toFixed(1)} |`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
