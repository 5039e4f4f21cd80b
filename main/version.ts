import pkg from '../package.json' with { type: 'json' };

/** The app version, from package.json (bundled in, so no file access at runtime). */
export const APP_VERSION: string = pkg.version;
