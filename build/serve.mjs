// `npm run serve` (after the renderer is built): browser mode from its bundle, out/server/serve.cjs,
// built again first when a source is newer than it (nodeBundles.mjs), with V8's code cache (runBundle.mjs).
import { freshBundle } from './nodeBundles.mjs';
import { runBundle } from './runBundle.mjs';

runBundle(await freshBundle('server'));
