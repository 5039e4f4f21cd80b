// Lint rules that keep the architecture honest (docs/ARCHITECTURE.md): which folder may import what
// is decided here, not in review. Run from the repo root: eslint -c tests/lint/eslint.config.js .
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { verbatimPlugin } from './layers.js';

// Study text is hostile (docs/ARCHITECTURE.md, "Layers"): it reaches the page only as text, never as markup.
const HTML_SINKS = ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'setHTMLUnsafe', 'createContextualFragment']
  .flatMap((name) => [
    {
      selector: `MemberExpression[property.name='${name}']`,
      message: `No ${name}: render study text as text (React children or textContent).`,
    },
    {
      selector: `MemberExpression[property.value='${name}']`,
      message: `No ${name}: render study text as text (React children or textContent).`,
    },
  ])
  .concat([
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render study text as text.' },
    { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render study text as text.' },
    {
      selector: "MemberExpression[object.name='document'][property.name=/^write(ln)?$/]",
      message: 'No document.write: render study text as text.',
    },
  ]);
// Links leave the app only through openExternalSafely (main/electron/security.ts), which allows https: and mailto: only.
const OPEN_EXTERNAL = [
  {
    selector: "MemberExpression[property.name='openExternal']",
    message: 'Open links with openExternalSafely (main/electron/security.ts), never shell.openExternal.',
  },
  {
    selector: "MemberExpression[property.value='openExternal']",
    message: 'Open links with openExternalSafely (main/electron/security.ts), never shell.openExternal.',
  },
  {
    selector: "ObjectPattern > Property[key.name='openExternal']",
    message: 'Open links with openExternalSafely (main/electron/security.ts), never shell.openExternal.',
  },
];
const VETTED_EXTERNAL = 'main/electron/security.ts';
// The renderer talks to the backend in one file, so a transport change (IPC, HTTP, a test bridge) touches one file.
const BACKEND_ONLY_IN_API = 'Only renderer/api.ts talks to the backend (window.api, fetch, event streams).';
const BACKEND_GLOBALS = ['api', 'fetch', 'XMLHttpRequest', 'EventSource', 'WebSocket'];
const BACKEND_MEMBER = `/^(${BACKEND_GLOBALS.join('|')})$/`;
const BACKEND_DOORS = ['name', 'value'].map((key) => ({
  selector: `MemberExpression[object.name=/^(window|globalThis|self)$/][property.${key}=${BACKEND_MEMBER}]`,
  message: BACKEND_ONLY_IN_API,
}));
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
  // The layer table (tests/lint/layers.js): every import, require() and import() of the app's code.
  {
    files: ['{main,shared,renderer,build}/**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: ['renderer/vite.config.ts'],
    plugins: { verbatim: verbatimPlugin },
    rules: { 'verbatim/layers': 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // no-restricted-syntax is one value per file in flat config, so each block below repeats the sink lists it needs.
  // Tests mock shell.openExternal to check the wrapper, so only the HTML sinks apply to them.
  {
    files: ALL_SOURCES,
    ignores: [VETTED_EXTERNAL, 'tests/**'],
    rules: { 'no-restricted-syntax': ['error', ...HTML_SINKS, ...OPEN_EXTERNAL] },
  },
  { files: [VETTED_EXTERNAL, 'tests/**'], rules: { 'no-restricted-syntax': ['error', ...HTML_SINKS] } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/api.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...HTML_SINKS, ...OPEN_EXTERNAL, ...BACKEND_DOORS],
      'no-restricted-globals': ['error', ...BACKEND_GLOBALS.map((name) => ({ name, message: BACKEND_ONLY_IN_API }))],
    },
  },
);
