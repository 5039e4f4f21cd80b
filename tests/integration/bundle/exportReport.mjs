// Runs the built main bundle under plain Node (with fakeElectron.cjs as `electron`), opens the
// sample study through IPC and exports one report as PDF and DOCX into the folder given (through
// the save dialog, as the app does).
//   node exportReport.mjs <app folder> <output folder>
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [appDir, outDir] = process.argv.slice(2);
// Loaded the way Electron loads the bundle: as CommonJS, resolving `electron` from the app folder.
const require = createRequire(join(appDir, 'package.json'));
const electron = require('electron');

async function call(channel, input) {
  const result = await electron.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function main() {
  electron.appPath = appDir;
  require(join(appDir, 'out', 'electron', 'main.cjs'));
  await electron.whenStarted;
  if (electron.errors.length) throw new Error(electron.errors.join('\n'));
  const study = await call('study:openSample', {});
  const snapshot = await call('reports:generate', { definition: { title: 'Bundled report check' } });
  for (const format of ['pdf', 'docx']) {
    // As in the app: the save dialog names the file, and the backend writes it (rendered in jobWorker.cjs).
    electron.nextSavePath = join(outDir, `report.${format}`);
    const { saved } = await call('reports:export', { snapshotId: snapshot.id, format });
    if (saved.length !== 1 || saved[0] !== electron.nextSavePath) throw new Error(`reports:export saved ${JSON.stringify(saved)}`);
  }
  await call('study:close', {});
  console.log(JSON.stringify({ title: study.title }));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error && error.stack ? error.stack : String(error));
    process.exit(1);
  },
);
