import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where Verbatim's own files are (fonts, the built renderer, the preload), found the same way from
 * every place its code runs: the TypeScript sources (tsx, vitest), the esbuild bundle
 * (out/electron/*.cjs, where bundle.mjs turns `import.meta.dirname` into `__dirname`), and that
 * bundle inside a packaged app.asar. Neither the working directory nor Electron's app path is
 * consulted: a lookup that works only from the repository would pass every test and fail users.
 */

/** The `name` in package.json that marks the app's root folder. */
const PACKAGE_NAME = 'verbatim';

function isAppRoot(dir: string): boolean {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    // Another project's unreadable package.json is not ours; keep looking further up.
    return false;
  }
}

/** The nearest folder at or above `start` whose package.json is Verbatim's; throws when there is none. */
export function findAppRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (isAppRoot(dir)) return dir;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`Verbatim cannot find its own files: no package.json named "${PACKAGE_NAME}" at or above ${start}.`);
}

let root: string | undefined;

/** The app's root folder: the repository in development, resources/app.asar when packaged. */
export function appRoot(): string {
  root ??= findAppRoot(import.meta.dirname);
  return root;
}

/** A path inside the app's root folder, e.g. `appFile('resources', 'fonts')`. */
export function appFile(...segments: string[]): string {
  return join(appRoot(), ...segments);
}

/** resources/fonts of the app (PDF and chart fonts), wherever its code runs from: the sources, the bundle or app.asar. */
export function defaultFontsDir(): string {
  return appFile('resources', 'fonts');
}
