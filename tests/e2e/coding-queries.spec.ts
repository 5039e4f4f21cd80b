import type { Page } from '@playwright/test';
import { translatorFor } from '../../shared/i18n/translator';
import { expect, shot, test, type RunningApp } from './fixtures';
import { backend, uploadFile } from './helpers';

const cue = (n: number, speaker: string, words: string) => [`00:00:0${n}.000 --> 00:00:0${n}.900`, `<v ${speaker}>${words}`, ''];

/** A study with one interview: two respondents (a detractor and a promoter) and codes that overlap. */
async function studyWithCodes(page: Page, app: RunningApp, lines: [string, string][], codings: [string, string][], title: string) {
  const call = backend(app);
  await page.getByRole('button', { name: 'New study' }).click();
  await page.getByLabel('Study title').fill(title);
  await page.getByLabel('Study title').press('Enter');
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const session = await call<{ id: string }>('sessions:create', { kind: 'focus_group', title: 'FG 1' });
  const vtt = ['WEBVTT', '', ...lines.flatMap(([who, words], i) => cue(i + 1, who, words))].join('\n');
  const doc = await call<{ documentId: string }>('transcripts:importCommit', {
    sessionId: session.id,
    ...(await uploadFile(app, 'transcript', 'fg.vtt', vtt)),
    title: 'FG 1',
  });
  const nps = await call<{ id: string }>('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps' });
  const people = await call<{ id: string; displayName: string }[]>('participants:list');
  for (const [i, p] of people.entries())
    await call('participants:setValue', { participantId: p.id, attributeId: nps.id, value: i === 0 ? 3 : 9 });
  const text = (await call<{ text: string }>('documents:get', { id: doc.documentId })).text;
  const codes = new Map<string, string>();
  for (const [name, words] of codings) {
    if (!codes.has(name)) codes.set(name, (await call<{ id: string }>('codes:create', { name })).id);
    const start = text.indexOf(words);
    await call('codings:create', { documentId: doc.documentId, start, end: start + words.length, codeId: codes.get(name) });
  }
  return { people };
}

test('a coding query built with the buttons, limited to promoters, saved and coded as a new code', async ({ page, app }, testInfo) => {
  await studyWithCodes(
    page,
    app,
    [
      ['Ana', 'The price is too high and delivery was late.'],
      ['Ben', 'Delivery was fine but the price hurts.'],
    ],
    [
      ['Price', 'The price is too high'],
      ['Price', 'the price hurts'],
      ['Delivery', 'too high and delivery was late'],
      ['Delivery', 'Delivery was fine'],
    ],
    'Delivery study',
  );
  await page.getByRole('tab', { name: 'Queries' }).click();
  await expect(page.getByRole('button', { name: 'Coding query', pressed: true })).toBeVisible();
  const view = page.locator('.query-view');
  await view.getByLabel('Code to add').selectOption({ label: 'Price' });
  await view.getByRole('button', { name: 'Add code' }).click();
  await view.getByRole('button', { name: 'AND', exact: true }).click();
  await view.getByLabel('Code to add').selectOption({ label: 'Delivery' });
  await view.getByRole('button', { name: 'Add code' }).click();
  await expect(view.getByLabel('Query', { exact: true })).toHaveValue('"Price" AND "Delivery"');
  await view.getByRole('button', { name: 'Run query' }).click();
  await expect(view.getByRole('status')).toHaveText('1 passage · 1 document · 1 participant');
  await expect(view.locator('.passage-quote-words')).toHaveText(['too high']);

  await view.getByLabel('Query', { exact: true }).fill('"Price" OR "Delivery"');
  await view.getByRole('button', { name: /^NPS/ }).click();
  await page.getByRole('checkbox', { name: /^Promoter/ }).check();
  await page.keyboard.press('Escape');
  await view.getByRole('button', { name: 'Run query' }).click();
  await expect(view.locator('.passage-quote-words')).toHaveText(['Delivery was fine', 'the price hurts']);
  await view.getByLabel('Name of the saved query').fill('Promoters on price');
  await view.getByRole('button', { name: 'Save as' }).click();
  await expect(view.getByRole('button', { name: 'Open “Promoters on price”' })).toBeVisible();
  await view.getByLabel('Name of the new code').fill('Promoter price');
  await view.getByRole('button', { name: 'Code results as' }).click();
  await expect(page.getByText('2 passages coded as “Promoter price”.')).toBeVisible();
  await shot(page, testInfo, 'coding-query-en');

  // Undo takes the code and its codings away in one step.
  await view.getByLabel('Query', { exact: true }).fill('"Promoter price"');
  await view.getByRole('button', { name: 'Run query' }).click();
  await expect(view.locator('.passage-quote-words')).toHaveText(['Delivery was fine', 'the price hurts']);
  await backend(app)('history:undo', {});
  await view.getByRole('button', { name: 'Run query' }).click();
  await expect(view.getByRole('alert')).toHaveText('The codebook has no code “Promoter price”.');

  // A saved query opens with its restrictions and runs; a passage opens in its transcript.
  await view.getByRole('button', { name: 'Clear filters' }).click();
  await view.getByRole('button', { name: 'Clear', exact: true }).click();
  await view.getByRole('button', { name: 'Open “Promoters on price”' }).click();
  await expect(view.getByLabel('Query', { exact: true })).toHaveValue('"Price" OR "Delivery"');
  await expect(view.getByText('NPS: Promoter')).toBeVisible();
  await expect(view.locator('.passage-quote-words')).toHaveText(['Delivery was fine', 'the price hurts']);
  await view.getByRole('button', { name: 'Show in transcript' }).first().click();
  await expect(page.getByRole('tab', { name: 'Coding' })).toHaveAttribute('aria-selected', 'true');
});

test('the Queries tab in Chinese: a query over Chinese codes, and a clear error with a suggestion', async ({ page, app }, testInfo) => {
  const zh = translatorFor('zh-Hans');
  await studyWithCodes(
    page,
    app,
    [
      ['王芳', '价格太贵了，而且送货也很慢。'],
      ['李强', '送货还可以，但是价格让人心疼。'],
    ],
    [
      ['价格', '价格太贵了'],
      ['价格', '价格让人心疼'],
      ['送货', '送货也很慢'],
      ['送货', '送货还可以'],
    ],
    '送货研究',
  );
  await backend(app)('app:setLanguage', { language: 'zh-Hans' });
  await page.reload();
  await page.getByRole('tab', { name: zh.t('queries.tab') }).click();
  const view = page.locator('.query-view');
  await view.getByLabel(zh.t('queries.expression'), { exact: true }).fill('“价格” NOT “送货”');
  await view.getByRole('button', { name: zh.t('queries.run') }).click();
  await expect(view.locator('.passage-quote-words')).toHaveText(['价格太贵了', '价格让人心疼']);
  await expect(view.getByRole('status')).toHaveText('2 个片段 · 1 份文档 · 2 位参与者');
  await shot(page, testInfo, 'coding-query-zh');
  await view.getByLabel(zh.t('queries.expression'), { exact: true }).fill('"价钱" AND "送货"');
  await view.getByRole('button', { name: zh.t('queries.run') }).click();
  await expect(view.getByRole('alert')).toHaveText('编码手册中没有代码“价钱”。您是不是要找“价格”？');
  await shot(page, testInfo, 'coding-query-zh-error');
});
