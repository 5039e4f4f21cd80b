import type { Page } from '@playwright/test';
import { translatorFor } from '../../shared/i18n/translator';
import { expect, shot, test, type RunningApp } from './fixtures';
import { backend, uploadFile } from './helpers';

/** One VTT cue a line: [speaker, words]. */
const vtt = (cues: [string, string][]) =>
  [
    'WEBVTT',
    '',
    ...cues.flatMap(([who, words], i) => [
      `00:00:${String(i * 5 + 1).padStart(2, '0')}.000 --> 00:00:${String(i * 5 + 4).padStart(2, '0')}.000`,
      `<v ${who}>${words}`,
      '',
    ]),
  ].join('\n');

const SESSIONS: { title: string; cues: [string, string][] }[] = [
  {
    title: 'Intervju Oslo',
    cues: [
      ['Kari', 'Hva synes du om prisen på Spotify?'],
      ['Ola', 'Prisen er grei. Jeg bruker Spotify hver dag på bussen.'],
    ],
  },
  {
    title: 'Interjú Budapest',
    cues: [
      ['Kari', 'Mit gondol az árakról?'],
      ['Zsófi', 'A gyümölcs túl drága. A Spotify előfizetést lemondtam.'],
    ],
  },
  {
    title: 'Intervju Zagreb',
    cues: [
      ['Kari', 'Što jedete za ručak?'],
      ['Ivana', 'Uvijek ćevapi, i slušam Spotify dok čekam.'],
    ],
  },
  {
    title: '上海访谈',
    cues: [
      ['Kari', '您觉得价格怎么样？'],
      ['王芳', '价格太贵了。我不再用Spotify了。'],
    ],
  },
];

/** Four sessions in four languages, Kari moderating each; respondents carry an NPS score. */
async function multilingualStudy(page: Page, app: RunningApp) {
  await page.getByRole('button', { name: 'New study' }).click();
  await page.getByLabel('Study title').fill('Listening habits');
  await page.getByLabel('Study title').press('Enter');
  await expect(page.getByRole('heading', { name: 'Listening habits' })).toBeVisible();
  const call = backend(app);
  const nps = await call<{ id: string }>('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps' });
  for (const [i, s] of SESSIONS.entries()) {
    const session = await call<{ id: string }>('sessions:create', { kind: 'interview', title: s.title });
    await call('transcripts:importCommit', {
      sessionId: session.id,
      ...(await uploadFile(app, 'transcript', `s${i}.vtt`, vtt(s.cues))),
      title: s.title,
    });
    const people = await call<{ id: string; displayName: string }[]>('participants:list');
    const kari = people.find((p) => p.displayName === 'Kari')!;
    await call('participants:setSessionRole', { participantId: kari.id, sessionId: session.id, role: 'moderator' });
  }
  const people = await call<{ id: string; displayName: string }[]>('participants:list');
  for (const [name, score] of [
    ['Ola', 9],
    ['Zsófi', 3],
    ['Ivana', 10],
    ['王芳', 2],
  ] as const)
    await call('participants:setValue', {
      participantId: people.find((p) => p.displayName === name)!.id,
      attributeId: nps.id,
      value: score,
    });
  return call;
}

async function search(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: 'Search the study' });
  await box.fill(query);
  await box.press('Enter');
}

const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });

test('search finds words across sessions in four languages, accents off, moderator left out, filtered by NPS', async ({
  page,
  app,
}, testInfo) => {
  await multilingualStudy(page, app);
  await page.getByRole('tab', { name: 'Search' }).click();
  await expect(page.getByRole('heading', { name: 'Search every transcript, live note and memo' })).toBeVisible();
  await shot(page, testInfo, 'search-empty');

  await search(page, 'gyumolcs');
  await expect(page.getByRole('status').filter({ hasText: '1 hit in 1 turn' })).toBeVisible();
  const first = results(page).getByRole('option').first();
  await expect(first.locator('mark')).toHaveText('gyümölcs');
  await expect(first).toContainText('Zsófi');
  await expect(first).toContainText('Interjú Budapest');
  await expect(first).toContainText('NPS 3');

  await search(page, 'cevapi');
  await expect(results(page).getByRole('option').first().locator('mark')).toHaveText('ćevapi');

  // Kari asks about the price herself: her words count only when asked for.
  await search(page, 'prisen');
  await expect(results(page).getByRole('option')).toHaveCount(1);
  await expect(results(page).getByRole('option').first()).toContainText('Ola');
  await page.getByRole('checkbox', { name: 'Include the moderator' }).check();
  await expect(results(page).getByRole('option')).toHaveCount(2);
  await expect(results(page)).toContainText('Kari');
  await page.getByRole('checkbox', { name: 'Include the moderator' }).uncheck();

  await search(page, 'spotify');
  await expect(results(page).getByRole('option')).toHaveCount(4);
  await page.getByRole('button', { name: /^NPS/ }).click();
  await page.getByRole('checkbox', { name: /^Detractor/ }).check();
  await page.keyboard.press('Escape');
  await expect(results(page).getByRole('option')).toHaveCount(2);
  await expect(results(page)).toContainText('Zsófi');
  await expect(results(page)).toContainText('王芳');
  await expect(results(page)).not.toContainText('Ola');
  await shot(page, testInfo, 'search-filtered');

  // A malformed query says what is wrong in plain words, and shows no stale results.
  await search(page, '"spotify');
  await expect(page.getByRole('alert').filter({ hasText: 'A quotation mark is not closed' })).toBeVisible();
  await expect(results(page)).toBeHidden();

  await search(page, '价格');
  await expect(results(page)).toContainText('王芳');
  await expect(results(page)).toContainText('上海访谈');
});

