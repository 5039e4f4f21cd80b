import type { Page } from '@playwright/test';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../shared/i18n/catalogue';
import { expect, test } from './fixtures';
import { backend, uploadFile } from './helpers';
import { untranslatedText, usePseudoLocale } from './untranslated';

/** A message as the pseudo-locale shows it. */
const ps = (text: string) => `${PSEUDO_OPEN}${text}${PSEUDO_CLOSE}`;

/**
 * A study written in Greek (names, titles, codes, notes, transcript), so that under the pseudo-locale
 * any Latin letter left outside the ⟦ ⟧ marks is live-screen text that missed the catalogue.
 */
async function greekStudy(app: { url: string }) {
  const call = backend(app);
  await call('study:create', { title: 'Έρευνα παράδοσης' });
  const group = await call<{ id: string }>('sessions:create', { kind: 'focus_group', title: 'Ομάδα Αθήνα', moderator: 'Δήμητρα' });
  for (const name of ['Αμαλία', 'Βασίλης', 'Γιώργος']) {
    const person = await call<{ id: string }>('participants:create', { displayName: name });
    await call('participants:setSessionRole', { participantId: person.id, sessionId: group.id, role: 'participant' });
  }
  for (const [i, name] of ['Παράδοση', 'Τιμή'].entries()) {
    const code = await call<{ id: string }>('codes:create', { name });
    await call('codes:pin', { id: code.id, pin: i + 1 });
  }
  const interview = await call<{ id: string }>('sessions:create', { kind: 'interview', title: 'Συνέντευξη Πάτρα' });
  for (const [timeMs, text] of [
    [10_000, 'Χαιρετά, λίγο αγχωμένη'],
    [40_000, 'Τα τέλη ανέβηκαν δύο φορές'],
  ] as const)
    await call('notes:add', { sessionId: interview.id, timeMs, text });
  // The recorder's clock was at one hour when the interview began: the notes do not link by themselves.
  const transcript = ['[01:00:00] Ελένη: Καλώς ήρθατε.', '[01:00:30] Νίκος: Τα τέλη ανέβηκαν.', '[01:01:30] Ελένη: Ευχαριστώ.'].join('\n');
  await call('transcripts:importCommit', { sessionId: interview.id, ...(await uploadFile(app, 'transcript', 'Πάτρα.txt', transcript)) });
  await call('attributes:create', { name: 'Σύσταση', type: 'score', scaleKind: 'nps' });
  await call('attributes:create', { name: 'Επίσκεψη', type: 'category', options: ['Εβδομαδιαία', 'Μηνιαία', 'Σπάνια'] });
  const intercept = await call<{ id: string }>('sessions:create', { kind: 'intercept', title: 'Στάση 1' });
  const shopper = await call<{ id: string }>('participants:create', { displayName: 'Πελάτης 1' });
  await call('participants:setSessionRole', { participantId: shopper.id, sessionId: intercept.id, role: 'participant' });
}

/** Opens a session live from the Sessions tab (its button's name ends in the session's title). */
async function openLive(page: Page, title: string): Promise<void> {
  await page
    .getByRole('row')
    .filter({ hasText: title })
    .getByRole('button', { name: new RegExp(title) })
    .first()
    .click();
  await expect(page.locator('.live-title h2')).toHaveText(title);
}

async function expectAllTranslated(page: Page, where: string): Promise<void> {
  expect(await untranslatedText(page), where).toEqual([]);
}

