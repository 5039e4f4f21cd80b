// Runs the built main bundle under plain Node (with fakeElectron.cjs as `electron`), opens the
// sample study through IPC and exports one report as PDF and DOCX into the folder given, through the
// app's own road out: the save dialog chooses the path and the backend writes the file.
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
    const target = join(outDir, `report.${format}`);
    electron.nextSavePath = target;
    const { saved, files } = await call('reports:export', { snapshotId: snapshot.id, format });
    if (saved[0] !== target || files.length !== 0)
      throw new Error(`the ${format} export was not saved where the dialog said: ${JSON.stringify(saved)}`);
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
