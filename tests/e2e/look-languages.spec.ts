import type { Locator, Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { backend } from './helpers';

/**
 * Issue 12, "Would a researcher enjoy this, in Chinese too?": every main screen of the sample study
 * in Hungarian (long words) and Simplified Chinese (CJK glyphs), with the scrollbars users see (the
 * real-scrollbars project). The screenshots are for a person to look at; the checks pin down the
 * layout faults found by looking, so each stays fixed.
 */
const LANGUAGES = ['hu', 'zh-Hans'] as const;
type Language = (typeof LANGUAGES)[number];
const STUDY_TITLE: Record<Language, string> = { hu: 'Pénztári folyamat – tavaszi interjúk', 'zh-Hans': '结账流程改版——春季访谈' };

/** The sample study, opened in `language`, on its Sessions tab. */
async function openSample(page: Page, app: { url: string }, language: Language): Promise<void> {
  const call = backend(app);
  await call('app:setLanguage', { language });
  await call('study:create', { title: STUDY_TITLE[language], sample: true });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('.sessions-table tbody tr')).toHaveCount(10);
}

/**
 * Text that is cut (its box narrower than its text) must say the whole of it in a tooltip: the
 * element or an ancestor carries a `title` holding the text.
 */
async function cutWithoutTooltip(scope: Locator): Promise<string[]> {
  return scope.evaluateAll((els) =>
    els.flatMap((el) => {
      const text = (el.textContent ?? '').trim();
      if (!text || el.scrollWidth <= el.clientWidth + 1) return [];
      const holder = el.closest('[title]');
      return holder && holder.getAttribute('title')!.includes(text) ? [] : [`"${text}" (${el.className})`];
    }),
  );
}

/** Boxes that draw over each other, by name, for the elements `scope` matches. */
async function overlapping(scope: Locator): Promise<string[]> {
  const boxes = await scope.evaluateAll((els) =>
    els
      .map((el) => ({ name: `${el.className || el.tagName}: ${(el.textContent ?? '').slice(0, 30)}`, r: el.getBoundingClientRect() }))
      .filter((b) => b.r.width > 0 && b.r.height > 0)
      .map((b) => ({ name: b.name, left: b.r.left, right: b.r.right, top: b.r.top, bottom: b.r.bottom })),
  );
  const faults: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
        faults.push(`${a.name} × ${b.name}`);
  return faults;
}

/** How many lines the text of each element `scope` matches takes, by element text. */
async function linesOf(scope: Locator): Promise<Record<string, number>> {
  const counts = await scope.evaluateAll((els) =>
    els.map((el) => {
      // The rectangles of the text itself (not of a hidden radio beside it), one top per line.
      const tops = new Set<number>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
      }
      return [(el.textContent ?? '').trim(), tops.size] as const;
    }),
  );
  return Object.fromEntries(counts);
}

/** Selects the first `length` characters of the transcript's first turn, as a mouse would. */
async function selectStartOfFirstTurn(page: Page, length: number): Promise<void> {
  await page.evaluate((length) => {
    const node = document.querySelector('.transcript-list .turn-text [data-o]')!.firstChild!;
    document.getSelection()!.setBaseAndExtent(node, 0, node, Math.min(length, node.textContent!.length));
  }, length);
  await page.waitForTimeout(50); // the workspace reads the selection on selectionchange
}

for (const language of LANGUAGES) {
  test(`coding toolbar keeps the transcript's name and the undo line readable in ${language}`, async ({ page, app }, testInfo) => {
    await openSample(page, app, language);
    await page.locator('#tab-coding').click();
    await page.locator('.doc-item').first().click();
    await expect(page.locator('.transcript-list .turn-text').first()).toBeVisible();
    await selectStartOfFirstTurn(page, 12);
    await page.keyboard.press('1');
    await expect(page.locator('.coding-status')).not.toBeEmpty();
    await page.keyboard.press('Control+z');
    await expect(page.locator('.coding-status')).toContainText(language === 'hu' ? 'Visszavonva' : '已撤销');
    await shot(page, testInfo, `coding-undone-${language}`);

    const toolbar = page.locator('.transcript-toolbar-row').first();
    const title = toolbar.locator('.transcript-title h2');
    // The transcript's name fits at the usual window size, and is whole in a tooltip when it cannot.
    expect(await title.evaluate((h) => h.scrollWidth <= h.clientWidth + 1), 'the transcript title is not cut at 1280 px').toBe(true);
    expect(await cutWithoutTooltip(toolbar.locator('h2, .toolbar-meta, .coding-status'))).toEqual([]);
    // Name, counts, status line and buttons each keep their own place.
    expect(await overlapping(toolbar.locator('h2, .toolbar-meta, .coding-status, .button'))).toEqual([]);

    // In a narrow window the name gives way (with its tooltip) before anything draws over anything.
    await page.setViewportSize({ width: 1000, height: 800 });
    await shot(page, testInfo, `coding-undone-narrow-${language}`);
    expect(await cutWithoutTooltip(toolbar.locator('h2, .toolbar-meta, .coding-status'))).toEqual([]);
    expect(await overlapping(toolbar.locator('h2, .toolbar-meta, .coding-status, .button'))).toEqual([]);
    const titleBox = (await title.boundingBox())!;
    expect(titleBox.width, 'the transcript title keeps a readable width').toBeGreaterThan(120);
  });
}

