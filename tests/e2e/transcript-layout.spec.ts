import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { backend, uploadFile } from './helpers';
import { expectNoOverlap } from './layout';

const PHRASES = [
  'Yes.',
  'The delivery came late again and nobody told me.',
  'I keep the app because the vouchers are good, but checkout asks for my card every single time and the login forgets me after a day, ' +
    'which is the moment I go back to the shop round the corner instead, even though it costs more and the queue is long on a Saturday.',
  'Mostly on the bus, on my phone.',
  'Support answered within the hour, which surprised me, and the refund was on my card two days later. I would not have expected that ' +
    'from them after the trouble with the courier in spring, so I told my sister to try it, and she did, and she stayed.',
  // A turn over several lines (a list read out): far taller than its length suggests.
  'Three things, in this order:\nthe slots,\nthe fees,\nand the substitutions nobody asked for.',
];
const SPEAKERS = ['Moderator', 'Priya Nair', 'Kenji Sato', 'Ole Berg'];

/** 300 turns of very different lengths and shapes, so guessed and real heights differ a lot. */
function transcript(): string {
  const lines: string[] = [];
  for (let i = 0; i < 300; i++) lines.push(`${SPEAKERS[i % SPEAKERS.length]}: Turn ${i + 1}. ${PHRASES[(i * 7) % PHRASES.length]}`);
  return lines.join('\n');
}

const rows = (page: Page) => page.locator('.transcript-list > [role=listitem]');
const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test('transcript turns never draw over each other: on opening, after the window changes width, scrolled far', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(90_000);
  const call = backend(app.url);
  await call('study:create', { title: 'Layout' });
  const session = await call<{ id: string }>('sessions:create', { kind: 'interview', title: 'Interview 1' });
  await call('transcripts:importCommit', { sessionId: session.id, ...(await uploadFile(app, 'transcript', 'varied.txt', transcript())) });
  await page.reload();
  await page.getByRole('tab', { name: /Coding/ }).click();
  await page.getByRole('button', { name: /varied/ }).click();
  await expect(rows(page).first()).toBeVisible();
  await settle(page);
  const scroller = page.locator('.transcript-scroll');
  // The scrollbar takes room (the real-scrollbars project): otherwise this test proves nothing.
  expect(await scroller.evaluate((el) => (el as HTMLElement).offsetWidth - el.clientWidth)).toBeGreaterThan(0);
  await expectNoOverlap(rows(page), 'opened');

  // 15 px less is a scrollbar's width: too little to rewrap a turn, so no row reports a new size.
  for (const width of [1265, 1000, 1280, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    await settle(page);
    await page.waitForTimeout(100);
    await expectNoOverlap(rows(page), `window ${width} px wide`);
  }
  await shot(page, testInfo, 'transcript-wide');
  for (const share of [0.5, 1, 0.2]) {
    await scroller.evaluate((el, s) => el.scrollTo(0, (el.scrollHeight - el.clientHeight) * s), share);
    await settle(page);
    await page.waitForTimeout(100);
    await expectNoOverlap(rows(page), `scrolled to ${share * 100}%`);
  }
});
