import type { Page } from '@playwright/test';
import { expect, shot, test, type RunningApp } from './fixtures';
import { backend, uploadFile } from './helpers';

async function newStudy(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New study' }).click();
  await page.getByLabel('Study title').fill(title);
  await page.getByLabel('Study title').press('Enter');
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

async function rowMenu(page: Page, code: string, item: string): Promise<void> {
  await page.getByRole('button', { name: `Options for ${code}`, exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

const VTT = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:05.000',
  '<v Ana>The delivery slots are always gone by Tuesday, so I shop somewhere else.',
  '',
  '00:00:06.000 --> 00:00:09.000',
  '<v Ben>Honestly the price match is why I stay.',
  '',
  '00:00:10.000 --> 00:00:14.000',
  '<v Ana>The driver was lovely though, he carried everything upstairs.',
  '',
].join('\n');

/**
 * A study with attributes (NPS, segment, age band), one interview with Ana and Ben, and codings on
 * Delivery, its sub-code Drivers and Price — made through the API, as the UI would.
 */
async function codedStudy(page: Page, app: RunningApp) {
  await newStudy(page, 'Retrieval');
  const call = backend(app);
  const session = await call<{ id: string }>('sessions:create', { kind: 'interview', title: 'Interview with Ana and Ben' });
  const nps = await call<{ id: string }>('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps' });
  const segment = await call<{ id: string }>('attributes:create', { name: 'Segment', type: 'category', options: ['Family weekly shop', 'Solo top-up'] });
  const age = await call<{ id: string }>('attributes:create', { name: 'Age band', type: 'category', options: ['18–34', '35–44', '45+'] });
  const doc = await call<{ documentId: string }>('transcripts:importCommit', {
    sessionId: session.id,
    ...(await uploadFile(app, 'transcript', 'ana-ben.vtt', VTT)),
    title: 'Ana and Ben, 2 March',
  });
  const people = await call<{ id: string; displayName: string }[]>('participants:list');
  const id = (name: string) => people.find((p) => p.displayName === name)!.id;
  for (const [person, attribute, value] of [
    ['Ana', nps.id, 9],
    ['Ana', segment.id, 'Family weekly shop'],
    ['Ana', age.id, '35–44'],
    ['Ben', nps.id, 4],
    ['Ben', segment.id, 'Solo top-up'],
  ] as const)
    await call('participants:setValue', { participantId: id(person), attributeId: attribute, value });

  const delivery = await call<{ id: string }>('codes:create', { name: 'Delivery', description: { definition: 'Getting the shopping to the door.' } });
  const drivers = await call<{ id: string }>('codes:create', { name: 'Drivers', parentId: delivery.id });
  const price = await call<{ id: string }>('codes:create', { name: 'Price' });
  const view = await call<{ text: string; rev: number; turnList: { id: string; start: number; end: number }[] }>('documents:get', { id: doc.documentId });
  const code = async (codeId: string, phrase: string) => {
    const start = view.text.indexOf(phrase);
    await call('codings:create', { documentId: doc.documentId, start, end: start + phrase.length, codeId });
  };
  await code(delivery.id, 'The delivery slots are always gone by Tuesday');
  await code(drivers.id, 'The driver was lovely though');
  await code(price.id, 'the price match is why I stay');
  await code(delivery.id, 'the price match');
  return { call, doc, view };
}

test('retrieve shows each passage with its speaker, their attributes, and where it is', async ({ page, app }, testInfo) => {
  const { call, doc, view } = await codedStudy(page, app);
  // Ben's turn is rewritten so that Delivery's passage in it is gone: it must be flagged, not dropped.
  const ben = view.turnList[1]!;
  await call('documents:editTurn', { documentId: doc.documentId, turnId: ben.id, baseRev: view.rev, text: 'Honestly I stay for the prices.' });
  await page.reload();
  await page.getByRole('tab', { name: /Coding/ }).click();

  await rowMenu(page, 'Delivery', 'Retrieve passages');
  const retrieve = page.getByRole('region', { name: 'Delivery' });
  await expect(retrieve.getByRole('status')).toHaveText('3 passages · 1 document · 2 speakers · 1 to review');
  await expect(retrieve.getByText('Getting the shopping to the door.')).toBeVisible();

  const slots = retrieve.getByRole('article').filter({ hasText: 'The delivery slots are always gone by Tuesday' });
  await expect(slots.locator('blockquote')).toHaveText('The delivery slots are always gone by Tuesday');
  await expect(slots).toContainText('Ana');
  await expect(slots.locator('.fact')).toHaveText(['Promoter', 'NPS 9', 'Family weekly shop', '35–44']);
  await expect(slots).toContainText('Interview with Ana and Ben · Ana and Ben, 2 March');

  const driver = retrieve.getByRole('article').filter({ hasText: 'The driver was lovely though' });
  await expect(driver).toContainText('Delivery/Drivers');
  const orphan = retrieve.getByRole('article').filter({ hasText: 'Text changed — review' });
  await expect(orphan).toContainText('Ben');
  await expect(orphan.locator('.fact')).toHaveText(['Detractor', 'NPS 4', 'Solo top-up']);
  await shot(page, testInfo, 'retrieve-delivery');

  await retrieve.getByRole('checkbox', { name: 'Include sub-codes' }).uncheck();
  await expect(retrieve.getByRole('status')).toHaveText(/^2 passages/);
  await expect(driver).toHaveCount(0);
  await shot(page, testInfo, 'retrieve-without-sub-codes');

  await slots.getByRole('button', { name: 'Show in transcript' }).click();
  await expect(page.getByText('The delivery slots are always gone by Tuesday, so I shop somewhere else.')).toBeVisible();
});

test('a code with no passages says so', async ({ page, app }, testInfo) => {
  await newStudy(page, 'Empty retrieval');
  await backend(app)('codes:create', { name: 'Trust' });
  await page.reload();
  await page.getByRole('tab', { name: /Coding/ }).click();
  await rowMenu(page, 'Trust', 'Retrieve passages');
  await expect(page.getByText('No passages coded “Trust” yet.')).toBeVisible();
  await shot(page, testInfo, 'retrieve-empty');
});

test('memos on a code: add, autosave, edit, delete', async ({ page, app }, testInfo) => {
  await newStudy(page, 'Code memos');
  await backend(app)('codes:create', { name: 'Delivery' });
  await page.reload();
  await page.getByRole('tab', { name: /Coding/ }).click();

  await rowMenu(page, 'Delivery', 'Memo');
  const panel = page.getByRole('region', { name: /Delivery/ }).filter({ has: page.getByRole('button', { name: 'Add memo' }) });
  await expect(panel.getByText('No memos here yet.')).toBeVisible();
  await shot(page, testInfo, 'code-memo-empty');
  // The panel opened for writing: the first memo is one key away, and its text (not the title) takes the cursor.
  await expect(panel.getByRole('button', { name: 'Write the first memo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByLabel('Memo text')).toBeFocused();
  await page.keyboard.type('Three of five families mention Tuesday slots.');
  await panel.getByLabel('Memo title').fill('Slots drive churn');
  // Saved after a pause in typing, without leaving the field.
  await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await shot(page, testInfo, 'code-memo-saved');

  await panel.getByRole('button', { name: 'Add memo' }).click();
  await expect(panel.getByLabel('Memo text').first()).toBeFocused();
  await panel.getByLabel('Memo title').first().fill('Ask the ops team');
  await panel.getByLabel('Memo text').first().click();
  await expect(panel.getByRole('article')).toHaveCount(2);
  await panel.getByRole('button', { name: 'Close memos' }).click();

  await rowMenu(page, 'Delivery', 'Memo');
  await expect(panel.getByRole('article')).toHaveCount(2);
  const first = panel.getByRole('article', { name: 'Memo: Slots drive churn' });
  await expect(first.getByLabel('Memo text')).toHaveValue('Three of five families mention Tuesday slots.');
  await panel.getByRole('button', { name: 'Delete memo Ask the ops team' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete memo “Ask the ops team”?' });
  await confirm.getByRole('button', { name: 'Delete memo' }).click();
  await expect(panel.getByRole('article')).toHaveCount(1);
});

test('a project memo autosaves and is still there after reopening the study', async ({ page }, testInfo) => {
  await newStudy(page, 'Project memos');
  await page.getByRole('tab', { name: /Memos/ }).click();
  await expect(page.getByText('No project memos yet')).toBeVisible();
  await shot(page, testInfo, 'project-memos-empty');
  await page.getByRole('button', { name: 'Write a memo' }).click();
  await page.keyboard.type('Emerging themes');
  await page.getByLabel('Memo text').fill('Delivery reliability beats price for families.\nSubstitutions feel random.');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Project memos' }).getByRole('button', { name: /Emerging themes/ })).toBeVisible();
  await shot(page, testInfo, 'project-memos-saved');

  // An edit followed at once by closing the study is not lost (saved on blur / unmount).
  await page.getByLabel('Memo text').press('End');
  await page.keyboard.type(' Check the Leeds groups.');
  await page.getByRole('button', { name: 'Close study' }).click();
  await page.getByRole('list', { name: 'Recent studies' }).getByRole('button', { name: /Project memos/ }).click();
  await page.getByRole('tab', { name: /Memos/ }).click();
  await expect(page.getByLabel('Memo title')).toHaveValue('Emerging themes');
  // Saves while typing, on blur and on closing never made a second memo.
  await expect(page.getByRole('complementary', { name: 'Project memos' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByLabel('Memo text')).toHaveValue('Delivery reliability beats price for families.\nSubstitutions feel random. Check the Leeds groups.');
  await shot(page, testInfo, 'project-memos-reopened');
});
