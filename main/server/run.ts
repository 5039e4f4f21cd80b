// Browser mode's entry point in its bundle, out/server/serve.cjs (build/nodeBundles.mjs builds it;
// `npm run serve` and `npm start` without Electron run it).
import { join } from 'node:path';
import { appFile } from '../appFiles';
import { terminalTranslator } from '../language';
import { defaultAppDataDir } from '../app/appDataDir';
import { parseServeArgs, serveBrowserMode } from './index';

/** `npm run serve -- [--port N] [--data-dir DIR] [study.verbatim…]`: starts browser mode and prints its address. */
async function main(): Promise<void> {
  const args = parseServeArgs(process.argv.slice(2));
  const appDataDir = args.appDataDir ?? defaultAppDataDir();
  const staticDir = appFile('out', 'renderer');
  const running = await serveBrowserMode({ appDataDir, staticDir, port: args.port });
  // Studies named on this command line may be opened by path from the page (main/services/studyPaths.ts).
  for (const study of args.studies) running.backend.grantStudyPath(study);
  const tr = terminalTranslator();
  console.log(tr.t('cli.serveRunning', { url: running.server.url }));
  console.log(tr.t('cli.serveStudiesFolder', { folder: join(appDataDir, 'Studies') }));
  for (const study of args.studies) console.log(tr.t('cli.serveAlsoOffered', { path: study }));
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
