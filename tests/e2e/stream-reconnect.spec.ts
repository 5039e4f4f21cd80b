// Browser mode hears changes through one event stream. A change made while that stream was down is
// never pushed again, so every view reads once more when the stream comes back.
import { expect, test } from './fixtures';
import { backend } from './helpers';

test('a code added while the event stream was down shows in the codebook once it reconnects', async ({ page, app }) => {
  const call = backend(app);
  await call('study:openSample');
  // The first stream opens and ends at once (as a dropped connection does) and asks to be retried
  // after 1.5 s; the retry waits until the change below is made.
  let released: () => void = () => {};
  const release = new Promise<void>((done) => (released = done));
  let streams = 0;
  await page.route('**/api/events*', async (route) => {
    streams++;
    if (streams === 1) return route.fulfill({ status: 200, contentType: 'text/event-stream', body: 'retry: 1500\n: connected\n\n' });
    await release;
    return route.continue();
  });
  await page.reload();
  await page.getByRole('tab', { name: /Coding/ }).click();
  const codebook = page.locator('.codebook-slot');
  await expect(codebook.getByRole('treeitem').first()).toBeVisible();
  await expect.poll(() => streams, { message: 'the page tries to reconnect' }).toBeGreaterThanOrEqual(2);

  await call('codes:create', { name: 'Said while nobody listened' });
  await page.waitForTimeout(300);
  await expect(codebook.getByText('Said while nobody listened')).toHaveCount(0);
  released();
  await expect(codebook.getByText('Said while nobody listened')).toBeVisible({ timeout: 10_000 });
});
