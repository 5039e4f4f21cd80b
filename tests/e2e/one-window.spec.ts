import { expect, test } from './fixtures';
import { backend } from './helpers';

const ELSEWHERE = 'This study is open in another window';

test('a second tab on the same study is told to use the first, and may take over', async ({ page, app }) => {
  await expect(page.getByRole('button', { name: 'Open the sample study' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the sample study' }).click();
  await expect(page.getByRole('heading', { name: ELSEWHERE })).toHaveCount(0);

  const second = await page.context().newPage();
  await second.goto(app.url);
  await expect(second.getByRole('heading', { name: ELSEWHERE })).toBeVisible();
  // A reload of the first tab keeps its claim.
  await page.reload();
  await expect(page.getByRole('heading', { name: ELSEWHERE })).toHaveCount(0);

  await second.getByRole('button', { name: 'Take over here' }).click();
  await expect(second.getByRole('heading', { name: ELSEWHERE })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: ELSEWHERE })).toBeVisible();

  // Closing the tab that holds the study gives it back: the first tab can work again after a reload.
  await second.close();
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: ELSEWHERE })).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
});

test('a tab whose event stream connects late still learns that another tab took the study over', async ({ page, app }) => {
  await page.getByRole('button', { name: 'Open the sample study' }).click();
  await expect(page.getByRole('button', { name: 'Close study' })).toBeVisible();
  // The first tab's push events start 2 s late after a reload, as over a slow or broken connection:
  // the take-over below is pushed while nobody here is listening.
  await page.route('**/api/events*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.continue();
  });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Close study' })).toBeVisible();

  const second = await page.context().newPage();
  await second.goto(app.url);
  await second.getByRole('button', { name: 'Take over here' }).click();
  await expect(second.getByRole('heading', { name: ELSEWHERE })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: ELSEWHERE })).toBeVisible({ timeout: 10_000 });
});

test('a tab whose event stream never opens still claims its study, so a second tab is told', async ({ page, app }) => {
  // The study was opened before this tab (as `npm run serve -- <study>` does), and a proxy holds event
  // streams back: the tab never hears a push. (The fixture's own tab closes first, giving its claim back.)
  await backend(app)('study:openSample');
  const context = page.context();
  await page.close();
  const first = await context.newPage();
  await first.route('**/api/events*', () => new Promise<void>(() => {}));
  await first.goto(app.url);
  await expect(first.getByRole('button', { name: 'Close study' })).toBeVisible();
  await first.waitForTimeout(3_500);

  const second = await context.newPage();
  await second.goto(app.url);
  await expect(second.getByRole('heading', { name: ELSEWHERE })).toBeVisible();
});