test('under the pseudo-locale, the live notes screen shows no text that missed the catalogue', async ({ page, app }) => {
  test.setTimeout(90_000);
  await greekStudy(app);
  await usePseudoLocale(app);
  await page.reload();
  const composer = page.getByRole('textbox', { name: ps('New note') });

  await openLive(page, 'Ομάδα Αθήνα');
  await expectAllTranslated(page, 'empty session');
  await expect(page.getByRole('heading', { name: ps('No notes yet') })).toBeVisible();

  // The guide dialog, an outline it refuses, then a guide.
  await page.getByRole('button', { name: ps('Add a discussion guide') }).click();
  const dialog = page.getByRole('dialog', { name: ps('Add a discussion guide') });
  await expectAllTranslated(page, 'guide dialog');
  await dialog.getByLabel(ps('Outline')).fill('Πώς ψωνίζετε; (3)\n# (5)');
  await dialog.getByRole('button', { name: ps('Save guide') }).click();
  await expect(dialog.getByRole('alert')).toHaveText(ps('Line 2 has no text.'));
  await expectAllTranslated(page, 'guide dialog with an error');
  await dialog
    .getByLabel(ps('Outline'))
    .fill('# Ζέσταμα (5)\nΠώς ψωνίζετε σήμερα; (3)\n# Παράδοση\nΠείτε μου για μια καθυστέρηση. (2.5 min)');
  await dialog.getByRole('button', { name: ps('Save guide') }).click();
  await expect(dialog).toBeHidden();
  await expectAllTranslated(page, 'guide, clock not started');

  // Notes with a speaker, a code on some words, a star, the moderator and an observation.
  await page.getByRole('button', { name: ps('Start'), exact: true }).click();
  await expect(page.locator('.live-clock-status')).toHaveText(ps('Running'));
  await composer.click();
  await page.keyboard.press('Alt+1');
  await composer.pressSequentially('Παραγγέλνω κάθε εβδομάδα', { delay: 5 });
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Control+Shift+S');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+0');
  await composer.pressSequentially('Ρώτησε για τις τιμές', { delay: 5 });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+o');
  await composer.pressSequentially('Όλοι γνέφουν', { delay: 5 });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+2');
  await composer.pressSequentially('Οι τιμές ανέβηκαν πολύ', { delay: 5 });
  await composer.evaluate((el) => {
    const text = el.querySelector('span')!.firstChild!;
    document.getSelection()!.setBaseAndExtent(text, 0, text, 8);
  });
  await page.keyboard.press('Control+2');
  await expect(page.locator('.composer .note-chip')).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('.note-row')).toHaveCount(4);
  await expectAllTranslated(page, 'notes taken, clock running');

  // The @ picker, the key sheet and the export menu.
  await page.keyboard.type('@');
  await expect(page.getByRole('dialog', { name: ps('Who is speaking') })).toBeVisible();
  await expectAllTranslated(page, 'people picker');
  await page.keyboard.type('ζζζζζ');
  await expect(page.getByText(ps('Nobody matches.'))).toBeVisible();
  await expectAllTranslated(page, 'people picker, nobody matches');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+/');
  await expect(page.getByRole('dialog', { name: ps('Keys of the live session') })).toBeVisible();
  await expectAllTranslated(page, 'key sheet');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: ps('Export the notes') }).click();
  await expect(page.getByRole('menuitem', { name: ps('Markdown') })).toBeVisible();
  await expectAllTranslated(page, 'export menu');
  await page.keyboard.press('Escape');

  // A note opened for editing and its time being changed.
  await page.locator('.note-row').filter({ hasText: 'Όλοι γνέφουν' }).locator('.note-text').click();
  await expect(page.getByRole('textbox', { name: ps('Edit the note') })).toBeVisible();
  await page.locator('.note-row').filter({ hasText: 'Όλοι γνέφουν' }).locator('.note-time').click();
  await expect(page.locator('.note-time-input')).toBeVisible();
  await expectAllTranslated(page, 'editing a note and its time');
  await page.keyboard.press('Escape');

  // Paused, then ended: the banner, the guide's summary, and the toast of a clock key after the end.
  await page.getByRole('button', { name: ps('Pause'), exact: true }).click();
  await expect(page.locator('.live-clock-status')).toHaveText(ps('Paused'));
  await expectAllTranslated(page, 'paused');
  await page.getByRole('button', { name: ps('Stop'), exact: true }).click();
  await expect(page.locator('.session-ended')).toBeVisible();
  await page.keyboard.press('Control+Shift+Space');
  await expect(page.getByText(ps('The session has ended. “Continue the session” reopens it.'))).toBeVisible();
  await expectAllTranslated(page, 'session ended');

  // A second session with the same guide: the dialog offers it and says it is shared.
  await page.getByRole('button', { name: ps('Edit'), exact: true }).click();
  await expect(page.getByRole('dialog', { name: ps('Edit the discussion guide') })).toBeVisible();
  await expectAllTranslated(page, 'editing the guide');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: ps('← Sessions') }).click();

  // Notes and a transcript on another clock: unlinked, a wrong offset, then linked.
  await openLive(page, 'Συνέντευξη Πάτρα');
  const clocks = page.getByRole('region', { name: ps('Notes and transcript') });
  await expect(clocks).toBeVisible();
  await page.getByRole('button', { name: ps('Add a discussion guide') }).click();
  await expect(page.getByRole('heading', { name: ps('Or use a guide from another session') })).toBeVisible();
  await expectAllTranslated(page, 'guide dialog offering another session’s guide');
  await page.getByRole('button', { name: ps('Use this guide') }).click();
  await page.getByRole('button', { name: ps('Edit'), exact: true }).click();
  await expect(page.locator('.banner-info')).toBeVisible();
  await expectAllTranslated(page, 'a guide shared by two sessions');
  await page.keyboard.press('Escape');
  await expectAllTranslated(page, 'notes not linked to the transcript');
  await clocks.getByRole('button', { name: ps('Set the offset…') }).click();
  await clocks.getByRole('textbox').fill('σύντομα');
  await clocks.getByRole('textbox').press('Enter');
  await expect(clocks.getByRole('alert')).toBeVisible();
  await expectAllTranslated(page, 'a wrong offset');
  await clocks.getByRole('textbox').fill('1:00:00');
  await clocks.getByRole('textbox').press('Enter');
  await expect(page.locator('.note-link').first()).toBeVisible();
  await expectAllTranslated(page, 'notes linked to the transcript');
  await page.getByRole('button', { name: ps('← Sessions') }).click();

  // An intercept: the quick form with a score and a few categories.
  await openLive(page, 'Στάση 1');
  await expect(page.getByRole('region', { name: ps('Intercept') })).toBeVisible();
  await expectAllTranslated(page, 'intercept form');
});
