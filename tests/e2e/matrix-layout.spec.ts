import type { Locator, Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { backend } from './helpers';

/**
 * The matrix with the scrollbars users see (the real-scrollbars project), in Hungarian and Chinese:
 * long Hungarian and Chinese code names wrap inside their headers, never drawing over a neighbour
 * or getting cut; the headers stay in view when the table scrolls both ways; the last row and
 * column are reachable above and beside the scrollbars.
 */
const NAMES = {
  hu: {
    Delivery: 'Kiszállítási időablakok elérhetetlensége és a késedelmes kézbesítések miatti elégedetlenség',
    'Price & value': 'Árérzékenység: kiszállítási díjak, minimális rendelési érték és hűségprogram-kedvezmények',
    Substitutions: 'Nem kért helyettesítőtermékek és hiányzó tételek a megrendelésekben',
  },
  'zh-Hans': {
    Delivery: '配送时段难以预约以及送货迟到导致的不满情绪',
    'Price & value': '价格与价值：顾客认为配送费和最低消费金额太高而转向其他超市',
    Substitutions: '未经同意的替代商品和订单中缺少的商品',
  },
} as const;
type Language = keyof typeof NAMES;

async function openMatrix(page: Page, app: { url: string }, language: Language) {
  const call = backend(app);
  await call('app:setLanguage', { language });
  await call('study:create', { title: language === 'hu' ? 'Mátrix' : '矩阵', sample: true });
  const codes = await call<{ id: string; name: string }[]>('codes:list');
  const ids: string[] = [];
  for (const [name, long] of Object.entries(NAMES[language])) {
    const code = codes.find((c) => c.name === name)!;
    await call('codes:update', { id: code.id, name: long });
    ids.push(code.id);
  }
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await page
    .getByRole('tab')
    .filter({ hasText: language === 'hu' ? 'Lekérdezések' : '查询' })
    .click();
  await page.locator('.queries-switch button').nth(1).click();
  return page.locator('.matrix');
}

/** Header cells whose text is wider or taller than the cell (drawn over a neighbour, or cut). */
async function overflowing(cells: Locator): Promise<string[]> {
  return cells.evaluateAll((els) =>
    els.flatMap((el) =>
      el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 ? [`"${(el.textContent ?? '').slice(0, 30)}"`] : [],
    ),
  );
}

/**
 * Latin words a header breaks in the middle ("megrendelésekbe|n"): a word set on one line has one
 * box, a broken one two. Chinese breaks between characters by design and is not checked here.
 */
async function brokenWords(cells: Locator): Promise<string[]> {
  return cells.evaluateAll((els) =>
    els.flatMap((el) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        for (const m of (node.textContent ?? '').matchAll(/\p{Script=Latin}+/gu)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          if (range.getClientRects().length > 1) out.push(m[0]);
        }
      return out;
    }),
  );
}

/** Pairs of cells whose boxes intersect. */
async function intersecting(cells: Locator): Promise<string[]> {
  const boxes = await cells.evaluateAll((els) =>
    els.map((el) => ({ text: (el.textContent ?? '').slice(0, 20), ...el.getBoundingClientRect().toJSON() }) as DOMRect & { text: string }),
  );
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 0.5 && h > 0.5) out.push(`"${a.text}" × "${b.text}"`);
    }
  return out;
}

for (const language of ['hu', 'zh-Hans'] as const) {
  test(`${language}: long code names wrap in the matrix headers without overlap`, async ({ page, app }, testInfo) => {
    const view = await openMatrix(page, app, language);
    const names = Object.values(NAMES[language]);
    const side = view.locator('.matrix-side .report-checklist').first();
    for (const name of names) await side.locator('label').filter({ hasText: name }).locator('input').check();
    await view.locator('.matrix-control select').first().selectOption('codes');
    const columnsList = view.locator('.matrix-side .report-checklist').nth(1);
    for (const name of names) await columnsList.locator('label').filter({ hasText: name }).locator('input').check();
    const table = view.locator('.matrix-table');
    await expect(table.locator('thead th')).toHaveCount(5);
    await expect(table.locator('tbody th')).toHaveCount(3);
    const headers = table.locator('thead th, tbody th, tfoot th');
    expect(await overflowing(headers)).toEqual([]);
    expect(await brokenWords(headers)).toEqual([]);
    expect(await intersecting(table.locator('th, td'))).toEqual([]);
    // Every long name is there whole, wrapped over several lines.
    for (const name of names) await expect(table.locator('thead th').filter({ hasText: name })).toHaveCount(1);
    const tall = await table
      .locator('thead th.matrix-column')
      .first()
      .evaluate((el) => el.getBoundingClientRect().height);
    expect(tall).toBeGreaterThan(40);
    await shot(page, testInfo, `matrix-long-names-${language}`);
  });
}

test('hu: with every code and every participant the table scrolls both ways, headers stay in view', async ({ page, app }, testInfo) => {
  const view = await openMatrix(page, app, 'hu');
  const boxes = view.locator('.matrix-side .report-checklist').first().locator('input[type=checkbox]');
  const count = await boxes.count();
  for (let i = 0; i < count; i++) await boxes.nth(i).check();
  await view.locator('.matrix-control select').first().selectOption('participants');
  const scroll = view.locator('.matrix-scroll');
  const table = view.locator('.matrix-table');
  await expect(table.locator('tbody tr')).toHaveCount(count);
  // Real scrollbars: the box scrolls both ways and the scrollbars take room inside it.
  const sizes = await scroll.evaluate((el: HTMLElement) => ({
    scrollsDown: el.scrollHeight > el.clientHeight,
    scrollsAcross: el.scrollWidth > el.clientWidth,
    bar: el.offsetHeight - el.clientHeight - 2,
  }));
  expect(sizes).toMatchObject({ scrollsDown: true, scrollsAcross: true });
  expect(sizes.bar).toBeGreaterThan(0);
  expect(await brokenWords(table.locator('th'))).toEqual([]);
  await scroll.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const box = await scroll.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return {
      left: r.left + el.clientLeft,
      top: r.top + el.clientTop,
      right: r.left + el.clientLeft + el.clientWidth,
      bottom: r.top + el.clientTop + el.clientHeight,
    };
  });
  const corner = await table.locator('thead th').first().boundingBox();
  const lastHeader = await table.locator('thead th').last().boundingBox();
  const lastRow = await table.locator('tfoot th').boundingBox();
  const grandTotal = await table.locator('tfoot td').last().boundingBox();
  // The corner and the header row stay at the top left of the scrolled box ...
  expect(Math.abs(corner!.x - box.left)).toBeLessThan(1.5);
  expect(await overflowing(table.locator('th'))).toEqual([]);
  expect(Math.abs(corner!.y - box.top)).toBeLessThan(1.5);
  expect(Math.abs(lastHeader!.y - box.top)).toBeLessThan(1.5);
  // ... the totals row's name stays at the left, and the last cell is inside the box, not under a scrollbar.
  expect(Math.abs(lastRow!.x - box.left)).toBeLessThan(1.5);
  expect(grandTotal!.x + grandTotal!.width).toBeLessThanOrEqual(box.right + 0.5);
  expect(grandTotal!.y + grandTotal!.height).toBeLessThanOrEqual(box.bottom + 0.5);
  await shot(page, testInfo, 'matrix-scrolled-hu');
});
