import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { backend, uploadFile } from './helpers';

const TRANSCRIPT = [
  '[00:00:05] Moderator: Welcome, everyone. Let us talk about how you pay for things online.',
  '[00:00:14] Priya: Honestly the price was too high for what it does 😀 and the checkout kept timing out.',
  '[00:00:31] Kenji: 価格が高すぎます — the price is too high, and I never trust the delivery estimate.',
  '[00:00:47] Layla: الخدمة ممتازة but the delivery was late twice. שלום to the support team, they were kind.',
  '[00:01:03] Moderator: What would make you trust the delivery estimate?',
  '[00:01:15] Priya: A tracking link that actually updates. 👍🏽 That alone would win me back.',
  '[00:01:29] Kenji: Same for me. And a cheaper plan for people who only order once a month.',
  '[00:01:44] Layla: I would pay more for a reliable slot. Reliability matters more than price to me.',
].join('\n');

/** Selects `text` inside the transcript as a user would (a DOM range on the segment text nodes). */
async function selectText(page: Page, text: string, occurrence = 0): Promise<void> {
  const ok = await page.evaluate(
    ({ text, occurrence }) => {
      const spans = [...document.querySelectorAll<HTMLElement>('.transcript-list .turn-text [data-o]')];
      let doc = '';
      const at: { span: HTMLElement; from: number }[] = [];
      for (const span of spans) {
        at.push({ span, from: doc.length });
        doc += span.textContent ?? '';
      }
      let index = -1;
      for (let i = 0; i <= occurrence; i++) index = doc.indexOf(text, index + 1);
      if (index < 0) return false;
      const point = (offset: number, end: boolean) => {
        const hit = at.filter((a) => (end ? a.from < offset : a.from <= offset)).at(-1)!;
        return { node: hit.span.firstChild!, offset: offset - hit.from };
      };
      const a = point(index, false);
      const b = point(index + text.length, true);
      document.getSelection()!.setBaseAndExtent(a.node, a.offset, b.node, b.offset);
      return true;
    },
    { text, occurrence },
  );
  expect(ok, `"${text}" is on screen`).toBe(true);
  // The workspace reads the selection on selectionchange (a task after the change).
  await page.waitForTimeout(50);
}

/** The highlighted words of one code (the segments whose tooltip names it), joined. */
async function highlighted(page: Page, codePath: string): Promise<string[]> {
  return page.evaluate((path) => {
    const out: string[] = [];
    let last: Element | null = null;
    for (const span of document.querySelectorAll<HTMLElement>('.transcript-list .seg-coded')) {
      if (!(span.title ?? '').split(' · ').includes(path)) continue;
      if (last && last.nextElementSibling === span) out[out.length - 1] += span.textContent ?? '';
      else out.push(span.textContent ?? '');
      last = span;
    }
    return out;
  }, codePath);
}