for (const language of LANGUAGES) {
  test(`the sessions list shows every row's buttons without scrolling sideways in ${language}`, async ({ page, app }, testInfo) => {
    await openSample(page, app, language);
    await shot(page, testInfo, `sessions-${language}`);
    const scroller = page.locator('.table-scroll');
    const sideways = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(sideways, 'the sessions table fits its frame at 1280 px').toBeLessThanOrEqual(1);
    const frame = (await scroller.boundingBox())!;
    for (const button of await page.locator('.sessions-table tbody tr').first().locator('.row-actions .button').all()) {
      const box = (await button.boundingBox())!;
      expect(box.x + box.width, `"${await button.innerText()}" is inside the frame`).toBeLessThanOrEqual(frame.x + frame.width);
    }
    // Places and notes are cut to fit, each with its whole text as a tooltip.
    expect(
      await cutWithoutTooltip(page.locator('.sessions-table tbody td, .sessions-table tbody th, .sessions-table .row-actions .button')),
    ).toEqual([]);

    // In a narrow window the middle columns scroll sideways; the buttons stay in sight at the right.
    await page.setViewportSize({ width: 1000, height: 800 });
    await shot(page, testInfo, `sessions-narrow-${language}`);
    const narrow = (await scroller.boundingBox())!;
    const row = page.locator('.sessions-table tbody tr').first();
    for (const button of await row.locator('.row-actions .button').all()) {
      const box = (await button.boundingBox())!;
      expect(box.x + box.width, `"${await button.innerText()}" is inside the narrow frame`).toBeLessThanOrEqual(narrow.x + narrow.width);
    }
    // Nothing of the row draws over its buttons: the cell under them is covered, not shown through.
    const actions = (await row.locator('.row-actions').boundingBox())!;
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.row-actions') !== null, {
      x: actions.x + 2,
      y: actions.y + actions.height / 2,
    });
    expect(hit, 'the buttons cell is on top at its left edge').toBe(true);
  });
}

/** A running focus group of three in the sample study, with one coded note, on the live notes screen. */
async function startLiveSession(page: Page, app: { url: string }): Promise<void> {
  const call = backend(app);
  const session = await call<{ id: string }>('sessions:create', { kind: 'focus_group', title: 'Élő próba 实时' });
  for (const name of ['Anikó', 'Béla', '王芳']) {
    const p = await call<{ id: string }>('participants:create', { displayName: name });
    await call('participants:setSessionRole', { participantId: p.id, sessionId: session.id, role: 'participant' });
  }
  await page.reload();
  await page.locator('.sessions-table tbody tr').filter({ hasText: 'Élő próba' }).locator('.row-actions .button').first().click();
  await page.locator('.live-clock-buttons .button-primary').click();
  await page.locator('.composer [contenteditable], .composer textarea').first().click();
  await page.keyboard.press('Alt+1');
  await page.keyboard.insertText('Az ár túl magas, és a kiszállítás kétszer is késett. 价格太高了，送货还迟到了两次。');
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Enter');
  await expect(page.locator('.notes-list > .note-row')).toHaveCount(1);
}

