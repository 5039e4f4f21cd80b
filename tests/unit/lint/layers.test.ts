import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the lint config is plain JavaScript without type declarations
import { LAYERS, NODE } from '../../lint/layers.js';

/**
 * Each lint rule that holds the architecture is fed code that breaks it, so a rule that stops
 * working (a renamed folder, a config block that no longer matches) fails here instead of passing
 * everything silently. Files are linted as text under a path; they need not exist.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'tests', 'lint', 'eslint.config.js') });

/** The rule ids reported for each line of `code` linted as the repository file `file` (1-based lines). */
async function reportsByLine(file: string, code: string): Promise<Map<number, string[]>> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  const byLine = new Map<number, string[]>();
  for (const m of result!.messages) {
    if (m.fatal) throw new Error(`${file} did not parse: ${m.message}`);
    byLine.set(m.line, [...(byLine.get(m.line) ?? []), m.ruleId ?? '(none)']);
  }
  return byLine;
}

/** Lints `lines` (one statement each) as `file` and returns the lines nothing reported with `ruleId`. */
async function unreported(file: string, lines: string[], ruleId = 'verbatim/layers'): Promise<string[]> {
  const byLine = await reportsByLine(file, lines.join('\n'));
  return lines.filter((_, i) => !(byLine.get(i + 1) ?? []).includes(ruleId));
}

/** Every way code names a module: static, re-export, dynamic, require, TypeScript's import types. */
const everyForm = (source: string, n: number) => [
  `import a${n} from '${source}';`,
  `export * from '${source}';`,
  `export { b } from '${source}';`,
  `void import('${source}');`,
  'void import(`' + source + '`);',
  `require('${source}');`,
  `import c${n} = require('${source}');`,
  `type D${n} = import('${source}').D;`,
];

