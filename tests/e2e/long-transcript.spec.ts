import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { backend, uploadFile } from './helpers';

/** A small deterministic random generator (mulberry32), so every run codes the same passages. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'price delivery checkout app support refund order basket trust slow quick late cheap expensive ' +
  'tracking courier driver parcel weekend subscription plan discount voucher bank card wallet login ' +
  'password screen button email reminder review stars friendly rude helpful confusing simple clear'
).split(' ');
const SPEAKERS = ['Moderator', 'Priya Nair', 'Kenji Sato', 'Layla Haddad', 'Tom Becker', 'Ana Souza', 'Ole Berg'];

/** About 2,500 turns and 300,000 characters of "Name: text" lines. */
function longTranscript(): string {
  const next = random(7);
  const lines: string[] = [];
  let previous = '';
  for (let i = 0; i < 2500; i++) {
    // Consecutive lines of one speaker would be one turn, so the speaker always changes.
    let speaker = i % 4 === 0 ? 'Moderator' : SPEAKERS[1 + Math.floor(next() * 6)]!;
    if (speaker === previous) speaker = SPEAKERS[1 + ((SPEAKERS.indexOf(speaker) + 1) % 6)]!;
    previous = speaker;
    const words: string[] = [];
    const count = 8 + Math.floor(next() * 30);
    for (let w = 0; w < count; w++) words.push(WORDS[Math.floor(next() * WORDS.length)]!);
    lines.push(`${speaker}: Turn ${i + 1}, ${words.join(' ')}.`);
  }
  return lines.join('\n');
}

interface View {
  id: string;
  text: string;
  turnList: { start: number; end: number }[];
  codingList: { start: number; end: number; quote: string; codeId: string }[];
}

async function mountedTurns(page: Page): Promise<number> {
  return page.locator('.transcript-list > [role=listitem]').count();
}

test('a 2,500-turn transcript with 3,000 codings stays light: few turns mounted, coding at the end works', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(120_000);
  const call = backend(app.url);

  const documentId = await test.step('create the study and import the long transcript through the API', async () => {
    await call('study:create', { title: 'Long transcript' });
    const session = await call<{ id: string }>('sessions:create', { kind: 'focus_group', title: 'Marathon group' });
    const text = longTranscript();
    const imported = await call<{ documentId: string; turns: number }>('transcripts:importCommit', {
      sessionId: session.id,
      ...(await uploadFile(app, 'transcript', 'marathon.txt', text)),
    });
    expect(imported.turns).toBe(2500);
    return imported.documentId;
  });

  await test.step('add 3,000 codings through the API', async () => {
    const view = await call<View>('documents:get', { id: documentId });
    expect(view.text.length).toBeGreaterThan(250_000);
    const codes: string[] = [];
    for (const name of ['Price', 'Delivery', 'Trust', 'Support', 'App', 'Refunds', 'Checkout', 'Payments', 'Login', 'Praise'])
      codes.push((await call<{ id: string }>('codes:create', { name })).id);
    const next = random(11);
    const jobs: { start: number; end: number; codeId: string }[] = [];
    for (let i = 0; jobs.length < 3000; i++) {
      const turn = view.turnList[Math.floor(next() * view.turnList.length)]!;
      const a = turn.start + Math.floor(next() * (turn.end - turn.start - 12));
      const b = Math.min(turn.end, a + 8 + Math.floor(next() * 80));
      jobs.push({ start: a, end: b, codeId: codes[i % codes.length]! });
    }
    for (let i = 0; i < jobs.length; i += 100)
      await Promise.all(jobs.slice(i, i + 100).map((j) => call('codings:create', { documentId, ...j }).catch(() => null)));
    const after = await call<View>('documents:get', { id: documentId });
    expect(after.codingList.length).toBeGreaterThan(2900);
  });

  await test.step('open it: only a window of turns is mounted', async () => {
    await page.reload();
    await page.getByRole('tab', { name: /Coding/ }).click();
    await page.getByRole('button', { name: /marathon/ }).click();
    const list = page.getByRole('list', { name: 'Transcript: marathon' });
    await expect(list.getByRole('listitem').first()).toBeVisible();
    await expect(page.locator('.transcript-list .stripe').first()).toBeVisible();
    const mounted = await mountedTurns(page);
    expect(mounted).toBeGreaterThan(5);
    expect(mounted).toBeLessThan(150);
    await shot(page, testInfo, 'long-open');
  });

  await test.step('jump to the end with End and code a passage there', async () => {
    await page.getByRole('listitem', { name: /Moderator, turn 1$/ }).click({ position: { x: 40, y: 10 } });
    await page.keyboard.press('End');
    const last = page.getByRole('listitem', { name: /turn 2500$/ });
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport();
    expect(await mountedTurns(page)).toBeLessThan(150);
    const target = await last
      .locator('.turn-text')
      .evaluate((el) => (el.textContent ?? '').split(', ')[1]!.split(' ').slice(0, 3).join(' '));
    await last.locator('.turn-text').evaluate((el, words) => {
      const spans = [...el.querySelectorAll('[data-o]')];
      let all = '';
      const at: { node: Node; from: number }[] = [];
      for (const s of spans) {
        at.push({ node: s.firstChild!, from: all.length });
        all += s.textContent ?? '';
      }
      const i = all.indexOf(words);
      const point = (o: number, end: boolean) => {
        const hit = at.filter((x) => (end ? x.from < o : x.from <= o)).at(-1)!;
        return [hit.node, o - hit.from] as const;
      };
      document.getSelection()!.setBaseAndExtent(...point(i, false), ...point(i + words.length, true));
    }, target);
    await page.waitForTimeout(50);
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Find or create a code' }).fill('Marathon ending');
    await page.keyboard.press('Enter');
    await expect(last.locator('.seg-coded[title*="Marathon ending"]')).toHaveText(target);
    await shot(page, testInfo, 'long-end-coded');
    const view = await call<View>('documents:get', { id: documentId });
    expect(view.codingList.some((c) => c.quote === target)).toBe(true);
  });

  await test.step('a selection across turns still codes after its start scrolled far away', async () => {
    const scroller = page.locator('.transcript-scroll');
    const from = page.getByRole('listitem', { name: /turn 2497$/ });
    const to = page.getByRole('listitem', { name: /turn 2498$/ });
    await from.scrollIntoViewIfNeeded();
    const expected = await page.evaluate(() => {
      const a = document.querySelector('[aria-label$="turn 2497"] .turn-text [data-o]')!;
      const bSpans = document.querySelectorAll('[aria-label$="turn 2498"] .turn-text [data-o]');
      const b = bSpans[bSpans.length - 1]!;
      document.getSelection()!.setBaseAndExtent(a.firstChild!, 0, b.firstChild!, b.firstChild!.textContent!.length);
      return { start: Number(a.getAttribute('data-o')), end: Number(b.getAttribute('data-o')) + b.textContent!.length };
    });
    await expect(to).toBeVisible();
    await page.waitForTimeout(50);
    await scroller.evaluate((el) => (el.scrollTop = 0));
    await expect(page.getByRole('listitem', { name: /Moderator, turn 1$/ })).toBeInViewport();
    expect(await mountedTurns(page)).toBeLessThan(150);
    await page.keyboard.press('Control+Shift+K');
    await expect
      .poll(async () =>
        (await call<View>('documents:get', { id: documentId })).codingList.some(
          (c) => c.start === expected.start && c.end === expected.end,
        ),
      )
      .toBe(true);
    await shot(page, testInfo, 'long-cross-turn-coded-from-afar');
  });
});
