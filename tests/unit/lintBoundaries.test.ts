import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'tests/lint/eslint.config.js' });

/** The rules that hold the boundaries: the layer table (tests/lint/layers.js), the renderer's doors to the backend, the sinks. */
const BOUNDARY_RULES = ['verbatim/layers', 'no-restricted-globals', 'no-restricted-syntax'];

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId !== null && BOUNDARY_RULES.includes(m.ruleId)).map((m) => m.message);
}

// The folder rules of docs/ARCHITECTURE.md ("Layers") are enforced by lint; these cases prove each rule can fail
// (tests/unit/lint/layers.test.ts goes through the whole table).
describe('architecture boundaries', () => {
  it.each([
    ['shared/x.ts', "import { readFileSync } from 'node:fs'; export const f = readFileSync;"],
    ['shared/x.ts', "import { openStudyDb } from '../main/db/connection'; export const f = openStudyDb;"],
    ['shared/x.ts', "import React from 'react'; export const f = React;"],
    ['renderer/x.ts', "import { handlers } from '../main/api/handlers'; export const f = handlers;"],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron'; export const f = ipcRenderer;"],
    ['renderer/x.ts', 'export const f = () => window.api;'],
    ['renderer/x.ts', "export const f = () => fetch('/api/invoke');"],
    ['main/services/x.ts', "import Database from 'better-sqlite3'; export const f = Database;"],
    ['main/services/x.ts', "import { app } from 'electron'; export const f = app;"],
    ['main/db/x.ts', "import { app } from 'electron'; export const f = app;"],
    ['main/electron/x.ts', "import Database from 'better-sqlite3'; export const f = Database;"],
    ['main/api/x.ts', "import { App } from '../../renderer/App'; export const f = App;"],
  ])('%s refuses: %s', async (file, code) => {
    expect(await importErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['main/db/x.ts', "import Database from 'better-sqlite3'; export const f = Database;"],
    ['main/electron/x.ts', "import { app } from 'electron'; export const f = app;"],
    ['renderer/api.ts', 'export const f = () => window.api;'],
    ['main/services/x.ts', "import { readFileSync } from 'node:fs'; export const f = readFileSync;"],
    ['renderer/x.ts', "import { contract } from '../shared/ipc/contract'; export const f = contract;"],
  ])('%s allows: %s', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});

// Markup sinks and shell.openExternal (docs/ARCHITECTURE.md, "Layers"): study text is rendered as text, and
// links leave the app only through the vetted wrapper in main/electron/security.ts.
describe('dangerous sinks', () => {
  it.each([
    ['renderer/x.ts', 'export const f = (el: HTMLElement, s: string) => { el.innerHTML = s; };'],
    ['renderer/x.ts', "export const f = (el: HTMLElement, s: string) => { el['outerHTML'] = s; };"],
    ['renderer/x.ts', "export const f = (el: HTMLElement, s: string) => el.insertAdjacentHTML('beforeend', s);"],
    ['renderer/x.tsx', 'export const F = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;'],
    [
      'renderer/x.ts',
      "import { createElement } from 'react'; export const f = (s: string) => createElement('div', { dangerouslySetInnerHTML: { __html: s } });",
    ],
    ['renderer/api.ts', 'export const f = (el: HTMLElement, s: string) => { el.innerHTML = s; };'],
    ['main/io/x.ts', 'export const f = (el: { innerHTML: string }, s: string) => { el.innerHTML = s; };'],
    ['main/electron/security.ts', 'export const f = (el: { innerHTML: string }, s: string) => { el.innerHTML = s; };'],
    ['tests/e2e/x.spec.ts', 'export const f = (el: { innerHTML: string }, s: string) => { el.innerHTML = s; };'],
    ['renderer/x.ts', 'export const f = (el: Element, s: string) => el.setHTMLUnsafe(s);'],
    ['renderer/x.ts', 'export const f = (s: string) => document.createRange().createContextualFragment(s);'],
    ['renderer/x.ts', 'export const f = (s: string) => document.write(s);'],
    ['main/electron/menu.ts', "import { shell } from 'electron'; export const f = (u: string) => shell.openExternal(u);"],
    ['main/electron/menu.ts', "import { shell } from 'electron'; export const f = (u: string) => shell['openExternal'](u);"],
    [
      'main/electron/menu.ts',
      "import { shell } from 'electron'; const { openExternal } = shell; export const f = (u: string) => openExternal(u);",
    ],
    ['main/electron/main.ts', "import * as electron from 'electron'; export const f = (u: string) => electron.shell.openExternal(u);"],
  ])('%s refuses: %s', async (file, code) => {
    expect(await importErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['main/electron/security.ts', "import { shell } from 'electron'; export const f = (u: string) => shell.openExternal(u);"],
    ['tests/unit/electron/x.test.ts', "import { shell } from 'electron'; export const f = () => shell.openExternal;"],
    ['renderer/x.ts', 'export const f = (el: HTMLElement, s: string) => { el.textContent = s; };'],
    ['main/io/x.ts', "import { createWriteStream } from 'node:fs'; export const f = (s: string) => createWriteStream('x').write(s);"],
  ])('%s allows: %s', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});
