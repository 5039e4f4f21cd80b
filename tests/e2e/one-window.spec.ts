import { expect, test } from './fixtures';

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
