import { expect, shot, test } from './fixtures';

test('the Memos tab lists every memo of the study, filters by kind and words, and opens a passage’s memo at the passage', async ({
  page,
}, testInfo) => {
  await page.getByRole('button', { name: 'Open the sample study' }).click();
  await page.getByRole('tab', { name: /Memos/ }).click();
  const list = page.getByRole('complementary', { name: 'Memos' });
  // The sample's memos are on the project, two sessions, a code and a coded passage: all listed, not only the project's.
  await expect(list.getByRole('listitem')).toHaveCount(5);
  await expect(list.getByRole('button', { name: /Substitutions: three problems in one code/ })).toContainText(
    'Code Order accuracy/Substitutions',
  );
  await shot(page, testInfo, 'memos-all');

  await list.getByLabel('Kind of memo').selectOption({ label: 'Session' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await list.getByLabel('Words in the memo').fill('marguerite');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('status')).toHaveText('1 of 5 memos');
  await list.getByLabel('Words in the memo').fill('');
  await list.getByLabel('Kind of memo').selectOption({ label: 'Coded passage' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await list.getByRole('button', { name: /A stuck customer/ }).click();
  const editor = page.getByRole('region', { name: 'Open memo' });
  await expect(editor.getByLabel('Memo title')).toHaveValue('A stuck customer');
  await expect(editor).toContainText("“I'm not a happy customer, I'm a stuck customer.” coded Loyalty & switching/Lapsing & switching");
  await shot(page, testInfo, 'memos-coded-passage');

  await editor.getByRole('button', { name: 'Open in the transcript' }).click();
  await expect(page.getByRole('tab', { name: /Coding/ })).toHaveAttribute('aria-selected', 'true');
  // The memo opens beside its transcript, which shows the passage.
  await expect(page.getByRole('article', { name: 'Memo: A stuck customer' })).toBeVisible();
  await expect(page.getByText("I'm not a happy customer, I'm a stuck customer.").first()).toBeVisible();
  await shot(page, testInfo, 'memo-at-its-passage');
});
