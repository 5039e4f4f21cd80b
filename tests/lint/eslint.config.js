// Lint rules that keep the architecture honest (ARCHITECTURE.md §2): which folder may import what
// is decided here, not in review. Run from the repo root: eslint -c tests/lint/eslint.config.js .
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util', 'worker_threads'];
const restrict = (patterns) => ['error', { patterns }];
const group = (names, message) => ({ group: names, message });
const NO_RENDERER = group(['**/renderer/**'], 'main/ never imports the renderer.');
const ONLY_SHELL_ELECTRON = group(['electron'], 'Only main/electron/ imports electron; everything else runs without it (CLI, browser mode, tests).');
const ONLY_DB_SQLITE = group(['better-sqlite3'], 'Only main/db/ imports better-sqlite3; use its repositories and the Db type.');
/** One complete import rule per folder: flat config keeps only the last matching value of a rule, so rules are not layered. */
const boundary = (files, ignores, patterns) => ({ files, ignores, rules: { 'no-restricted-imports': restrict(patterns) } });

// Study text is hostile (ARCHITECTURE.md §6): it reaches the page only as text, never as markup.
const HTML_SINKS = ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'setHTMLUnsafe', 'createContextualFragment'].flatMap((name) => [
  { selector: `MemberExpression[property.name='${name}']`, message: `No ${name}: render study text as text (React children or textContent).` },
  { selector: `MemberExpression[property.value='${name}']`, message: `No ${name}: render study text as text (React children or textContent).` },
]).concat([
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render study text as text.' },
  { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render study text as text.' },
  { selector: "MemberExpression[object.name='document'][property.name=/^write(ln)?$/]", message: 'No document.write: render study text as text.' },
]);
// Links leave the app only through openExternalSafely (main/electron/security.ts), which allows https: and mailto: only.
const OPEN_EXTERNAL = [
  { selector: "MemberExpression[property.name='openExternal']", message: 'Open links with openExternalSafely (main/electron/security.ts), never shell.openExternal.' },
  { selector: "MemberExpression[property.value='openExternal']", message: 'Open links with openExternalSafely (main/electron/security.ts), never shell.openExternal.' },
  { selector: "ObjectPattern > Property[key.name='openExternal']", message: 'Open links with openExternalSafely (main/electron/security.ts), never shell.openExternal.' },
];
const VETTED_EXTERNAL = 'main/electron/security.ts';
const ALL_SOURCES = ['**/*.{ts,tsx,js,mjs,cjs}'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'release/**', '.native/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      eqeqeq: ['error', 'always'],
    },
  },
  boundary(['shared/**/*.ts'], [], [
    group(['**/main/**', '**/renderer/**'], 'shared/ is used by both sides: it imports nothing from main/ or renderer/.'),
    group([...NODE_BUILTINS, 'electron', 'better-sqlite3', 'react', 'react-dom', 'lexical', '@lexical/*'], 'shared/ is pure TypeScript: no Node, Electron, DOM or React.'),
  ]),
  boundary(['renderer/**/*.{ts,tsx}'], ['renderer/vite.config.ts'], [
    group(['**/main/**'], 'renderer/ reaches the backend only through renderer/api.ts.'),
    group([...NODE_BUILTINS, 'electron', 'better-sqlite3'], 'The renderer runs in a sandboxed page: no Node or Electron modules.'),
  ]),
  boundary(['main/electron/**/*.ts'], [], [NO_RENDERER, ONLY_DB_SQLITE]),
  boundary(['main/db/**/*.ts'], [], [NO_RENDERER, ONLY_SHELL_ELECTRON]),
  boundary(['main/**/*.{ts,mjs}'], ['main/electron/**', 'main/db/**'], [NO_RENDERER, ONLY_SHELL_ELECTRON, ONLY_DB_SQLITE]),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // no-restricted-syntax is one value per file in flat config, so each block below repeats the sink lists it needs.
  // Tests mock shell.openExternal to check the wrapper, so only the HTML sinks apply to them.
  { files: ALL_SOURCES, ignores: [VETTED_EXTERNAL, 'tests/**'], rules: { 'no-restricted-syntax': ['error', ...HTML_SINKS, ...OPEN_EXTERNAL] } },
  { files: [VETTED_EXTERNAL, 'tests/**'], rules: { 'no-restricted-syntax': ['error', ...HTML_SINKS] } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/api.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...HTML_SINKS,
        ...OPEN_EXTERNAL,
        { selector: "MemberExpression[object.name='window'][property.name='api']", message: 'Only renderer/api.ts touches window.api.' },
        { selector: "CallExpression[callee.name='fetch']", message: 'Only renderer/api.ts talks to the backend.' },
      ],
    },
  },
);