test('code a transcript with the keyboard: palette, new codes, number keys, overlaps, undo, edits', async ({ page, app }, testInfo) => {
  test.setTimeout(90_000);
  const call = backend(app.url);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.stack ?? e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(`${m.text()} ${m.location().url}`);
  });

  await test.step('create a study with a session and two transcripts', async () => {
    await page.getByRole('button', { name: 'New study' }).click();
    await page.getByRole('dialog', { name: 'New study' }).getByLabel('Study title').fill('Checkout coding');
    await page.getByRole('dialog', { name: 'New study' }).getByLabel('Study title').press('Enter');
    await expect(page.getByRole('heading', { name: 'Checkout coding' })).toBeVisible();
    const session = await call<{ id: string }>('sessions:create', { kind: 'focus_group', title: 'Focus group 1' });
    await page.reload();
    await page.getByRole('tab', { name: /Coding/ }).click();
    await expect(page.getByRole('heading', { name: 'Import a transcript to start coding' })).toBeVisible();
    await shot(page, testInfo, '00-workspace-empty');
    // Dropping a file anywhere on the workspace opens the import dialog.
    const files = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['WEBVTT\n'], 'interview.vtt', { type: 'text/vtt' }));
      return data;
    });
    await page.locator('.coding-workspace').dispatchEvent('dragover', { dataTransfer: files });
    await expect(page.getByText('Drop the transcript to import it')).toBeVisible();
    await shot(page, testInfo, '00-drop-overlay');
    await page.locator('.coding-workspace').dispatchEvent('drop', { dataTransfer: files });
    await expect(page.getByRole('dialog', { name: 'Import a transcript' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Import a transcript' })).toBeHidden();
    for (const [fileName, data] of [
      ['Payments group.txt', TRANSCRIPT],
      ['teams_modern.vtt', (await import('node:fs')).readFileSync(new URL('../fixtures/transcripts/teams_modern.vtt', import.meta.url))],
    ] as const)
      await call('transcripts:importCommit', { sessionId: session.id, ...(await uploadFile(app, 'transcript', fileName, data)) });
    await page.reload();
    await page.getByRole('tab', { name: /Coding/ }).click();
    await expect(page.getByRole('heading', { name: 'Choose a transcript to code' })).toBeVisible();
    await shot(page, testInfo, '01-workspace-no-document');
  });

  await test.step('open the transcript', async () => {
    await page.getByRole('button', { name: /Payments group/ }).click();
    const list = page.getByRole('list', { name: /Transcript: Payments group/ });
    await expect(list.getByRole('listitem')).toHaveCount(8);
    await expect(list.getByRole('listitem', { name: 'Priya at 00:14' })).toBeVisible();
    await expect(page.getByText('No codings in this transcript yet.')).toBeVisible();
    await shot(page, testInfo, '02-transcript-open');
  });

  await test.step('select words, Ctrl+K, type a new code name, Enter: the code is created and applied', async () => {
    await selectText(page, 'the price was too high for what it does 😀');
    await expect(page.getByRole('button', { name: 'Code…' })).toBeVisible();
    await shot(page, testInfo, '03-selection');
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Code the selection' });
    await expect(palette.getByRole('combobox')).toBeFocused();
    await palette.getByRole('combobox').fill('Price too high');
    await expect(palette.getByRole('option', { name: /Create code “Price too high”/ })).toBeVisible();
    await shot(page, testInfo, '04-palette-create');
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect.poll(() => highlighted(page, 'Price too high')).toEqual(['the price was too high for what it does 😀']);
    await expect(page.getByRole('listitem').filter({ hasText: 'Price too high' }).first()).toBeVisible();
    await shot(page, testInfo, '05-first-coding');
  });

  await test.step('select other words and pick the existing code in the palette', async () => {
    await selectText(page, '価格が高すぎます');
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Code the selection' });
    await palette.getByRole('combobox').fill('price');
    await expect(palette.getByRole('option').first()).toContainText('Price too high');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => highlighted(page, 'Price too high'))
      .toEqual(['the price was too high for what it does 😀', '価格が高すぎます']);
  });

  await test.step('in-vivo code, and a second new code', async () => {
    await selectText(page, 'delivery was late twice');
    await page.keyboard.press('Control+Shift+K');
    await expect.poll(() => highlighted(page, 'delivery was late twice')).toEqual(['delivery was late twice']);
    await selectText(page, 'I never trust the delivery estimate');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Find or create a code' }).fill('Delivery trust');
    await page.keyboard.press('Enter');
    await expect.poll(() => highlighted(page, 'Delivery trust')).toEqual(['I never trust the delivery estimate']);
  });

  await test.step('pin a code and apply it with its number key', async () => {
    const codes = await call<{ id: string; name: string }[]>('codes:list', {});
    await call('codes:pin', { id: codes.find((c) => c.name === 'Delivery trust')!.id, pin: 1 });
    await page.reload();
    await page.getByRole('tab', { name: /Coding/ }).click();
    // The workspace reopens the transcript it showed last.
    await expect(page.getByRole('list', { name: /Transcript: Payments group/ })).toBeVisible();
    const legend = page.getByLabel('Number keys');
    await expect(legend.getByRole('button', { name: '1 Delivery trust' })).toHaveAttribute(
      'title',
      'Pinned: press 1 to code the selection as Delivery trust',
    );
    await selectText(page, 'trust the delivery estimate?');
    await page.keyboard.press('1');
    await expect
      .poll(() => highlighted(page, 'Delivery trust'))
      .toEqual(['I never trust the delivery estimate', 'trust the delivery estimate?']);
    await shot(page, testInfo, '06-number-key');
  });

  await test.step('select with the mouse across words, and drop a code from the codebook onto the selection', async () => {
    const turn = page.getByRole('listitem', { name: 'Priya at 01:15' });
    const box = await turn.locator('.turn-text').evaluate((el) => {
      const range = document.createRange();
      const text = el.querySelector('[data-o]')!.firstChild!;
      const words = text.textContent!;
      range.setStart(text, words.indexOf('tracking'));
      range.setEnd(text, words.indexOf('tracking') + 1);
      const a = range.getBoundingClientRect();
      range.setStart(text, words.indexOf('updates') + 'updates'.length - 1);
      range.setEnd(text, words.indexOf('updates') + 'updates'.length);
      const b = range.getBoundingClientRect();
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    });
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move(box.x2, box.y2, { steps: 8 });
    await page.mouse.up();
    await expect(page.getByRole('button', { name: 'Code…' })).toBeVisible();
    const codes = await call<{ id: string; name: string }[]>('codes:list', {});
    const drop = await page.evaluateHandle(
      (id) => {
        const data = new DataTransfer();
        data.setData('application/x-verbatim-code', id);
        return data;
      },
      codes.find((c) => c.name === 'Delivery trust')!.id,
    );
    await turn.locator('.turn-text').dispatchEvent('dragover', { dataTransfer: drop });
    await turn.locator('.turn-text').dispatchEvent('drop', { dataTransfer: drop });
    await expect.poll(() => highlighted(page, 'Delivery trust')).toContain('tracking link that actually updates');
    // Undo it again, to keep the rest of the story simple.
    await page.keyboard.press('Control+z');
    await expect.poll(() => highlighted(page, 'Delivery trust')).not.toContain('tracking link that actually updates');
  });

  await test.step('overlapping codings: both highlights and two stripes side by side', async () => {
    // "the delivery estimate" inside Kenji's turn is already "Delivery trust"; add "Price too high" over an overlapping span.
    await selectText(page, 'the price is too high, and I never trust');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Find or create a code' }).fill('Price too');
    await page.keyboard.press('Enter');
    const kenji = page.getByRole('listitem', { name: 'Kenji at 00:31' });
    await expect(kenji.locator('.stripe')).toHaveCount(3);
    const lanes = await kenji.locator('.stripe').evaluateAll((bars) => bars.map((b) => (b as HTMLElement).style.right));
    expect(new Set(lanes).size).toBeGreaterThan(1);
    // The overlap "I never trust" carries both codes.
    const both = kenji.locator('.seg-coded', { hasText: 'I never trust' });
    await expect(both).toHaveAttribute('title', /Price too high · Delivery trust|Delivery trust · Price too high/);
    await kenji.locator('.stripe').first().hover();
    await shot(page, testInfo, '07-overlap-stripes');
  });

  await test.step('undo and redo with Ctrl+Z and Ctrl+Shift+Z', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.getByRole('listitem', { name: 'Kenji at 00:31' }).focus();
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute(
      'title',
      /Undo Code “the price is too high, and I never trust” as Price too high/,
    );
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => highlighted(page, 'Price too high'))
      .toEqual(['the price was too high for what it does 😀', '価格が高すぎます']);
    await shot(page, testInfo, '08-undone');
    await page.keyboard.press('Control+Shift+Z');
    await expect
      .poll(() => highlighted(page, 'Price too high'))
      .toEqual(['the price was too high for what it does 😀', '価格が高すぎます', 'the price is too high, and I never trust']);
  });

  await test.step('Enter on a focused turn opens its editor; Escape cancels without a change', async () => {
    const layla = page.getByRole('listitem', { name: 'Layla at 01:44' });
    await layla.focus();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('listitem', { name: 'Kenji at 01:29' })).toBeFocused();
    await page.keyboard.press('j');
    await expect(layla).toBeFocused();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('textbox', { name: /Edit the words of Layla at 01:44/ });
    await expect(editor).toBeFocused();
    await page.keyboard.type('not this ');
    await page.keyboard.press('Escape');
    await expect(editor).toBeHidden();
    await expect(layla).toContainText('I would pay more for a reliable slot.');
    await expect(layla).not.toContainText('not this');
  });

  await test.step('edit the words of a turn before a coding: the coding stays on its words', async () => {
    const priya = page.getByRole('listitem', { name: 'Priya at 00:14' });
    await priya.getByText('Honestly', { exact: false }).first().dblclick();
    const editor = page.getByRole('textbox', { name: /Edit the words of Priya at 00:14/ });
    await expect(editor).toBeFocused();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Well, ');
    await shot(page, testInfo, '09-editing');
    await page.keyboard.press('Control+Enter');
    await expect(editor).toBeHidden();
    await expect(priya).toContainText('Well, Honestly the price was too high');
    await expect.poll(() => highlighted(page, 'Price too high')).toContain('the price was too high for what it does 😀');
    // And later turns kept theirs.
    await expect
      .poll(() => highlighted(page, 'Delivery trust'))
      .toEqual(['I never trust the delivery estimate', 'trust the delivery estimate?']);
    await shot(page, testInfo, '10-edited');
  });

  await test.step('select a coding by clicking its words and remove it with Delete', async () => {
    await page.getByRole('listitem', { name: 'Layla at 00:47' }).locator('.seg-coded', { hasText: 'delivery was late twice' }).click();
    await expect(page.locator('.coding-item.selected')).toContainText('delivery was late twice');
    await shot(page, testInfo, '11-coding-selected');
    await page.keyboard.press('Delete');
    await expect.poll(() => highlighted(page, 'delivery was late twice')).toEqual([]);
  });

  await test.step('find over the whole transcript: count, Enter for the next match, Esc to close', async () => {
    await page.getByRole('listitem', { name: 'Moderator at 00:05' }).click();
    await page.keyboard.press('Control+f');
    const find = page.getByRole('searchbox', { name: 'Find in transcript' });
    await expect(find).toBeFocused();
    await find.fill('delivery');
    await expect(page.getByRole('search').getByRole('status')).toHaveText('1 of 3');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('search').getByRole('status')).toHaveText('2 of 3');
    await expect(page.locator('.seg-find-current')).toHaveCount(1);
    await expect(page.locator('.seg-find')).toHaveCount(2);
    await shot(page, testInfo, '12-find');
    await page.keyboard.press('Shift+Enter');
    await expect(page.getByRole('search').getByRole('status')).toHaveText('1 of 3');
    await page.keyboard.press('Escape');
    await expect(find).toBeHidden();
  });

  await test.step('recode a coding with R, then move its end and start by a word', async () => {
    await page.getByRole('listitem', { name: 'Moderator at 01:03' }).locator('.seg-coded', { hasText: 'estimate' }).click();
    await expect(page.locator('.coding-item.selected')).toContainText('trust the delivery estimate?');
    await page.keyboard.press('r');
    const palette = page.getByRole('dialog', { name: 'Recode' });
    await palette.getByRole('combobox').fill('price too');
    await shot(page, testInfo, '13-recode');
    await page.keyboard.press('Enter');
    await expect.poll(() => highlighted(page, 'Price too high')).toContain('trust the delivery estimate?');
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await expect.poll(() => highlighted(page, 'Price too high')).toContain('trust the delivery estimate');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => highlighted(page, 'Price too high')).toContain('the delivery estimate');
    await expect(page.locator('.coding-item.selected')).toContainText('“the delivery estimate”');
    await shot(page, testInfo, '14-adjusted');
  });

  await test.step('M opens a memo on the selected coding', async () => {
    await page.keyboard.press('m');
    const memo = page.getByRole('region', { name: /Memo on “the delivery estimate” \(Price too high\)/ });
    await expect(memo).toBeVisible();
    await memo.getByRole('button', { name: 'Write the first memo' }).click();
    await page.keyboard.type('Moderator framing: asks about trust, participants answer with price.');
    await shot(page, testInfo, '15-memo');
    await memo.getByRole('button', { name: 'Close memos' }).click();
    await expect(page.getByRole('region', { name: 'Codings in this transcript' })).toBeVisible();
    await expect(page.locator('.coding-item', { hasText: 'the delivery estimate”' }).getByLabel('Has a memo')).toBeVisible();
  });

  await test.step('retrieve a code’s passages from the codebook and jump back into the transcript', async () => {
    await page.getByRole('button', { name: /teams_modern/ }).click();
    await expect(page.getByRole('list', { name: 'Transcript: teams_modern' })).toBeVisible();
    await page.getByRole('button', { name: 'Options for Price too high' }).click();
    await page.getByRole('menuitem', { name: 'Retrieve passages' }).click();
    const passages = page.locator('.retrieve');
    await expect(passages.getByRole('status')).toContainText('4 passages');
    // Each passage reads in its turn, so the words of one coding can be another's context: pick by the coded words.
    const estimate = passages
      .locator('article')
      .filter({ has: page.locator('.passage-quote-words', { hasText: /^the delivery estimate$/ }) });
    await estimate.getByRole('button', { name: 'Show in transcript' }).click();
    await expect(page.getByRole('list', { name: 'Transcript: Payments group' })).toBeVisible();
    await expect(page.getByRole('listitem', { name: 'Moderator at 01:03' }).locator('.seg-flash')).toHaveText('the delivery estimate');
    await shot(page, testInfo, '16-retrieve-jump');
    // Showing a passage switches the workspace back to the transcript view, its codings beside it.
    await expect(passages).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Codings in this transcript' })).toBeVisible();
  });

  await test.step('close and reopen the study: everything is in place', async () => {
    await page.getByRole('button', { name: 'Close study' }).click();
    await page
      .getByRole('button', { name: /Checkout coding/ })
      .first()
      .click();
    await page.getByRole('tab', { name: /Coding/ }).click();
    await page.getByRole('button', { name: /Payments group/ }).click();
    await expect
      .poll(() => highlighted(page, 'Price too high'))
      .toEqual([
        'the price was too high for what it does 😀',
        '価格が高すぎます',
        'the price is too high, and I never trust',
        'the delivery estimate',
      ]);
    await expect.poll(() => highlighted(page, 'Delivery trust')).toEqual(['I never trust the delivery estimate']);
    await expect(page.getByRole('listitem', { name: 'Priya at 00:14' })).toContainText('Well, Honestly');
    await shot(page, testInfo, '17-reopened');
  });

  expect(problems).toEqual([]);
});

