import type { Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
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
 * A study with attributes (NPS, segment, age band), one interview with Ana and Ben, codings on
 * Delivery, its sub-code Drivers and Price, and a live note of a second session coded Delivery:
 * made through the API, as the UI would.
 */
async function codedStudy(page: Page, app: RunningApp) {
  await newStudy(page, 'Retrieval');
  const call = backend(app);
  const session = await call<{ id: string }>('sessions:create', { kind: 'interview', title: 'Interview with Ana and Ben' });
  const nps = await call<{ id: string }>('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps' });
  const segment = await call<{ id: string }>('attributes:create', {
    name: 'Segment',
    type: 'category',
    options: ['Family weekly shop', 'Solo top-up'],
  });
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

  const delivery = await call<{ id: string }>('codes:create', {
    name: 'Delivery',
    description: { definition: 'Getting the shopping to the door.' },
  });
  const drivers = await call<{ id: string }>('codes:create', { name: 'Drivers', parentId: delivery.id });
  const price = await call<{ id: string }>('codes:create', { name: 'Price' });
  const view = await call<{ text: string; rev: number; turnList: { id: string; start: number; end: number }[] }>('documents:get', {
    id: doc.documentId,
  });
  const code = async (codeId: string, phrase: string) => {
    const start = view.text.indexOf(phrase);
    await call('codings:create', { documentId: doc.documentId, start, end: start + phrase.length, codeId });
  };
  await code(delivery.id, 'The delivery slots are always gone by Tuesday');
  await code(drivers.id, 'The driver was lovely though');
  await code(price.id, 'the price match is why I stay');
  await code(delivery.id, 'the price match');

  const street = await call<{ id: string }>('sessions:create', { kind: 'intercept', title: 'Street intercept', date: '2024-05-01' });
  await call('participants:setSessionRole', { participantId: id('Ben'), sessionId: street.id, role: 'participant' });
  const note = await call<{ id: string }>('notes:add', {
    sessionId: street.id,
    timeMs: 95_000,
    speaker: { kind: 'participant', participantId: id('Ben') },
    text: 'Ben gave up on slots, uses click and collect',
  });
  await call('notes:code', { id: note.id, codeId: delivery.id });
  return { call, doc, view };
}