test('keyboard only: from the box into the results and back, Enter opens the hit in Coding with its words selected', async ({
  page,
  app,
}, testInfo) => {
  await multilingualStudy(page, app);
  await page.getByRole('tab', { name: 'Search' }).click();
  const box = page.getByRole('searchbox', { name: 'Search the study' });
  await expect(box).toBeFocused();
  await box.fill('spotify');
  await box.press('Enter');
  await expect(results(page).getByRole('option')).toHaveCount(4);
  const options = results(page).getByRole('option');
  const where = async (i: number) => (await options.nth(i).locator('.hit-where').innerText()).trim();
  const [first, second] = [await where(0), await where(1)];
  const selected = results(page).getByRole('option', { selected: true });
  await page.keyboard.press('ArrowDown');
  await expect(results(page)).toBeFocused();
  await expect(selected.locator('.hit-where')).toHaveText(first);
  await page.keyboard.press('ArrowDown');
  await expect(selected.locator('.hit-where')).toHaveText(second);
  await page.keyboard.press('Escape');
  await expect(box).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(selected.locator('.hit-where')).toHaveText(second);
  await shot(page, testInfo, 'search-keyboard');
  await page.keyboard.press('Enter');

  // The second hit's transcript (titled as its session here) is open with "Spotify" selected in it.
  await expect(page.getByRole('tab', { name: 'Coding' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: second, exact: true }).first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('Spotify');
  await shot(page, testInfo, 'search-opened-in-coding');
});

test('autocode previews the passages, applies them as one step, and Undo in the toast takes them away', async ({ page, app }, testInfo) => {
  const call = await multilingualStudy(page, app);
  await page.getByRole('tab', { name: 'Search' }).click();
  await search(page, 'spotify');
  await expect(results(page).getByRole('option')).toHaveCount(4);
  await page.getByRole('button', { name: 'Autocode…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Autocode the hits' });
  await dialog.getByLabel('Code', { exact: true }).fill('Brands/Spotify');
  await dialog.getByLabel('Code as').selectOption('sentence');
  const preview = dialog.getByRole('list', { name: 'Passages to code' });
  await expect(preview.getByRole('listitem')).toHaveCount(4);
  await expect(preview).toContainText('A Spotify előfizetést lemondtam.');
  await expect(preview).not.toContainText('A gyümölcs túl drága.');
  await expect(dialog.getByRole('status')).toContainText('4 passages from 4 hits');
  await expect(dialog.getByRole('status')).toContainText('1 hit in the moderator’s turns left out');
  await expect(dialog.getByRole('status')).toContainText('a new code will be created');
  await shot(page, testInfo, 'autocode-preview');
  await dialog.getByRole('button', { name: 'Code 4 passages' }).click();
  await expect(dialog).toBeHidden();

  const toast = page.getByRole('status').filter({ hasText: 'Coded 4 passages as Brands/Spotify.' });
  await expect(toast).toBeVisible();
  const codes = await call<{ id: string; path: string; codings?: number }[]>('codes:list');
  expect(codes.map((c) => c.path)).toEqual(['Brands', 'Brands/Spotify']);
  const codingCount = async () => {
    const docs = await call<{ id: string; codings: number }[]>('documents:list');
    return docs.reduce((n, d) => n + d.codings, 0);
  };
  expect(await codingCount()).toBe(4);
  await shot(page, testInfo, 'autocode-toast');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(codingCount).toBe(0);
  expect(await call('codes:list')).toEqual([]);
});

test('the Search tab in Chinese', async ({ page, app }, testInfo) => {
  const zh = translatorFor('zh-Hans');
  const call = await multilingualStudy(page, app);
  await call('app:setLanguage', { language: 'zh-Hans' });
  await page.reload();
  await page.getByRole('tab', { name: zh.t('screens.tabSearch') }).click();
  const box = page.getByRole('searchbox', { name: zh.t('search.box') });
  await box.fill('价格');
  await box.press('Enter');
  await expect(page.getByRole('listbox', { name: zh.t('search.results') })).toContainText('王芳');
  await shot(page, testInfo, 'search-zh');
});