test('an edit that deletes coded words flags the coding for review; re-anchor it; a number key codes a focused turn', async ({
  page,
  app,
}, testInfo) => {
  const call = backend(app.url);
  await call('study:create', { title: 'Review study' });
  const session = await call<{ id: string }>('sessions:create', { kind: 'interview', title: 'Interview 1' });
  const vtt = (await import('node:fs')).readFileSync(new URL('../fixtures/transcripts/teams_modern.vtt', import.meta.url));
  const { documentId } = await call<{ documentId: string }>('transcripts:importCommit', {
    sessionId: session.id,
    ...(await uploadFile(app, 'transcript', 'teams_modern.vtt', vtt)),
  });
  const view = await call<{ text: string }>('documents:get', { id: documentId });
  const at = view.text.indexOf('the first thing I open');
  const coding = await call<{ codeId: string }>('codings:create', {
    documentId,
    start: at,
    end: at + 'the first thing I open'.length,
    newCode: { name: 'Morning habit', parentId: null },
  });
  await call('codes:pin', { id: coding.codeId, pin: 1 });

  await page.reload();
  await page.getByRole('tab', { name: /Coding/ }).click();
  await page.getByRole('button', { name: /teams_modern/ }).click();
  await expect.poll(() => highlighted(page, 'Morning habit')).toEqual(['the first thing I open']);

  await test.step('rewrite the turn without the coded words', async () => {
    const jose = page.getByRole('listitem', { name: 'José Martínez at 00:10' });
    await jose.focus();
    await page.keyboard.press('F2');
    const editor = page.getByRole('textbox', { name: /Edit the words of José Martínez/ });
    await expect(editor).toBeFocused();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Mostly on my phone. I check the numbers every morning.');
    await page.keyboard.press('Control+Enter');
    await expect(editor).toBeHidden();
    await expect(page.getByText('1 coding lost its words in an edit and needs review.')).toBeVisible();
    await expect(page.locator('.coding-item').first()).toContainText('needs review');
    await expect.poll(() => highlighted(page, 'Morning habit')).toEqual([]);
    await shot(page, testInfo, 'review-orphaned');
  });

  await test.step('re-anchor it on new words', async () => {
    await page
      .locator('.coding-item')
      .first()
      .getByRole('button', { name: /Morning habit/ })
      .click();
    await page.getByRole('button', { name: 'Re-anchor on new words' }).click();
    await expect(page.getByText(/Re-anchor “Morning habit”/)).toBeVisible();
    await selectText(page, 'I check the numbers every morning');
    await shot(page, testInfo, 'review-reanchor');
    await page.keyboard.press('Enter');
    await expect.poll(() => highlighted(page, 'Morning habit')).toEqual(['I check the numbers every morning']);
    await expect(page.getByText('needs review')).toHaveCount(0);
  });

  await test.step('with nothing selected, a number key codes the whole focused turn', async () => {
    const last = page.getByRole('listitem', { name: 'Anna Schmidt at 00:28' });
    await last.click();
    await page.keyboard.press('1');
    await expect.poll(() => highlighted(page, 'Morning habit')).toEqual(['I check the numbers every morning', 'Got it.']);
    await shot(page, testInfo, 'review-whole-turn');
  });
});
