// Data that refreshes itself: a number key is one write (no read of the document, its list or the
// codebook after it), and what one browser tab writes shows in another tab's views.
import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { backend } from './helpers';

interface Doc {
  id: string;
  title: string;
  kind: string;
  codings: number;
}
interface Code {
  id: string;
  name: string;
  path: string;
  pinned: number | null;
  totalCodings: number;
}

/** Names of the channels the page calls, in order, from the moment this is called. */
function channelsCalled(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/invoke')) return;
    seen.push((JSON.parse(request.postData() ?? '{}') as { channel?: string }).channel ?? '?');
  });
  return seen;
}

/** Selects the first `length` characters of the first long enough visible turn text. */
async function selectWords(page: Page, length: number): Promise<string> {
  const words = await page.evaluate((length) => {
    const seg = [...document.querySelectorAll<HTMLElement>('.transcript-list .turn-text [data-o]')].find(
      (s) => (s.textContent ?? '').trim().length > length + 4 && !s.classList.contains('seg-coded'),
    );
    const node = seg?.firstChild;
    if (!node?.textContent) return null;
    const start = node.textContent.search(/\S/);
    document.getSelection()!.setBaseAndExtent(node, start, node, start + length);
    return node.textContent.slice(start, start + length);
  }, length);
  expect(words, 'a turn with words to code is on screen').not.toBeNull();
  await page.waitForTimeout(50); // the workspace reads the selection on selectionchange
  return words!;
}

async function openTranscript(page: Page, title: string): Promise<void> {
  await page.getByRole('tab', { name: /Coding/ }).click();
  await page.locator('.doc-list').getByText(title, { exact: true }).first().click();
  await expect(page.locator('.transcript-list .turn-text').first()).toBeVisible();
}

test('a number key is one write; the codebook, the passages and a second tab follow without a reload', async ({ page, app }, testInfo) => {
  test.setTimeout(90_000);
  const call = backend(app);
  await call('study:openSample');
  const transcript = (await call<Doc[]>('documents:list')).find((d) => d.kind === 'transcript')!;
  const code = (await call<Code[]>('codes:list'))[0]!;
  await call('codes:pin', { id: code.id, pin: 1 });
  await page.reload();
  await openTranscript(page, transcript.title);
  const codebookRow = page.locator('.codebook-slot [role=treeitem]').filter({ hasText: code.name }).first();
  await expect(codebookRow).toContainText(String(code.totalCodings));

  const calls = channelsCalled(page);
  const words = await selectWords(page, 9);
  await page.keyboard.press('1');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: words.trim().slice(0, 5) })
      .first(),
  ).toBeVisible();
  // Whatever follows the keypress (the codebook's counts after the change event) has had time to go out.
  await page.waitForTimeout(1_000);
  // The one write and nothing else: its answer brings the code's new counts, so neither the
  // document, its list nor the codebook is read again in this tab.
  expect(calls, `calls after the key: ${calls.join(', ')}`).toEqual(['codings:create']);
  await expect(codebookRow).toContainText(String(code.totalCodings + 1));

  // The Passages view of the code has the new passage.
  await codebookRow.click();
  await page.locator('.view-switch').getByRole('button', { name: 'Passages' }).click();
  await expect(page.locator('.coding-passages')).toContainText(words.trim());
  await page.locator('.view-switch').getByRole('button', { name: 'Transcript' }).click();
  await expect(page.locator('.transcript-list .turn-text').first()).toBeVisible();

  // A second browser tab on the same study (held back by the one-window rule, but its calls reach
  // the backend) codes words of the open transcript: this tab shows them without a reload.
  const second = await page.context().newPage();
  await second.goto(app.url);
  const view = await call<{ text: string; turnList: { start: number; end: number }[]; codingList: unknown[] }>('documents:get', {
    id: transcript.id,
  });
  const turn = view.turnList.at(-1)!;
  await expect(page.locator('.coding-right .toolbar-meta').first()).toHaveText(new RegExp(`\\b${view.codingList.length}\\b`));
  const written = await second.evaluate(
    async (input) => {
      const token = sessionStorage.getItem('verbatim.token');
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ channel: 'codings:create', input, callId: 'second-tab-1' }),
      });
      return ((await response.json()) as { ok: boolean }).ok;
    },
    { documentId: transcript.id, codeId: code.id, start: turn.start, end: turn.end },
  );
  expect(written).toBe(true);
  await expect(codebookRow).toContainText(String(code.totalCodings + 2));
  // The open transcript read its codings again: its codings panel counts the new one.
  await expect(page.locator('.coding-right .toolbar-meta').first()).toHaveText(new RegExp(`\\b${view.codingList.length + 1}\\b`));
  await shot(page, testInfo, 'coded-here-and-in-a-second-tab');
});