for (const language of LANGUAGES) {
  test(`every main screen of the sample study in ${language}, to look at`, async ({ page, app }, testInfo) => {
    test.setTimeout(120_000);
    await backend(app)('app:setLanguage', { language });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await shot(page, testInfo, `welcome-${language}`);
    await page.locator('.welcome-actions .button-primary').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot(page, testInfo, `new-study-${language}`);
    await page.keyboard.press('Escape');

    await openSample(page, app, language);
    await shot(page, testInfo, `sessions-${language}`);
    await page.locator('#tab-participants').click();
    await expect(page.locator('.participants-grid')).toBeVisible();
    await shot(page, testInfo, `participants-${language}`);
    await page.locator('.study-body .button').filter({ hasText: 'CSV' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot(page, testInfo, `participants-import-${language}`);
    await page.keyboard.press('Escape');

    await page.locator('#tab-coding').click();
    await page.locator('.doc-item').first().click();
    await expect(page.locator('.transcript-list .turn-text').first()).toBeVisible();
    await shot(page, testInfo, `coding-${language}`);
    await page.locator('.view-switch-button').nth(1).click();
    await page.locator('.code-name').first().click();
    await expect(page.locator('.passage-quote-words').first()).toBeVisible();
    await shot(page, testInfo, `retrieve-${language}`);

    await page.locator('#tab-memos').click();
    await expect(page.locator('.project-memo-list')).toBeVisible();
    await shot(page, testInfo, `memos-${language}`);
    // The memo list cuts long titles and places to one line: a tooltip keeps each whole. (The body's
    // first line is a preview of what opens beside it on a click, so it needs none.)
    expect(await cutWithoutTooltip(page.locator('.memo-index-title, .memo-index-about'))).toEqual([]);

    await page.locator('#tab-reports').click();
    await expect(page.locator('.report-builder')).toBeVisible();
    await expect(page.locator('.data-table').first()).toBeVisible();
    await shot(page, testInfo, `report-${language}`);
    await page.locator('.study-body .button-primary').last().click();
    await expect(page.getByRole('menu')).toBeVisible();
    await shot(page, testInfo, `report-export-menu-${language}`);
    await page.keyboard.press('Escape');

    await page.locator('.study-header-actions button[aria-haspopup=menu]').nth(1).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await shot(page, testInfo, `export-menu-${language}`);
    await page.getByRole('menuitem').first().click();
    // The export's progress panel, then its result.
    await expect(page.locator('.toasts').filter({ hasText: '.qdpx' })).toBeVisible({ timeout: 20_000 });
    await shot(page, testInfo, `exported-${language}`);

    await startLiveSession(page, app);
    await shot(page, testInfo, `live-running-${language}`);
    await page.locator('.live-header .button').last().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot(page, testInfo, `key-sheet-${language}`);
    await page.keyboard.press('Escape');
  });
}

for (const language of LANGUAGES) {
  test(`the report builder's choices keep to one line beside a real scrollbar in ${language}`, async ({ page, app }, testInfo) => {
    await openSample(page, app, language);
    await page.locator('#tab-reports').click();
    await expect(page.locator('.data-table').first()).toBeVisible();
    const builder = page.locator('.report-side');
    // The sample's builder is taller than the window, so it shows its scrollbar (which takes width).
    expect(
      await builder.evaluate((el) => (el as HTMLElement).offsetWidth - el.clientWidth),
      'the builder shows a scrollbar',
    ).toBeGreaterThan(0);
    await shot(page, testInfo, `report-builder-${language}`);
    const labels = page.locator('.report-segmented label');
    const lines = await linesOf(labels);
    expect(Object.keys(lines).length).toBeGreaterThan(0);
    expect(lines, 'each choice on one line').toEqual(Object.fromEntries(Object.keys(lines).map((k) => [k, 1])));
  });
}

for (const language of LANGUAGES) {
  test(`the study header keeps its title on one line in a narrow window in ${language}`, async ({ page, app }, testInfo) => {
    await page.setViewportSize({ width: 1000, height: 720 });
    await openSample(page, app, language);
    await page.locator('#tab-coding').click();
    await page.locator('.doc-item').first().click();
    await expect(page.locator('.transcript-list .turn-text').first()).toBeVisible();
    await shot(page, testInfo, `coding-narrow-${language}`);
    // The buttons and the Language setting make way (to a line of their own) before the title breaks.
    const titleLines = await page.locator('.title-button').evaluate((button) => {
      const range = document.createRange();
      range.selectNodeContents(button.firstChild!); // the title's own text, not the rename hint after it
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(titleLines, 'the study title is on one line').toBe(1);
    // The window never scrolls as a whole: each pane scrolls inside it.
    expect(
      await page.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight),
      'the page does not scroll',
    ).toBeLessThanOrEqual(0);
  });
}