describe('lint: the layer rules from docs/ARCHITECTURE.md, each fed a violation', () => {
  const cases: [file: string, source: string][] = [
    ['shared/domain/x.ts', '../../main/version'],
    ['shared/x.ts', '../renderer/api'],
    ['shared/x.ts', 'react'],
    ['shared/x.ts', '@lexical/react/LexicalComposer'],
    ['shared/x.ts', 'electron'],
    ['main/formats/zip.ts', '../io/report'],
    ['main/formats/zip.ts', '../appFiles'],
    ['main/db/connection.ts', '../services/study'],
    ['main/db/repos/x.ts', '../../api/handlers'],
    ['main/db/x.ts', '../app/studyManager'],
    ['main/db/x.ts', '../io/zip'],
    ['main/io/qdpx/x.ts', '../../services/refi/importRefi'],
    ['main/io/x.ts', '../cli/index'],
    ['main/io/x.ts', '../electron/main'],
    ['main/io/x.ts', '../server/index'],
    ['main/io/x.ts', '../sample/sampleStudy'],
    ['main/io/x.ts', '../jobs/runJob'],
    ['main/jobs/kinds.ts', '../services/refi/importRefi'],
    ['main/services/x.ts', '../api/host'],
    ['main/services/refi/x.ts', '../../cli/index'],
    ['main/services/x.ts', '../electron/dialogs'],
    ['main/services/x.ts', '../server/httpServer'],
    ['main/app/x.ts', '../api/handlers'],
    ['main/sample/x.ts', '../cli/index'],
    ['main/services/x.ts', 'better-sqlite3'],
    ['main/io/x.ts', 'electron'],
    ['main/db/x.ts', 'electron/main'],
    ['main/x.ts', '../renderer/api'],
    ['renderer/coding/x.tsx', '../../main/api/handlers'],
    ['renderer/x.ts', 'better-sqlite3'],
    ['build/bundle.mjs', '../main/version'],
    ['build/launch.mjs', 'electron'],
  ];
  it.each(cases)('%s may not import %s, in any form', async (file, source) => {
    const forms = everyForm(source, 0).filter((line) => file.endsWith('.ts') || file.endsWith('.tsx') || !/^(type |import c)/.test(line));
    expect(await unreported(file, forms)).toEqual([]);
  });

  it('the Node built-ins, every one of builtinModules with and without node:, stay out of shared/ and renderer/', async () => {
    const names = builtinModules.flatMap((name) => (name.startsWith('node:') ? [name] : [name, `node:${name}`]));
    expect(names).toEqual(expect.arrayContaining(['zlib', 'node:zlib', 'stream', 'node:stream/promises', 'fs/promises']));
    for (const file of ['shared/text/x.ts', 'renderer/coding/x.tsx']) {
      const lines = names.flatMap((name, i) => [`import n${i} from '${name}';`, `void import('${name}');`, `require('${name}');`]);
      expect(await unreported(file, lines)).toEqual([]);
    }
  });

  it('every folder of the table refuses every folder it lists (derived from the table, as a net under the cases above)', async () => {
    for (const [folder, { forbid }] of Object.entries(LAYERS as Record<string, { forbid: string[] }>)) {
      const depth = folder.split('/').length;
      const up = '../'.repeat(depth);
      const targets = forbid.filter((entry) => entry !== NODE && !entry.includes('*'));
      const lines = targets.flatMap((entry, i) => {
        // A package name, or a module inside a forbidden folder (reached from a file directly in `folder`).
        const source =
          /^[a-z@]/.test(entry) && !entry.includes('/') && !['main', 'renderer', 'shared', 'build', 'tests'].includes(entry)
            ? entry
            : `${up}${entry}/x`;
        return [`import t${i} from '${source}';`, `void import('${source}');`];
      });
      expect(await unreported(`${folder}/x.ts`, lines), folder).toEqual([]);
    }
  });

  it('docs/ARCHITECTURE.md shows the same table', () => {
    const doc = readFileSync(join(root, 'docs', 'ARCHITECTURE.md'), 'utf8');
    const rows = doc.slice(doc.indexOf('| folder | may not import |')).split('\n').slice(2);
    const documented: Record<string, string[]> = {};
    for (const row of rows) {
      if (!row.startsWith('|')) break;
      const [, folder, forbid] = row.split('|').map((cell) => cell.trim());
      // A parenthesis explains the row; the folders and packages come before it.
      const named = [...forbid!.split('(')[0]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\/$/, ''));
      documented[folder!.replace(/`/g, '').replace(/\/$/, '')] = forbid!.includes('Node built-ins') ? [...named, NODE] : named;
    }
    const sorted = (table: Record<string, string[]>) => Object.fromEntries(Object.entries(table).map(([k, v]) => [k, [...v].sort()]));
    const inLint = Object.fromEntries(Object.entries(LAYERS as Record<string, { forbid: string[] }>).map(([k, v]) => [k, v.forbid]));
    expect(sorted(documented)).toEqual(sorted(inLint));
  });

  it('a module named at run time is refused: the rules could not check it', async () => {
    expect(await unreported('main/io/x.ts', ['void import(name);', 'require(`../${name}`);'])).toEqual([]);
  });

  it('allows what the layers allow: calls downward, a folder within itself, shared/ from anywhere, tests anything', async () => {
    const allowed: [string, string][] = [
      ['main/formats/zip.ts', './xml'],
      ['main/formats/zip.ts', '../../shared/result'],
      ['main/formats/zip.ts', 'node:zlib'],
      ['main/db/connection.ts', 'better-sqlite3'],
      ['main/io/qdpx/x.ts', '../../db/repos/interopRepo'],
      ['main/jobs/kinds.ts', '../io/qdpx/planFile'],
      ['main/services/x.ts', '../jobs/runJob'],
      ['main/services/x.ts', '../app/host'],
      ['main/api/x.ts', '../services/study'],
      ['main/cli/x.ts', '../api/dispatch'],
      ['main/electron/main.ts', 'electron'],
      ['main/cli/verbatim.mjs', '../../build/runBundle.mjs'],
      ['renderer/x.tsx', '../shared/result'],
      ['renderer/x.tsx', 'react'],
      ['shared/x.ts', '@formatjs/intl'],
      ['tests/unit/x.test.ts', '../../main/db/connection'],
    ];
    for (const [file, source] of allowed) {
      const byLine = await reportsByLine(file, `import x from '${source}';\nvoid import('${source}');\n`);
      expect(
        [...byLine.values()].flat().filter((id) => id === 'verbatim/layers'),
        `${file} importing ${source}`,
      ).toEqual([]);
    }
  });
});

describe('lint: only renderer/api.ts talks to the backend', () => {
  const doors = [
    "void fetch('/api/study:current');",
    "void window.fetch('/api/study:current');",
    "void globalThis.fetch('/api/x');",
    "void self['fetch']('/api/x');",
    'const f = fetch;',
    'void window.api;',
    'void globalThis.api;',
    "void window['api'];",
    "new EventSource('/events');",
    "new window.WebSocket('ws://x');",
    "new XMLHttpRequest().open('GET', '/api/x');",
  ];
  it('refuses every door to the backend anywhere else in the renderer', async () => {
    const byLine = await reportsByLine('renderer/coding/x.ts', doors.join('\n'));
    const missed = doors.filter(
      (_, i) => !(byLine.get(i + 1) ?? []).some((id) => id === 'no-restricted-globals' || id === 'no-restricted-syntax'),
    );
    expect(missed).toEqual([]);
  });

  it('allows them in renderer/api.ts', async () => {
    const byLine = await reportsByLine('renderer/api.ts', doors.join('\n'));
    expect([...byLine.values()].flat().filter((id) => id === 'no-restricted-globals' || id === 'no-restricted-syntax')).toEqual([]);
  });
});
