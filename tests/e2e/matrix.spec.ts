import { readFile } from 'node:fs/promises';
import { expect, shot, test } from './fixtures';
import { backend } from './helpers';

test('the Matrix view counts ticked codes by NPS as the backend does, opens a cell’s passages and exports the table', async ({
  page,
  app,
}, testInfo) => {
  await page.getByRole('button', { name: 'Open the sample study' }).click();
  await page.getByRole('tab', { name: /Queries/ }).click();
  await page.getByRole('button', { name: 'Matrix', exact: true }).click();
  const view = page.getByRole('region', { name: 'Matrix' });
  await expect(view.getByText('Tick the codes for the rows on the left.')).toBeVisible();

  const rows = view.getByRole('list', { name: 'Codes to include' });
  for (const name of ['Delivery', 'Substitutions', 'Price & value']) await rows.getByRole('checkbox', { name }).check();
  await view.getByLabel('Columns').selectOption({ label: 'NPS' });
  const table = view.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Code', 'Promoter', 'Passive', 'Detractor', 'Total']);
  await expect(table.getByRole('rowheader')).toHaveText(['Delivery', 'Order accuracy/Substitutions', 'Price & value', 'Total']);

  // The same numbers the backend counts for the same question.
  const call = backend(app);
  const codes = await call<{ id: string; path: string }[]>('codes:list');
  const nps = (await call<{ id: string; name: string }[]>('attributes:list')).find((a) => a.name === 'NPS')!;
  const ids = ['Delivery', 'Order accuracy/Substitutions', 'Price & value'].map((p) => codes.find((c) => c.path === p)!.id);
  const expected = await call<{ cells: number[][]; rowTotals: number[] }>('queries:matrix', {
    codeIds: ids,
    columns: { by: 'attribute', attributeId: nps.id },
  });
  const body = table.locator('tbody tr');
  for (const [i, cells] of expected.cells.entries())
    await expect(body.nth(i).locator('td')).toHaveText([...cells, expected.rowTotals[i]!].map(String));
  await expect(table.locator('caption')).toHaveText('Codings by NPS · with sub-codes · respondents only');
  await shot(page, testInfo, 'matrix-nps');

  // A cell opens the passages it counted.
  const detractors = expected.cells[1]![2]!;
  await table.getByRole('button', { name: `Order accuracy/Substitutions, Detractor: ${detractors}. Show the passages.` }).click();
  const passages = view.getByRole('region', { name: 'Order accuracy/Substitutions × Detractor' });
  await expect(passages.getByRole('status')).toHaveText(`${detractors} passages`);
  await expect(passages.getByRole('article')).toHaveCount(detractors);
  await shot(page, testInfo, 'matrix-cell-passages');

  // Counting participants changes the numbers and closes the cell.
  await view.getByRole('combobox', { name: /^Count/ }).selectOption({ label: 'Participants' });
  await expect(table.locator('caption')).toHaveText('Participants by NPS · with sub-codes · respondents only');
  await expect(passages).toHaveCount(0);

  const download = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Export matrix' }).click();
  await page.getByRole('menuitem', { name: 'CSV table (.csv)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Participants-by-NPS.csv');
  const text = await readFile((await file.path())!, 'utf8');
  expect(text.startsWith('\ufeffParticipants by NPS')).toBe(true);
  expect(text).toContain('Code,Promoter,Passive,Detractor,Total');
});

test('a saved coding query can be a row of the matrix, and its cell opens the query’s passages', async ({ page, app }, testInfo) => {
  await page.getByRole('button', { name: 'Open the sample study' }).click();
  const call = backend(app);
  const saved = await call<{ id: string }>('queries:save', {
    name: 'Slots or fees',
    expression: '"Delivery/Slot availability" OR "Price & value/Fees & minimum spend"',
    restrictions: { sessionIds: [], speakers: [], coderIds: [], attributes: [] },
  });
  await page.getByRole('tab', { name: /Queries/ }).click();
  await page.getByRole('button', { name: 'Matrix', exact: true }).click();
  const view = page.getByRole('region', { name: 'Matrix' });
  await view.getByRole('list', { name: 'Rows: saved queries' }).getByRole('checkbox', { name: 'Slots or fees' }).check();
  await view.getByLabel('Columns').selectOption({ label: 'Sessions' });
  const table = view.getByRole('table');
  await expect(table.getByRole('rowheader')).toHaveText(['Slots or fees', 'Total']);

  const expected = await call<{ columns: { key: string; label: string }[]; cells: number[][] }>('queries:matrix', {
    savedQueryIds: [saved.id],
    columns: { by: 'sessions' },
  });
  await expect(table.locator('tbody tr').first().locator('td')).toHaveCount(expected.columns.length + 1);
  const j = expected.cells[0]!.findIndex((n) => n > 0);
  const column = expected.columns[j]!;
  await table.getByRole('button', { name: `Slots or fees, ${column.label}: ${expected.cells[0]![j]}. Show the passages.` }).click();
  const passages = view.getByRole('region', { name: `Slots or fees × ${column.label}` });
  await expect(passages.getByRole('article')).toHaveCount(expected.cells[0]![j]!);
  await shot(page, testInfo, 'matrix-saved-query');
});
