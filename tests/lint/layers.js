// The layer rules as one table, and the ESLint rule that holds them (docs/ARCHITECTURE.md, "Layers").
// no-restricted-imports sees only static imports; this rule also sees import(), require(),
// `import x = require()` and `import('…').Type`, so no form of import slips past a layer.
import { builtinModules } from 'node:module';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Stands for every Node built-in module, with and without `node:` (from `builtinModules`, never a hand list). */
export const NODE = '(node built-ins)';

const ABOVE_SERVICES = ['main/api', 'main/electron', 'main/server', 'main/cli'];
/** What sits above the readers, writers and jobs: the services' level and everything over it. */
const ABOVE_IO = ['main/services', 'main/app', 'main/sample', ...ABOVE_SERVICES];

/**
 * Folder → what code in it may not import: folders of the repository, packages, or {@link NODE}.
 * A folder's rules hold in its subfolders too, and a file obeys every folder it is in (a file in
 * main/db obeys `main` and `main/db`); a folder may always import its own files.
 */
export const LAYERS = {
  shared: {
    forbid: ['main', 'renderer', 'build', 'tests', NODE, 'electron', 'better-sqlite3', 'react', 'react-dom', 'lexical', '@lexical/*'],
    why: 'shared/ is pure TypeScript that every side uses: no app code, Node, Electron, DOM or React.',
  },
  renderer: {
    forbid: ['main', 'build', 'tests', NODE, 'electron', 'better-sqlite3'],
    why: 'the renderer is a sandboxed page; it reaches the backend only through renderer/api.ts.',
  },
  // Not build/: the `verbatim` launcher (main/cli/verbatim.mjs) starts the CLI's bundle with build/'s helpers.
  main: { forbid: ['renderer', 'tests'], why: 'the backend never imports the page or the tests.' },
  'main/formats': { forbid: ['main'], why: 'general file formats know nothing of the app: they import only themselves and shared/.' },
  'main/db': {
    forbid: ['main/io', 'main/jobs', ...ABOVE_IO],
    why: 'the database is the bottom layer: everything calls down into it, it calls nothing back.',
  },
  'main/io': {
    forbid: ['main/jobs', ...ABOVE_IO],
    why: 'readers and writers turn data into files and back; services and handlers call them, never the reverse.',
  },
  'main/jobs': { forbid: ABOVE_IO, why: 'job workers run io on plain data; services start jobs, jobs never call services.' },
  'main/services': {
    forbid: ABOVE_SERVICES,
    why: 'services hold the logic every transport shares; handlers, the CLI and the shells call them.',
  },
  'main/app': { forbid: ABOVE_SERVICES, why: 'app infrastructure sits beside the services, below every transport.' },
  'main/sample': { forbid: ABOVE_SERVICES, why: 'the sample study is written through services, below every transport.' },
  build: {
    forbid: ['main', 'renderer', 'shared', 'tests'],
    why: "build scripts run in plain Node before anything is compiled: they name the app's files as paths, never import them.",
  },
};

/** Packages only some folders may import, and why. */
export const ONLY = {
  electron: { folders: ['main/electron'], why: 'everything else runs without Electron (CLI, browser mode, tests).' },
  'better-sqlite3': { folders: ['main/db'], why: 'use its repositories and the Db type.' },
};

const inside = (path, folder) => path === folder || path.startsWith(`${folder}/`);
const posix = (path) => path.split('\\').join('/');
const isNodeBuiltin = (source) => source.startsWith('node:') || builtinModules.includes(source);
/** `react-dom/client` → `react-dom`, `@lexical/react/x` → `@lexical/react`. */
const packageOf = (source) =>
  source
    .split('/')
    .slice(0, source.startsWith('@') ? 2 : 1)
    .join('/');
const matchesPackage = (pkg, entry) => (entry.endsWith('/*') ? pkg.startsWith(entry.slice(0, -1)) : pkg === entry);

/** Why `source`, imported from the repository file `file`, breaks a rule; null when it is allowed. */
export function layerViolation(file, source) {
  const bare = !source.startsWith('.') && !isAbsolute(source);
  const target = bare ? null : posix(relative(ROOT, resolve(ROOT, dirname(file), source)));
  for (const [folder, { forbid, why }] of Object.entries(LAYERS)) {
    if (!inside(file, folder)) continue;
    for (const entry of forbid) {
      const hit = bare
        ? entry === NODE
          ? isNodeBuiltin(source)
          : matchesPackage(packageOf(source), entry)
        : entry !== NODE && inside(target, entry) && !inside(target, folder);
      if (hit) return `${folder}/ may not import ${bare ? source : target}: ${why}`;
    }
  }
  const only = bare ? ONLY[packageOf(source)] : undefined;
  if (only && !only.folders.some((folder) => inside(file, folder)))
    return `Only ${only.folders.map((f) => `${f}/`).join(' and ')} may import ${packageOf(source)}: ${only.why}`;
  return null;
}

/** The module a node names, when it is written out; `undefined` for a computed one (`import(name)`). */
function literalSource(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return undefined;
}

const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each folder to the imports its layer allows (tests/lint/layers.js).' },
    schema: [],
    messages: {
      layer: '{{reason}}',
      computed: 'A module named at run time cannot be checked against the layer rules: name it in the source.',
    },
  },
  create(context) {
    const file = posix(relative(ROOT, context.filename));
    const check = (node, sourceNode) => {
      const source = literalSource(sourceNode);
      if (source === undefined) return context.report({ node, messageId: 'computed' });
      const reason = layerViolation(file, source);
      if (reason) context.report({ node, messageId: 'layer', data: { reason } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSExternalModuleReference: (node) => check(node, node.expression),
      TSImportType: (node) => check(node, node.source ?? node.argument?.literal),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length > 0)
          check(node, node.arguments[0]);
      },
    };
  },
};

/** The project's own ESLint plugin: `verbatim/layers`. */
export const verbatimPlugin = { rules: { layers: layersRule } };
