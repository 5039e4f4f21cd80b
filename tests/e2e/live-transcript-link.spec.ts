import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { backend, uploadFile } from './helpers';

const noteRow = (page: Page, text: string) => page.locator('.note-row').filter({ hasText: text });
const links = (page: Page) => page.getByRole('button', { name: /^→ transcript/ });

test('notes link to a transcript recorded on another clock only once the user sets the offset', async ({ page, app }, testInfo) => {
  const call = backend(app.url);
  await call('study:create', { title: 'Clocks' });
  const session = await call<{ id: string }>('sessions:create', { kind: 'interview', title: 'Interview Oslo' });
  const code = await call<{ id: string }>('codes:create', { name: 'Fees' });
  const notes: [number, string][] = [
    [10_000, 'Greets, a bit nervous'],
    [40_000, 'Fees went up twice this year'],
    [130_000, 'Would pay for a fixed slot'],
    [305_000, 'Thanks us'],
  ];
  for (const [timeMs, text] of notes) {
    const note = await call<{ id: string }>('notes:add', { sessionId: session.id, timeMs, text });
    if (text.startsWith('Fees')) await call('notes:code', { id: note.id, codeId: code.id });
  }
  // The recorder's clock was already at one hour when the interview began.
  const transcript = [
    '[01:00:00] Ida: Hello, welcome.',
    '[01:00:30] Lars: The fees went up twice.',
    '[01:01:30] Ida: And the slots?',
    '[01:02:00] Lars: A fixed slot, yes.',
    '[01:05:00] Ida: Thank you.',
  ].join('\n');
  await call('transcripts:importCommit', { sessionId: session.id, ...(await uploadFile(app, 'transcript', 'Oslo.txt', transcript)) });
  await page.reload();
  await page.getByRole('button', { name: 'Live notes of session Interview Oslo' }).click();

  const clocks = page.getByRole('region', { name: 'Notes and transcript' });
  await expect(clocks).toContainText(
    'Notes are not linked to the transcript “Oslo”: its times (1:00:00–1:05:00) do not cover the notes’ (00:10–05:05)',
  );
  await expect(noteRow(page, 'Thanks us')).toBeVisible();
  await expect(links(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy codes to transcript' })).toHaveCount(0);
  await shot(page, testInfo, 'unlinked');

  await clocks.getByRole('button', { name: 'Set the offset…' }).click();
  await clocks.getByLabel('Transcript time at the notes’ 00:00').fill('soon');
  await clocks.getByLabel('Transcript time at the notes’ 00:00').press('Enter');
  await expect(clocks.getByRole('alert')).toHaveText('Type a time such as 05:00, 1:02:03 or -0:30.');
  await clocks.getByLabel('Transcript time at the notes’ 00:00').fill('1:00:00');
  await clocks.getByLabel('Transcript time at the notes’ 00:00').press('Enter');
  await expect(clocks).toContainText('the notes’ 00:00 is 1:00:00 in the transcript (set by hand)');
  await expect(noteRow(page, 'Greets')).toContainText('→ transcript 1:00:00');
  await expect(noteRow(page, 'Fees went up')).toContainText('→ transcript 1:00:30');
  await expect(noteRow(page, 'fixed slot')).toContainText('→ transcript 1:02:00');
  await expect(noteRow(page, 'Thanks us')).toContainText('→ transcript 1:05:00');
  await shot(page, testInfo, 'linked');

  // The offset is the session's: it is there after reopening, and copying codes uses it.
  await page.getByRole('button', { name: '← Sessions' }).click();
  await page.getByRole('button', { name: 'Live notes of session Interview Oslo' }).click();
  await noteRow(page, 'Fees went up').getByRole('button', { name: 'Copy codes to transcript' }).click();
  await expect(page.getByText('Copied 1 code to the transcript.')).toBeVisible();
  const live = await call<{ transcript: { documentId: string; offsetMs: number | null } }>('live:get', { sessionId: session.id });
  expect(live.transcript.offsetMs).toBe(3_600_000);
  const doc = await call<{ codingList: { quote: string }[] }>('documents:get', { id: live.transcript.documentId });
  expect(doc.codingList.map((c) => c.quote)).toEqual(['The fees went up twice.']);

  await clocks.getByRole('button', { name: 'Forget it' }).click();
  await expect(links(page)).toHaveCount(0);
  await expect(clocks).toContainText('Notes are not linked');
});
