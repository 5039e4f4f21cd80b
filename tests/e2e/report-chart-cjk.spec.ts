import { backend } from './helpers';
import { expect, shot, test } from './fixtures';

/**
 * Chinese theme names in the Reports tab's bar chart: the label column is sized by the browser's
 * own text metrics, so a long Chinese label is never cut off at the chart's left edge (it was,
 * when widths were a per-character constant for Latin letters).
 */
test('the frequency chart fits Chinese theme names inside its left edge', async ({ page, app }, testInfo) => {
  await page.getByRole('button', { name: 'Open the sample study' }).click();
  await expect(page.getByRole('table', { name: 'Sessions' })).toBeVisible();
  const call = backend(app);
  const codes = await call<{ id: string; name: string; parentId: string | null }[]>('codes:list');
  // The first is wider than any label column (it is shortened with …), the others fit whole.
  const names = ['这是一个非常长的主题名称用来检查图表的左边缘不会被截断', '价格太贵而且没有优惠', '客服态度非常不好'];
  for (const [i, c] of codes
    .filter((c) => c.parentId === null)
    .slice(0, 3)
    .entries())
    await call('codes:update', { id: c.id, name: names[i] });
  await page.getByRole('tab', { name: 'Reports' }).click();
  const chart = page.getByRole('img', { name: /participants who mentioned each theme/i });
  await expect(chart).toBeVisible();
  const src = await chart.getAttribute('src');
  const svg = decodeURIComponent(src!);
  expect(svg).toContain(`>${names[0]!.slice(0, 8)}`);
  for (const name of names.slice(1)) expect(svg).toContain(`>${name}<`);

  // Draw the chart image as the page shows it and look for ink in its leftmost pixels, below the
  // title lines (which start at x = 0 by design): a label run off the edge leaves ink there.
  const edgeInk = await chart.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 50, 3, canvas.height - 50);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 160) dark++;
    return dark;
  });
  expect(edgeInk).toBe(0);
  await chart.scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'report-chart-cjk');
});
