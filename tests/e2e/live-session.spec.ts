import type { Page } from '@playwright/test';
import type { LiveSession, Note } from '../../shared/domain/live';
import { expect, shot, test } from './fixtures';
import { backend, uploadFile } from './helpers';

type Call = ReturnType<typeof backend>;

async function newStudy(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New study' }).click();
  await page.getByRole('dialog', { name: 'New study' }).getByLabel('Study title').fill(title);
  await page.getByRole('dialog', { name: 'New study' }).getByLabel('Study title').press('Enter');
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

/** Watches for page errors and console errors: a live session must run clean. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.stack ?? e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(`${m.text()} ${m.location().url}`);
  });
  return problems;
}

const composer = (page: Page) => page.getByRole('textbox', { name: 'New note' });
const noteRow = (page: Page, text: string) => page.locator('.note-row').filter({ hasText: text });

/** Types a note into the composer and finishes it with Enter. */
async function typeNote(page: Page, text: string): Promise<void> {
  await composer(page).pressSequentially(text, { delay: 5 });
  await page.keyboard.press('Enter');
  await expect(noteRow(page, text)).toBeVisible();
}

async function liveOf(call: Call, sessionId: string): Promise<LiveSession> {
  return call<LiveSession>('live:get', { sessionId });
}

test('run a focus group live: clock, speakers, tags, guide, stop and reopen', async ({ page, app }, testInfo) => {
  test.setTimeout(60_000);
  const call = backend(app.url);
  const problems = watchProblems(page);
  await newStudy(page, 'Grocery delivery');

  const session = await call<{ id: string }>('sessions:create', { kind: 'focus_group', title: 'Focus group Leeds', moderator: 'Dana' });
  const people: Record<string, string> = {};
  for (const name of ['Amira', 'Brian', 'Chen']) {
    people[name] = (await call<{ id: string }>('participants:create', { displayName: name })).id;
    await call('participants:setSessionRole', { participantId: people[name], sessionId: session.id, role: 'participant' });
  }
  const codes: Record<string, string> = {};
  for (const [i, name] of ['Delivery slots', 'Price', 'Substitutions'].entries()) {
    codes[name] = (await call<{ id: string }>('codes:create', { name })).id;
    await call('codes:pin', { id: codes[name], pin: i + 1 });
  }
  await page.reload();

  await test.step('open the session live: empty state, then a guide', async () => {
    await page.getByRole('button', { name: 'Live notes of session Focus group Leeds' }).click();
    await expect(page.getByRole('heading', { name: 'No notes yet' })).toBeVisible();
    await expect(page.getByRole('timer')).toHaveText('00:00');
    await shot(page, testInfo, '01-live-empty');
    await page.getByRole('button', { name: 'Add a discussion guide' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a discussion guide' });
    await dialog.getByLabel('Title').fill('Delivery guide');
    await dialog
      .getByLabel('Outline')
      .fill(
        '# Warm-up (5)\nHow do you shop for groceries? (3)\n# Delivery\nTell me about a late delivery. (5 min)\nWhat would you pay for a fixed slot? (4)',
      );
    await shot(page, testInfo, '01b-guide-dialog');
    await dialog.getByRole('button', { name: 'Save guide' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('complementary', { name: 'Discussion guide' }).getByRole('heading', { name: 'Delivery guide' }),
    ).toBeVisible();
  });

  await test.step('start the clock and take notes with speakers, tags and the guide', async () => {
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(page.locator('.live-clock-status')).toHaveText('Running');
    // Start makes the guide's first question current: no key needed for the opening question.
    await expect(page.locator('.current-question-text')).toHaveText('How do you shop for groceries?');

    await composer(page).click();
    // Alt+1 before typing: the note starts with Amira as its speaker.
    await page.keyboard.press('Alt+1');
    await expect(page.locator('.composer .note-speaker')).toHaveText('Amira');
    await composer(page).pressSequentially('I order online every week because of my kids', { delay: 5 });
    await page.keyboard.press('Control+1');
    await expect(page.locator('.composer .note-chip')).toContainText('Delivery slots');
    await page.keyboard.press('Enter');
    await expect(noteRow(page, 'I order online every week')).toContainText('Amira');

    // The @ picker: a few letters of the name.
    await page.keyboard.type('@');
    await expect(page.getByRole('dialog', { name: 'Who is speaking' })).toBeVisible();
    await page.keyboard.type('bri');
    await page.keyboard.press('Enter');
    await expect(page.locator('.composer .note-speaker')).toHaveText('Brian');
    await composer(page).pressSequentially('Prices went up so I switched stores', { delay: 5 });
    // Select a phrase and code just that with the palette, creating a new code.
    await composer(page).evaluate((el) => {
      // Select "switched stores" exactly: the last two words.
      const text = el.querySelector('span')!.firstChild!;
      const full = text.textContent!;
      document.getSelection()!.setBaseAndExtent(text, full.indexOf('switched'), text, full.length);
    });
    await page.waitForTimeout(50);
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Code the selection' });
    await expect(palette).toContainText('switched stores');
    await palette.getByRole('combobox').fill('Switching');
    await shot(page, testInfo, '02-palette-open');
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page.locator('.composer .note-chip')).toContainText('Switching');
    await page.keyboard.press('Control+Shift+S');
    await expect(page.locator('.composer .note-star')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');

    // Next question; Alt+0 is the moderator, Alt+O an observation.
    await page.keyboard.press('Alt+ArrowDown');
    await expect(page.locator('.current-question-text')).toHaveText('Tell me about a late delivery.');
    await page.keyboard.press('Alt+0');
    await typeNote(page, 'Asked everyone about late deliveries');
    await page.keyboard.press('Alt+3');
    await composer(page).pressSequentially('The van came two hours late and the frozen food had melted', { delay: 2 });
    await page.keyboard.press('Control+2');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Alt+o');
    await typeNote(page, 'Several people nod');

    // Pause and resume.
    await page.keyboard.press('Control+Shift+Space');
    await expect(page.locator('.live-clock-status')).toHaveText('Paused');
    await page.keyboard.press('Control+Shift+Space');
    await expect(page.locator('.live-clock-status')).toHaveText('Running');
    await expect(page.locator('.save-state')).toHaveText('All changes saved');
    await shot(page, testInfo, '03-live-notes');
  });

  await test.step('edit an earlier note in place, then stop', async () => {
    await noteRow(page, 'Several people nod').locator('.note-text').click();
    await expect(page.getByRole('textbox', { name: 'Edit the note' })).toBeVisible();
    await page.keyboard.press('End');
    await page.keyboard.type(' in agreement');
    await page.keyboard.press('Escape');
    await expect(noteRow(page, 'Several people nod in agreement')).toBeVisible();
    // A note's time can be corrected afterwards.
    await noteRow(page, 'Several people nod')
      .getByRole('button', { name: /^Time .*, change it$/ })
      .click();
    await page.getByRole('textbox', { name: 'Time of the note (h:mm:ss)' }).fill('0:30');
    await page.keyboard.press('Enter');
    await expect(noteRow(page, 'Several people nod').locator('.note-time')).toHaveText('00:30');
    // The list of keys.
    await page.keyboard.press('Control+/');
    await expect(page.getByRole('dialog', { name: 'Keys of the live session' })).toBeVisible();
    await shot(page, testInfo, '03b-keys');
    await page.keyboard.press('Escape');
    const guidePanel = page.getByRole('complementary', { name: 'Discussion guide' });
    await expect(guidePanel.locator('[aria-current="step"]')).toHaveCount(1);
    await expect(guidePanel.getByRole('button', { name: /Next question/ })).toHaveClass(/button-primary/);
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    // Ended, not paused: no "Resume", no "Now" banner; carrying on is possible and says so.
    await expect(page.locator('.live-clock-status')).toHaveText('Session ended');
    await expect(page.getByRole('status').filter({ hasText: 'The session ended at' })).toBeVisible();
    await expect(page.locator('.current-question')).toHaveCount(0);
    // The guide has no current question any more, and "Next question" is no longer the thing to press.
    await expect(guidePanel.locator('[aria-current="step"]')).toHaveCount(0);
    await expect(guidePanel.locator('.guide-question.current')).toHaveCount(0);
    await expect(guidePanel.getByRole('button', { name: /Next question/ })).not.toHaveClass(/button-primary/);
    await expect(guidePanel.getByText(/^Session ended: \d+ of \d+ questions asked\.$/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Resume' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Continue the session' })).toBeVisible();
    // The clock key pressed out of habit does not reopen an ended session.
    await page.keyboard.press('Control+Shift+Space');
    await expect(page.getByText('The session has ended. “Continue the session” reopens it.')).toBeVisible();
    await expect(page.locator('.live-clock-status')).toHaveText('Session ended');
    await shot(page, testInfo, '03c-ended');
  });

  await test.step('the backend holds everything', async () => {
    const live = await liveOf(call, session.id);
    expect(live.clock.startedAt).not.toBeNull();
    expect(live.clock.stoppedAt).not.toBeNull();
    const q = (text: string) => live.guide!.items.find((i) => i.text === text)!.id;
    const texts = live.notes.map((n) => n.text);
    expect(texts).toEqual([
      'I order online every week because of my kids',
      'Prices went up so I switched stores',
      'Asked everyone about late deliveries',
      'The van came two hours late and the frozen food had melted',
      'Several people nod in agreement',
    ]);
    const [a, b, m, c, o] = live.notes as [Note, Note, Note, Note, Note];
    expect([a.speaker, b.speaker, m.speaker, c.speaker, o.speaker]).toEqual(['Amira', 'Brian', 'Dana', 'Chen', null]);
    expect([a.questionId, b.questionId]).toEqual([q('How do you shop for groceries?'), q('How do you shop for groceries?')]);
    expect([m.questionId, c.questionId, o.questionId]).toEqual(Array(3).fill(q('Tell me about a late delivery.')));
    expect(o.timeMs).toBe(30_000);
    expect(a.codings.map((x) => [x.codeId, x.start, x.end])).toEqual([[codes['Delivery slots'], 0, a.text.length]]);
    expect(b.codings).toHaveLength(1);
    expect(b.text.slice(b.codings[0]!.start, b.codings[0]!.end)).toBe('switched stores');
    expect(b.starred).toBe(true);
    expect(c.codings.map((x) => x.codeId)).toEqual([codes.Price]);
    expect(live.notes.every((n) => n.timeMs !== null)).toBe(true);
    // Notes are a document like any other: its text and codings are the transcript model's.
    const doc = await call<{ text: string; codingList: { codeId: string }[] }>('documents:get', { id: live.documentId });
    expect(doc.text).toContain('The van came two hours late');
    expect(doc.codingList).toHaveLength(3);
  });

  await test.step('leave and reopen: everything is back', async () => {
    await page.getByRole('button', { name: '← Sessions' }).click();
    await expect(page.getByRole('tab', { name: /Sessions/ })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('button', { name: 'Live notes of session Focus group Leeds' }).click();
    await expect(noteRow(page, 'Prices went up')).toContainText('Switching');
    await expect(noteRow(page, 'Prices went up').locator('.note-star')).toHaveAttribute('aria-pressed', 'true');
    await expect(noteRow(page, 'The van came')).toContainText('Chen');
    await expect(noteRow(page, 'The van came')).toContainText('Price');
    await expect(page.locator('.note-question-heading')).toHaveText(['How do you shop for groceries?', 'Tell me about a late delivery.']);
    await expect(page.locator('.live-clock-status')).toHaveText('Session ended');
    // Removing a tag with its ×.
    await noteRow(page, 'The van came').getByRole('button', { name: 'Remove Price' }).click();
    await expect(noteRow(page, 'The van came').locator('.note-chip')).toHaveCount(0);
    // Outside a note, Ctrl+Z is the study's undo: the tag comes back.
    await page.locator('.live-title h2').click();
    await page.keyboard.press('Control+z');
    await expect(noteRow(page, 'The van came').locator('.note-chip')).toContainText('Price');
    await shot(page, testInfo, '04-reopened');
    // Export: the notes as Markdown.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the notes' }).click();
    await page.getByRole('menuitem', { name: 'Markdown' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.md$/);
    // ↑ at the start of the empty composer edits the last note.
    await composer(page).click();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('textbox', { name: 'Edit the note' })).toHaveText('Several people nod in agreement');
    await page.keyboard.press('Escape');
    await expect(composer(page)).toBeFocused();
    // A note whose words are all deleted goes.
    await typeNote(page, 'A note typed by mistake');
    await noteRow(page, 'A note typed by mistake').locator('.note-text').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Escape');
    await expect(noteRow(page, 'A note typed by mistake')).toHaveCount(0);
  });

  await test.step('a timed transcript of the session: notes link to its turns and copy their codes', async () => {
    const transcript = [
      '[00:00:00] Dana: Welcome everyone.',
      '[00:00:02] Amira: I order online every week.',
      '[00:00:04] Chen: The van was late.',
    ].join('\n');
    await call('transcripts:importCommit', { sessionId: session.id, ...(await uploadFile(app, 'transcript', 'Leeds.txt', transcript)) });
    await page.getByRole('button', { name: '← Sessions' }).click();
    await page.getByRole('button', { name: 'Live notes of session Focus group Leeds' }).click();
    const first = noteRow(page, 'I order online every week because');
    await first.getByRole('button', { name: 'Copy codes to transcript' }).click();
    await expect(page.getByText('Copied 1 code to the transcript.')).toBeVisible();
    const live = await liveOf(call, session.id);
    const doc = await call<{ codingList: { codeId: string }[] }>('documents:get', { id: live.transcript!.documentId });
    expect(doc.codingList.map((c) => c.codeId)).toEqual([codes['Delivery slots']]);
    await first.getByRole('button', { name: /→ transcript 00:0\d/ }).click();
    await expect(page.getByRole('tab', { name: /Coding/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('list', { name: 'Transcript: Leeds' })).toBeVisible();
  });
  expect(problems).toEqual([]);
});

test('intercepts: the quick form, then the next intercept in one key', async ({ page, app }, testInfo) => {
  const call = backend(app.url);
  const problems = watchProblems(page);
  await newStudy(page, 'Store intercepts');
  const nps = await call<{ id: string }>('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps' });
  await call('attributes:create', { name: 'Visit', type: 'category', options: ['Weekly', 'Monthly', 'Rarely'] });
  const session = await call<{ id: string }>('sessions:create', { kind: 'intercept', title: 'Intercept 1' });
  const shopper = await call<{ id: string }>('participants:create', { displayName: 'Shopper 1' });
  await call('participants:setSessionRole', { participantId: shopper.id, sessionId: session.id, role: 'participant' });
  await page.reload();

  await page.getByRole('button', { name: 'Live notes of session Intercept 1' }).click();
  const form = page.getByRole('region', { name: 'Intercept' });
  await expect(form.getByRole('heading', { name: 'Shopper 1' })).toBeVisible();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await form.getByRole('radiogroup', { name: 'NPS' }).getByRole('radio', { name: '9' }).click();
  await form.getByRole('radiogroup', { name: 'Visit' }).getByRole('radio', { name: 'Weekly' }).click();
  await expect(form.getByRole('radio', { name: '9' })).toHaveAttribute('aria-checked', 'true');
  await composer(page).click();
  await typeNote(page, 'Comes for the bakery, finds checkout slow');
  await shot(page, testInfo, '05-intercept-form');

  const participants = await call<{ id: string; values: Record<string, unknown> }[]>('participants:list');
  expect(participants.find((p) => p.id === shopper.id)!.values[nps.id]).toBe(9);

  await page.keyboard.press('Control+Shift+N');
  await expect(page.locator('.live-title h2')).not.toHaveText('Intercept 1');
  await expect(page.locator('.live-clock-status')).toHaveText('Running');
  await expect(page.getByRole('heading', { name: 'No notes yet' })).toBeVisible();
  await expect(form.getByRole('radiogroup', { name: 'NPS' }).getByRole('radio', { name: '0', exact: true })).toBeFocused();
  await shot(page, testInfo, '06-next-intercept');
  const sessions = await call<{ id: string; kind: string }[]>('sessions:list');
  expect(sessions.filter((s) => s.kind === 'intercept')).toHaveLength(2);
  const first = await liveOf(call, session.id);
  expect(first.notes.map((n) => n.text)).toEqual(['Comes for the bakery, finds checkout slow']);
  expect(problems).toEqual([]);
});