/** Python's csv module reads the downloaded file: an independent reader of what we wrote. */
function readCsv(path: string): string[][] {
  const r = spawnSync(
    'python3',
    ['-c', 'import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))', path],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

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

test('the Passages view follows the selected code, filters, sorts and exports the list it shows', async ({ page, app }, testInfo) => {
  await codedStudy(page, app);
  await page.reload();
  await page.getByRole('tab', { name: /Coding/ }).click();

  // Reachable by a visible button; with no code chosen it says how to choose one.
  await page.getByRole('button', { name: 'Passages', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Choose a code to read its passages' })).toBeVisible();
  await shot(page, testInfo, 'passages-no-code');
  await page.getByRole('treeitem', { name: /^Delivery/ }).click();
  const passages = page.locator('.retrieve');
  await expect(passages.getByRole('heading', { name: 'Delivery' })).toBeVisible();
  await expect(passages.getByRole('status')).toHaveText('4 passages · 2 documents · 2 participants · 1 live note');
  // Session and time order: the dated street intercept first, then the interview from its start.
  await expect(passages.locator('.passage-quote-words')).toHaveText([
    'Ben gave up on slots, uses click and collect',
    'The delivery slots are always gone by Tuesday',
    'the price match',
    'The driver was lovely though',
  ]);
  // The quote reads in its turn; the live note is a note, not a quotation.
  const slots = passages.getByRole('article').filter({ hasText: 'The delivery slots are always gone by Tuesday' });
  await expect(slots.locator('blockquote')).toHaveText('The delivery slots are always gone by Tuesday, so I shop somewhere else.');
  await expect(slots.locator('.fact')).toHaveText(['Promoter', 'NPS 9', 'Family weekly shop', '35–44']);
  const note = passages.getByRole('article', { name: 'Note from Street intercept — notes' });
  await expect(note.locator('blockquote')).toHaveCount(0);
  await expect(note).toContainText('Live note · 01:35 — the note-taker’s words');
  // The view is as wide as the transcript and codings columns together.
  const width = await passages.evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(page.viewportSize()!.width * 0.6);
  await shot(page, testInfo, 'passages-delivery');

  // It follows the selection in the codebook.
  await page.getByRole('treeitem', { name: /^Price/ }).click();
  await expect(passages.getByRole('heading', { name: 'Price' })).toBeVisible();
  await expect(passages.getByRole('status')).toHaveText('1 passage · 1 document · 1 participant');
  await page.getByRole('treeitem', { name: /^Delivery/ }).click();

  // Filters: a speaker, then an attribute group; a chip says what is filtered.
  await passages.getByRole('button', { name: /^Speaker/ }).click();
  await passages.getByRole('checkbox', { name: /^Ben/ }).check();
  await page.keyboard.press('Escape');
  await expect(passages.getByRole('status')).toHaveText('2 of 4 passages · 2 documents · 1 participant · 1 live note');
  await expect(passages.getByText('Speaker: Ben')).toBeVisible();
  await passages.getByRole('button', { name: /^NPS/ }).click();
  await passages.getByRole('checkbox', { name: /^Promoter/ }).check();
  await page.keyboard.press('Escape');
  await expect(passages.getByText('No passages match these filters.')).toBeVisible();
  await shot(page, testInfo, 'passages-filtered-empty');
  await passages.getByRole('button', { name: 'Remove filter Speaker: Ben' }).click();
  await expect(passages.getByRole('status')).toHaveText('2 of 4 passages · 1 document · 1 participant');

  // Sorted longest first, then exported: the file holds the same list, in the same order.
  await passages.getByLabel('Sort by').selectOption({ label: 'Length (longest first)' });
  await expect(passages.locator('.passage-quote-words')).toHaveText([
    'The delivery slots are always gone by Tuesday',
    'The driver was lovely though',
  ]);
  await shot(page, testInfo, 'passages-sorted');
  const download = page.waitForEvent('download');
  await passages.getByRole('button', { name: 'Export passages' }).click();
  await page.getByRole('menuitem', { name: 'CSV table (.csv)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Delivery-passages.csv');
  const saved = testInfo.outputPath('Delivery-passages.csv');
  await file.saveAs(saved);
  const rows = readCsv(saved);
  expect(rows[0]!.slice(0, 4)).toEqual(['Code', 'Kind', 'Text', 'Speakers']);
  expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
    [
      'Delivery',
      'Transcript quote',
      'The delivery slots are always gone by Tuesday',
      'Ana (participant)',
      'Ana: Promoter, Family weekly shop, 35–44',
    ],
    [
      'Delivery/Drivers',
      'Transcript quote',
      'The driver was lovely though',
      'Ana (participant)',
      'Ana: Promoter, Family weekly shop, 35–44',
    ],
  ]);

  // The same list as a Word file, read back with Python's zipfile.
  await passages.getByRole('button', { name: 'Remove filter NPS: Promoter' }).click();
  await passages.getByLabel('Sort by').selectOption({ label: 'Session and time' });
  await expect(passages.getByRole('status')).toHaveText('4 passages · 2 documents · 2 participants · 1 live note');
  const word = page.waitForEvent('download');
  await passages.getByRole('button', { name: 'Export passages' }).click();
  await page.getByRole('menuitem', { name: 'Word document (.docx)' }).click();
  const docx = testInfo.outputPath('Delivery-passages.docx');
  await (await word).saveAs(docx);
  expect(readDocx(docx)).toEqual([
    'Passages: Delivery',
    '4 passages, with sub-codes · in session and time order',
    'Live note (the note-taker’s words): Ben gave up on slots, uses click and collect',
    'About Ben (Detractor, Solo top-up) · Street intercept · Street intercept — notes · 01:35',
    '“The delivery slots are always gone by Tuesday”',
    '— Ana (Promoter, Family weekly shop, 35–44) · Interview with Ana and Ben · Ana and Ben, 2 March · 00:01',
    '“the price match”',
    '— Ben (Detractor, Solo top-up) · Interview with Ana and Ben · Ana and Ben, 2 March · 00:06',
    '“The driver was lovely though”',
    '— Ana (Promoter, Family weekly shop, 35–44) · Interview with Ana and Ben · Ana and Ben, 2 March · 00:10 · Delivery/Drivers',
  ]);
});

test('P switches to the passages of the selected code and back; a passage opens its transcript at its words', async ({
  page,
  app,
}, testInfo) => {
  await codedStudy(page, app);
  await page.reload();
  await page.getByRole('tab', { name: /Coding/ }).click();
  await page.getByRole('button', { name: /Ana and Ben, 2 March/ }).click();
  await expect(page.getByRole('list', { name: 'Transcript: Ana and Ben, 2 March' })).toBeVisible();
  await page.getByRole('treeitem', { name: /^Drivers/ }).click();
  await page.keyboard.press('p');
  const passages = page.locator('.retrieve');
  await expect(passages.getByRole('heading', { name: 'Delivery/Drivers' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Passages', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('p');
  await expect(passages).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Transcript: Ana and Ben, 2 March' })).toBeVisible();
  // Choosing a transcript in the list while passages show opens it.
  await page.keyboard.press('p');
  await expect(passages).toHaveCount(1);
  await page.getByRole('button', { name: /Ana and Ben, 2 March/ }).click();
  await expect(page.getByRole('list', { name: 'Transcript: Ana and Ben, 2 March' })).toBeVisible();

  // Typing a P into a field never switches.
  await page.getByLabel('Filter codes').fill('p');
  await expect(page.getByRole('button', { name: 'Transcript', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Filter codes').fill('');

  // The codebook's menu entry opens the same view on that code.
  await rowMenu(page, 'Delivery', 'Retrieve passages');
  await expect(passages.getByRole('heading', { name: 'Delivery' })).toBeVisible();
  const slots = passages.getByRole('article').filter({ hasText: 'The delivery slots are always gone by Tuesday' });
  await slots.getByRole('button', { name: 'Show in transcript' }).click();
  await expect(page.getByRole('list', { name: 'Transcript: Ana and Ben, 2 March' }).locator('.seg-flash')).toHaveText(
    'The delivery slots are always gone by Tuesday',
  );
  await shot(page, testInfo, 'passage-opened-in-transcript');

  // A live note opens in its session's notes.
  await page.keyboard.press('p');
  await passages
    .getByRole('article', { name: 'Note from Street intercept — notes' })
    .getByRole('button', { name: 'Show in notes' })
    .click();
  await expect(page.getByRole('list', { name: 'Transcript: Street intercept — notes' }).locator('.seg-flash')).toHaveText(
    'Ben gave up on slots, uses click and collect',
  );
});

test('a code with no passages says so and offers nothing to export', async ({ page, app }, testInfo) => {
  await newStudy(page, 'Empty retrieval');
  await backend(app)('codes:create', { name: 'Trust' });
  await page.reload();
  await page.getByRole('tab', { name: /Coding/ }).click();
  await rowMenu(page, 'Trust', 'Retrieve passages');
  await expect(page.getByText('No passages coded “Trust” yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export passages' })).toBeDisabled();
  await shot(page, testInfo, 'retrieve-empty');
});

test('a code with hundreds of passages draws them a page at a time', async ({ page, app }) => {
  await newStudy(page, 'Many passages');
  const call = backend(app);
  const session = await call<{ id: string }>('sessions:create', { kind: 'interview', title: 'Long talk' });
  const words = Array.from({ length: 101 }, (_, i) => `word${i}`);
  const vtt = `WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Ana>${words.join(' ')}\n`;
  const doc = await call<{ documentId: string }>('transcripts:importCommit', {
    sessionId: session.id,
    ...(await uploadFile(app, 'transcript', 'long.vtt', vtt)),
    title: 'Long talk',
  });
  const code = await call<{ id: string }>('codes:create', { name: 'Everything' });
  const { text } = await call<{ text: string }>('documents:get', { id: doc.documentId });
  for (const w of words) {
    const start = text.indexOf(`${w} `) >= 0 ? text.indexOf(`${w} `) : text.lastIndexOf(w);
    await call('codings:create', { documentId: doc.documentId, start, end: start + w.length, codeId: code.id });
  }
  await page.reload();
  await page.getByRole('tab', { name: /Coding/ }).click();
  await rowMenu(page, 'Everything', 'Retrieve passages');
  const passages = page.locator('.retrieve');
  await expect(passages.getByRole('status')).toHaveText('101 passages · 1 document · 1 participant');
  await expect(passages.getByRole('article')).toHaveCount(100);
  await passages.getByRole('button', { name: 'Show 1 more (100 of 101 shown; the export holds all)' }).click();
  await expect(passages.getByRole('article')).toHaveCount(101);
});

test('the Passages view counts respondents: the moderator who speaks is shown but is not a participant', async ({
  page,
  app,
}, testInfo) => {
  const { call } = await codedStudy(page, app);
  const sessions = await call<{ id: string; title: string }[]>('sessions:list');
  const people = await call<{ id: string; displayName: string }[]>('participants:list');
  const interview = sessions.find((s) => s.title === 'Interview with Ana and Ben')!;
  const ben = people.find((p) => p.displayName === 'Ben')!;
  // Ben moderated the interview (he is still a respondent of the street intercept).
  await call('participants:setSessionRole', { participantId: ben.id, sessionId: interview.id, role: 'moderator' });
  await page.reload();
  await page.getByRole('tab', { name: /Coding/ }).click();
  await page.getByRole('button', { name: 'Passages', exact: true }).click();
  await page.getByRole('treeitem', { name: /^Price/ }).click();
  const passages = page.locator('.retrieve');
  await expect(passages.getByRole('status')).toHaveText('1 passage · 1 document · 0 participants');
  await expect(passages.getByRole('article')).toContainText('Ben');
  await expect(passages.locator('.role-tag')).toHaveText('moderator');
  await page.getByRole('treeitem', { name: /^Delivery/ }).click();
  await expect(passages.getByRole('status')).toHaveText('4 passages · 2 documents · 2 participants · 1 live note');
  await shot(page, testInfo, 'passages-moderator-not-counted');
});
