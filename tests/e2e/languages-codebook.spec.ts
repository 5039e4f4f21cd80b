import { expect, shot, test } from './fixtures';
import { backend, uploadFile } from './helpers';

/**
 * The Sessions tab, the codebook and the Passages view in Hungarian (long words) and Chinese, for
 * looking at: the screenshots land in test-results/. The test checks the screens speak the language.
 */
const LANGUAGES = [
  { language: 'hu', sessions: 'Alkalmak', codes: 'Kódok', newSession: 'Új alkalom', passages: 'Szövegrészek' },
  { language: 'zh-Hans', sessions: '场次', codes: '代码', newSession: '新建场次', passages: '片段' },
] as const;

const VTT = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:05.000',
  '<v Kovács Éva>A kiszállítási idősávok keddre mindig elfogynak, ezért máshol vásárolok.',
  '',
  '00:00:06.000 --> 00:00:09.000',
  '<v 王芳>价格匹配是我留下来的原因。',
  '',
].join('\n');

for (const words of LANGUAGES) {
  test(`the Sessions tab, the codebook and the Passages view in ${words.language}`, async ({ page, app }, testInfo) => {
    const call = backend(app);
    await call('app:setLanguage', { language: words.language });
    await call('study:create', { title: 'Bevásárlási szokások 2024' });
    const session = await call<{ id: string }>('sessions:create', {
      kind: 'focus_group',
      title: 'Fókuszcsoport Budapest',
      date: '2024-05-01',
      place: 'Budapest',
      moderator: 'Szabó Anna',
      notes: 'Törzsvásárlók',
    });
    await call('sessions:create', { kind: 'intercept', title: '上海 拦截访问', date: '2024-06-12' });
    const nps = await call<{ id: string }>('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps' });
    const doc = await call<{ documentId: string }>('transcripts:importCommit', {
      sessionId: session.id,
      ...(await uploadFile(app, 'transcript', 'interju.vtt', VTT)),
      title: 'Éva és Fang',
    });
    const people = await call<{ id: string; displayName: string }[]>('participants:list');
    await call('participants:setValue', {
      participantId: people.find((p) => p.displayName === 'Kovács Éva')!.id,
      attributeId: nps.id,
      value: 5,
    });
    const delivery = await call<{ id: string }>('codes:create', {
      name: 'Kiszállítás',
      description: { definition: 'Hogyan jut el a bevásárlás az ajtóig.' },
    });
    await call('codes:create', { name: 'Időpontfoglalás', parentId: delivery.id });
    const price = await call<{ id: string }>('codes:create', { name: '价格' });
    await call('codes:pin', { id: price.id, pin: 1 });
    const view = await call<{ text: string }>('documents:get', { id: doc.documentId });
    for (const [codeId, phrase] of [
      [delivery.id, 'A kiszállítási idősávok keddre mindig elfogynak'],
      [price.id, '价格匹配'],
    ] as const) {
      const start = view.text.indexOf(phrase);
      await call('codings:create', { documentId: doc.documentId, start, end: start + phrase.length, codeId });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();

    await page.getByRole('tab', { name: new RegExp(`Sessions|${words.sessions}`) }).click();
    await expect(page.getByRole('table', { name: words.sessions })).toBeVisible();
    await shot(page, testInfo, `sessions-${words.language}`);
    await page.getByRole('button', { name: words.newSession }).first().click();
    await expect(page.getByRole('dialog', { name: words.newSession })).toBeVisible();
    await shot(page, testInfo, `session-dialog-${words.language}`);
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: /Coding|Kódolás|编码/ }).click();
    await page.getByRole('treeitem', { name: 'Kiszállítás' }).click();
    await page.getByRole('button', { name: words.passages, exact: true }).click();
    await expect(page.locator('section.retrieve').getByRole('article')).toHaveCount(1);
    await expect(page.locator('section.codebook h2')).toContainText(words.codes);
    await shot(page, testInfo, `codebook-passages-${words.language}`);
    await page.locator('section.codebook').getByRole('button').filter({ hasText: '⋯' }).first().click();
    await shot(page, testInfo, `code-menu-${words.language}`);
    await page.keyboard.press('Escape');
  });
}
