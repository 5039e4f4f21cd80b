// `npm run serve` (after the renderer is built): browser mode from its bundle, out/server/serve.cjs,
// built again first when a source is newer than it (nodeBundles.mjs).
import { createRequire } from 'node:module';
import { freshBundle } from './nodeBundles.mjs';

createRequire(import.meta.url)(await freshBundle('server'));
