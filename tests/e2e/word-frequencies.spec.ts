import { translatorFor } from '../../shared/i18n/translator';
import type { UiLocale } from '../../shared/i18n/locales';
import { expect, shot, test, type RunningApp } from './fixtures';
import type { Page } from '@playwright/test';
import { backend, uploadFile } from './helpers';

const cue = (n: number, speaker: string, text: string) => [`00:00:0${n}.000 --> 00:00:0${n}.900`, `<v ${speaker}>${text}`, ''];

/**
 * A study with one focus group: Dana moderates, Priya (NPS 9, promoter) and Gareth (NPS 3,
 * detractor) answer. Made through the backend the page uses; the test then reloads the page.
 */
async function studyWith(page: Page, app: RunningApp, title: string, lines: [string, string][], language: UiLocale) {
  const call = backend(app);
  await page.getByRole('button', { name: 'New study' }).click();
  await page.getByLabel('Study title').fill(title);
  await page.getByLabel('Study title').press('Enter');
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const session = await call<{ id: string }>('sessions:create', { kind: 'focus_group', title: 'FG 1' });
  const vtt = ['WEBVTT', '', ...lines.flatMap(([speaker, text], i) => cue(i + 1, speaker, text))].join('\n');
  await call('transcripts:importCommit', { sessionId: session.id, ...(await uploadFile(app, 'transcript', 'fg.vtt', vtt)), title: 'FG 1' });
  const people = await call<{ id: string; displayName: string }[]>('participants:list');
  const id = (name: string) => people.find((p) => p.displayName === name)!.id;
  const nps = await call<{ id: string }>('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps' });
  await call('participants:setSessionRole', { participantId: id('Dana'), sessionId: session.id, role: 'moderator' });
  for (const [name, score] of [
    ['Priya', 9],
    ['Gareth', 3],
  ] as const) {
    await call('participants:setSessionRole', { participantId: id(name), sessionId: session.id, role: 'participant' });
    await call('participants:setValue', { participantId: id(name), attributeId: nps.id, value: score });
  }
  await call('app:setLanguage', { language });
  await page.reload();
  const tr = translatorFor(language);
  await page.getByRole('tab', { name: new RegExp(tr.t('screens.tabSearch')) }).click();
  await page.getByRole('button', { name: tr.t('search.viewWords'), exact: true }).click();
  return tr;
}

test('word frequencies: respondents’ words counted, two NPS groups compared, a word clicked into text search', async ({
  page,
  app,
}, testInfo) => {
  await studyWith(
    page,
    app,
    'Delivery study',
    [
      ['Dana', 'Tell me about delivery. What about the delivery slots?'],
      ['Priya', 'Delivery is quick and friendly, really friendly drivers. Friendly drivers!'],
      ['Gareth', 'Delivery is late, always late, and expensive. Late again!'],
    ],
    'en',
  );
  const view = page.locator('.search-words');
  const table = view.getByRole('table');
  // The moderator is left out: "delivery" twice (Priya, Gareth), "slots" not at all.
  await expect(table.getByRole('row', { name: /^delivery 2 / })).toBeVisible();
  await expect(table.getByRole('row', { name: /^late 3 / })).toBeVisible();
  await expect(table.getByRole('button', { name: 'slots', exact: true })).toHaveCount(0);
  await shot(page, testInfo, 'words-en');

  await view.getByLabel('Include the moderator').check();
  await expect(table.getByRole('row', { name: /^delivery 4 / })).toBeVisible();
  await expect(table.getByRole('button', { name: 'slots', exact: true })).toBeVisible();
  await view.getByLabel('Include the moderator').uncheck();

  // Phrases said twice or more: "friendly drivers" (Priya, twice).
  await view.getByRole('button', { name: 'Phrases' }).click();
  await expect(table.getByRole('row', { name: /^friendly drivers 2 / })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);
  await view.getByRole('button', { name: 'Words' }).click();

  await view.getByLabel('Compare by').selectOption({ label: 'NPS' });
  await view.getByLabel('Group A').selectOption({ label: 'Detractor' });
  await view.getByLabel('Group B').selectOption({ label: 'Promoter' });
  await expect(table.getByRole('columnheader', { name: 'Detractor: count' })).toBeVisible();
  // "late" 3 times by the detractor, never by the promoter: the most characteristic word.
  await expect(table.getByRole('row').nth(1)).toHaveText(/^late3.*0.*Detractor$/);
  await shot(page, testInfo, 'words-compared');
  await view.getByRole('button', { name: 'Phrases' }).click();
  // Said twice by the promoter (2 of her 7 words) and never by the detractor (5 words): G² = 4 ln(2 / (7·2/12)) = 2.16, below 3.84.
  await expect(table.getByRole('row').nth(1)).toHaveText('friendly drivers00%228.57%2.16');

  await view.getByRole('button', { name: 'Words' }).click();
  await table.getByRole('button', { name: 'late', exact: true }).click();
  await expect(page.getByRole('searchbox', { name: 'Search the study' })).toHaveValue('late');
});

test('word frequencies in Chinese: words found without spaces, the view in zh-Hans', async ({ page, app }, testInfo) => {
  const tr = await studyWith(
    page,
    app,
    '配送研究',
    [
      ['Dana', '请谈谈配送。'],
      ['Priya', '我觉得配送很快，员工很友好。'],
      ['Gareth', '价格太贵了，配送也很慢。价格真的太贵。'],
    ],
    'zh-Hans',
  );
  const table = page.locator('.search-words').getByRole('table');
  await expect(table.getByRole('columnheader', { name: tr.t('search.wordsColWord'), exact: true })).toBeVisible();
  await expect(table.getByRole('row', { name: /^配送 2 / })).toBeVisible();
  await expect(table.getByRole('row', { name: /^价格 2 / })).toBeVisible();
  // Stop words (我, 也, 很) are left out.
  await expect(table.getByRole('button', { name: '我', exact: true })).toHaveCount(0);
  await shot(page, testInfo, 'words-zh-Hans');
});
