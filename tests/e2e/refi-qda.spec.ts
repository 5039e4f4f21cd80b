import { readFileSync } from 'node:fs';
import { ZipArchive } from '../../main/formats/zip';
import { writeZip } from '../../main/formats/zipWriter';
import { expect, shot, test } from './fixtures';

test('export the sample study as REFI-QDA, import it back as a new study, and read the report', async ({ page, app }, testInfo) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));

  await page.getByRole('button', { name: 'Open the sample study' }).click();
  await expect(page.getByRole('table', { name: 'Sessions' })).toBeVisible();
  const title = (await page.getByRole('heading', { level: 1 }).first().innerText()).split('\n')[0]!.trim();

  const qdpxPath = testInfo.outputPath('sample.qdpx');
  await test.step('Export ▸ REFI-QDA project downloads a .qdpx (browser mode has no save dialog)', async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    await shot(page, testInfo, 'export-menu');
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'REFI-QDA project (.qdpx)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.qdpx$/);
    await file.saveAs(qdpxPath);
    await expect(page.getByText(/Exported .*\.qdpx\./)).toBeVisible();
  });

  await test.step('Export ▸ REFI-QDA project with turns, for NVivo: only that export links participants to their turns', async () => {
    const qde = (path: string) => new TextDecoder().decode(ZipArchive.open(readFileSync(path)).read('project.qde'));
    expect(qde(qdpxPath)).not.toContain('<SelectionRef ');
    await page.getByRole('button', { name: 'Export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'REFI-QDA project with turns, for NVivo (.qdpx)' }).click();
    const withTurns = testInfo.outputPath('sample-nvivo.qdpx');
    await (await download).saveAs(withTurns);
    expect(qde(withTurns)).toContain('<SelectionRef ');
  });

  const qdcPath = testInfo.outputPath('sample.qdc');
  await test.step('Export ▸ Codebook downloads a .qdc', async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Codebook (.qdc)' }).click();
    await (await download).saveAs(qdcPath);
  });

  await test.step('close the study and import the project from the welcome screen', async () => {
    await page.getByRole('button', { name: 'Close study' }).click();
    await expect(page.getByRole('button', { name: 'Import a REFI-QDA project…' })).toBeVisible();
    // Closing must not make the study's lists reload against a closed study.
    await expect(page.getByText(/No study is open/)).toHaveCount(0);
    await page.getByLabel('REFI-QDA project to import').setInputFiles(qdpxPath);
    const report = page.getByRole('dialog', { name: 'Import report' });
    await expect(report).toBeVisible();
    await expect(report.getByText('Nothing was left out.')).toBeVisible();
    await expect(report.getByText(/Positions read counting emoji and rare characters as two \(NVivo's way\)/)).toBeVisible();
    const count = async (label: string) => Number(await report.locator('.import-count', { hasText: label }).locator('dd').innerText());
    expect(await count('Sources')).toBeGreaterThan(0);
    expect(await count('Codings')).toBeGreaterThan(0);
    expect(await count('Cases')).toBe(20);
    await shot(page, testInfo, 'import-report-new-study');
    await report.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(report).toBeHidden();
    // The new study is open, with the sample's sessions, filed in the studies folder.
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.getByText(new RegExp(`${app.studiesDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/.*\\.verbatim`))).toBeVisible();
    await expect(page.getByRole('table', { name: 'Sessions' }).getByRole('row')).toHaveCount(11);
  });

  await test.step('Import ▸ Codebook into the open study matches every code by GUID', async () => {
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('menuitem', { name: 'REFI-QDA project into this study…' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByLabel('Codebook file').setInputFiles(qdcPath);
    const report = page.getByRole('dialog', { name: 'Import report' });
    await expect(report.getByText(/matched codes of this study by GUID/)).toBeVisible();
    await expect(report.getByText(/A copy of the study from before the import is at/)).toBeVisible();
    await shot(page, testInfo, 'import-report-codebook');
    await report.getByRole('button', { name: 'Close', exact: true }).click();
  });

  await test.step('a report with something left out does not say that everything came in', async () => {
    // One real note and one empty one (QualCoder writes such notes); nothing else to map.
    const qde = `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="Notes only" origin="QualCoder 3.6"><Notes>
<Note guid="00000000-0000-4000-8000-000000000001" name="Journal"><PlainTextContent>Day 1</PlainTextContent></Note>
<Note guid="00000000-0000-4000-8000-000000000002"><PlainTextContent></PlainTextContent></Note></Notes></Project>`;
    await page.getByLabel('REFI-QDA project file').setInputFiles({
      name: 'notes.qdpx',
      mimeType: 'application/zip',
      buffer: Buffer.from(writeZip([{ name: 'project.qde', data: qde }])),
    });
    const report = page.getByRole('dialog', { name: 'Import report' });
    await expect(report.getByText(/1 empty note\(s\)/)).toBeVisible();
    await expect(report.getByText('Everything not listed under “Left out” came in as it was.')).toBeVisible();
    await expect(report.getByText('Everything came in as it was.')).toHaveCount(0);
    await shot(page, testInfo, 'import-report-left-out');
    await report.getByRole('button', { name: 'Close', exact: true }).click();
  });

  await test.step('a file that is not a project is refused with a clear message', async () => {
    await page
      .getByLabel('REFI-QDA project file')
      .setInputFiles({ name: 'broken.qdpx', mimeType: 'application/zip', buffer: Buffer.from('not a zip at all') });
    await expect(page.getByText(/This \.qdpx cannot be opened safely: this is not a zip archive.*Nothing was imported\./)).toBeVisible();
  });

  expect(problems).toEqual([]);
});
