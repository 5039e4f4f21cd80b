import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../../main/api/backend';
import { headlessHost } from '../../main/app/host';
import { bigStudy } from '../bench/refi';
import { expect, shot, test } from './fixtures';
import { backend } from './helpers';

test('a long project export shows its progress panel, and Cancel stops it with nothing downloaded', async ({ page, app }, testInfo) => {
  test.setTimeout(120_000);
  mkdirSync(app.studiesDir, { recursive: true });
  // 150 sessions, 30,000 codings: an export long enough to watch its stages go by.
  const maker = await bigStudy(
    () => createBackend({ appDataDir: join(app.appDataDir, 'maker'), host: headlessHost('cli'), trackRecent: false }),
    app.studiesDir,
    { sessions: 150 },
  );
  const path = maker.context.studies.require().path;
  maker.close();
  await backend(app)('study:open', { path });
  // On a fast machine the export could end between the last check below and the click on Cancel.
  app.holdJobsUntilCancelled();
  await page.reload();
  await expect(page.getByRole('table', { name: 'Sessions' })).toBeVisible();

  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'REFI-QDA project (.qdpx)' }).click();

  const panel = page.getByRole('region', { name: 'Exporting the project' });
  await expect(panel).toBeVisible();
  const bar = panel.getByRole('progressbar');
  await expect(bar).toHaveAttribute('aria-valuenow', /\d+/);
  // One job at a time: a second import or export would take this panel, and its Cancel, away.
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  // Wait until the export is under way (the first slices read, the worker already writing sources
  // from them), then cancel at once (the screenshot comes after the click is on its way, so it cannot
  // let the export finish first).
  await expect(bar).toHaveAttribute('aria-valuenow', /^[1-9]\d*$/);
  await expect(panel.getByText(/Reading the study|Writing the project file|Compressing/)).toBeVisible();
  const cancelled = panel.getByRole('button', { name: 'Cancel' }).click();
  await shot(page, testInfo, 'progress-panel');
  await cancelled;
  await expect(panel).toBeHidden();
  await expect(page.getByText('The export was cancelled. Nothing was changed.')).toBeVisible();
  await shot(page, testInfo, 'after-cancel');
  expect(downloads).toEqual([]);
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeEnabled();
  // The study is still open and usable.
  await expect(page.getByRole('table', { name: 'Sessions' })).toBeVisible();
});
