import { spawnSync } from 'node:child_process';
import { translatorFor } from '../../shared/i18n/translator';
import { expect, shot, test } from './fixtures';
import { backend, uploadFile } from './helpers';

const VTT = ['WEBVTT', '', '00:00:01.000 --> 00:00:05.000', '<v Ana>The delivery slots are always gone by Tuesday.', ''].join('\n');

/** The paragraphs of a Word file, read with Python's zipfile (not our own zip or XML code). */
function readDocx(path: string): string[] {
  const script = [
    'import json, re, sys, zipfile, html',
    'xml = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8")',
    'print(json.dumps([html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<w:p>.*?</w:p>", xml)]))',
  ].join('\n');
  const r = spawnSync('python3', ['-c', script, path], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[];
}

/**
 * The words the backend adds to the Passages view (NPS groups in the filters) and its export are in
 * the UI's language: the renderer sends it with every retrieve query.
 */
test('the Passages view and its Word export speak Hungarian when the UI does', async ({ page, app }, testInfo) => {
  const hu = translatorFor('hu');
  const call = backend(app);
  await page.getByRole('button', { name: 'New study' }).click();
  await page.getByLabel('Study title').fill('Kiszállítás');
  await page.getByLabel('Study title').press('Enter');
  await expect(page.getByRole('heading', { name: 'Kiszállítás' })).toBeVisible();
  const session = await call<{ id: string }>('sessions:create', { kind: 'interview', title: 'Interjú Annával' });
  const nps = await call<{ id: string }>('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps' });
  const doc = await call<{ documentId: string }>('transcripts:importCommit', {
    sessionId: session.id,
    ...(await uploadFile(app, 'transcript', 'ana.vtt', VTT)),
    title: 'Anna',
  });
  const [ana] = await call<{ id: string }[]>('participants:list');
  await call('participants:setValue', { participantId: ana!.id, attributeId: nps.id, value: 9 });
  const delivery = await call<{ id: string }>('codes:create', { name: 'Delivery' });
  const view = await call<{ text: string }>('documents:get', { id: doc.documentId });
  const start = view.text.indexOf('The delivery slots');
  await call('codings:create', { documentId: doc.documentId, start, end: start + 'The delivery slots'.length, codeId: delivery.id });
  await call('app:setLanguage', { language: 'hu' });
  await page.reload();

  await page.getByRole('tab', { name: new RegExp(hu.t('common.coding')) }).click();
  await page.getByRole('button', { name: hu.t('common.passages'), exact: true }).click();
  await page.getByRole('treeitem', { name: /^Delivery/ }).click();
  const passages = page.locator('.retrieve');
  await passages.getByRole('button', { name: /^NPS/ }).click();
  await expect(passages.getByRole('checkbox', { name: /^Ajánló/ })).toBeVisible();
  await passages.getByRole('checkbox', { name: /^Ajánló/ }).check();
  await page.keyboard.press('Escape');
  await expect(passages.getByText('NPS: Ajánló')).toBeVisible();
  await shot(page, testInfo, 'passages-hu');

  const word = page.waitForEvent('download');
  await passages.getByRole('button', { name: hu.t('common.exportPassages') }).click();
  await page.getByRole('menuitem', { name: hu.t('retrieve.exportDocx') }).click();
  const docx = testInfo.outputPath('Delivery-passages.docx');
  await (await word).saveAs(docx);
  expect(readDocx(docx)).toEqual([
    'Szövegrészek: Delivery',
    '1 szövegrész, alkódokkal · NPS: Ajánló · alkalom és idő szerint',
    '„The delivery slots”',
    '— Ana (Ajánló) · Interjú Annával · Anna · 00:01',
  ]);
});
