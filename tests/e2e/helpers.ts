import type { Locator, Page } from '@playwright/test';

/** The participants grid. */
export function grid(page: Page): Locator {
  return page.getByRole('grid', { name: 'Participants' });
}

/** A participant's row, found by the exact text of its name cell. */
export function participantRow(page: Page, name: string): Locator {
  return grid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell', { name, exact: true }) });
}

/** One cell of the grid: the participant's row and the column whose header starts with `column`. */
export async function cell(page: Page, name: string, column: string): Promise<Locator> {
  // The headers are read once, so wait for the grid to show the row (after an import it reloads).
  await participantRow(page, name).waitFor();
  const headers = await grid(page).getByRole('columnheader').allInnerTexts();
  const index = headers.findIndex((h) => h.split('\n')[0]!.trim() === column);
  if (index < 0) throw new Error(`No column "${column}" in ${JSON.stringify(headers)}`);
  return participantRow(page, name).getByRole('gridcell').nth(index);
}

/** Edits a value cell the way a keyboard user does: focus it, Enter, type, Enter. */
export async function editCell(page: Page, name: string, column: string, value: string): Promise<void> {
  const target = await cell(page, name, column);
  await target.click();
  await page.keyboard.press('Enter');
  const editor = page.getByLabel(`${column === 'Participant' ? 'Name' : column} of ${name}`, { exact: true });
  if ((await editor.evaluate((el) => el.tagName)) === 'SELECT') await editor.selectOption(value);
  else await editor.fill(value);
  await editor.press('Enter');
}

/**
 * Calls the backend from the test process the way the page does (browser mode, bearer token), for
 * setup and checks a test is not about. Accepts the app's address or the running app.
 */
export function backend(app: string | { url: string }) {
  const url = typeof app === 'string' ? app : app.url;
  const token = decodeURIComponent(/token=([^&]+)/.exec(new URL(url).hash)![1]!);
  return async <T = unknown>(channel: string, input: unknown = {}): Promise<T> => {
    const response = await fetch(new URL('/api/invoke', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ channel, input }),
    });
    const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
}

/**
 * Uploads a file to the running backend as the page does in browser mode (`PUT /api/upload`); the
 * import channels then take the returned id.
 */
export async function uploadFile(
  app: string | { url: string },
  kind: 'transcript' | 'csv',
  name: string,
  content: string | Uint8Array,
): Promise<{ fileId: string }> {
  const url = typeof app === 'string' ? app : app.url;
  const token = decodeURIComponent(/token=([^&]+)/.exec(new URL(url).hash)![1]!);
  const query = `kind=${kind}&name=${encodeURIComponent(name)}`;
  const response = await fetch(new URL(`/api/upload?${query}`, url), {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
    body: new Blob([typeof content === 'string' ? Buffer.from(content) : Buffer.from(content)]),
  });
  const result = (await response.json()) as { ok: true; value: { fileId: string } } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`upload of ${name}: ${result.error.message}`);
  return { fileId: result.value.fileId };
}
