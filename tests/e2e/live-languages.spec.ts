import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { backend, uploadFile } from './helpers';

/**
 * The live notes screen in Hungarian (long words) and Chinese (CJK): screenshots of its main states
 * to look at, and a check that no label of the screen is cut off or spills out of its box.
 */

interface Words {
  language: 'hu' | 'zh-Hans';
  session: string;
  moderator: string;
  people: [string, string, string];
  codes: [string, string];
  notes: [string, string];
  sessionsButton: string;
  pauseButton: string;
  stopButton: string;
  keysButton: string;
}

const LANGUAGES: Words[] = [
  {
    language: 'hu',
    session: 'Fókuszcsoport Győr',
    moderator: 'Katalin',
    people: ['Éva', 'Gergő', 'Zsófia'],
    codes: ['Szállítási időpontok', 'Árérzékenység'],
    notes: ['Hetente rendel online, mert kisgyerekei vannak', 'Az árak emelkedése miatt boltot váltott'],
    sessionsButton: '← Alkalmak',
    pauseButton: 'Szünet',
    stopButton: 'Leállítás',
    keysButton: 'Billentyűk',
  },
  {
    language: 'zh-Hans',
    session: '上海焦点小组',
    moderator: '张敏',
    people: ['王芳', '李伟', '陈静'],
    codes: ['配送时段', '价格敏感'],
    notes: ['每周都在网上订购，因为家里有小孩', '涨价之后换了一家店'],
    sessionsButton: '← 场次',
    pauseButton: '暂停',
    stopButton: '结束',
    keysButton: '快捷键',
  },
];

/**
 * Labels of the live screen whose text does not fit their box (cut off or spilling out), and a
 * session title squeezed out of the header by long labels (it may shorten, but stays readable).
 */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      '.live-screen button, .live-screen .badge, .live-screen .save-state, .live-clock-status, .guide-budget-label, .guide-budget-value, .legend-item, .composer-hint, .dialog button, .dialog h2';
    const spilling = [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.checkVisibility() && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
      .map((el) => `${el.className}: ${el.textContent?.trim() ?? ''}`);
    const title = document.querySelector<HTMLElement>('.live-title h2');
    if (title && title.clientWidth < Math.min(120, title.scrollWidth)) spilling.push(`session title squeezed to ${title.clientWidth}px`);
    return spilling;
  });
}

// A small laptop's window: where long Hungarian labels would first run out of room.
test.use({ viewport: { width: 1024, height: 720 } });
for (const words of LANGUAGES) {
  test(`the live notes screen in ${words.language}: nothing cut off or spilling out`, async ({ page, app }, testInfo) => {
    test.setTimeout(60_000);
    const call = backend(app);
    await call('study:create', { title: words.session });
    const session = await call<{ id: string }>('sessions:create', {
      kind: 'focus_group',
      title: words.session,
      moderator: words.moderator,
    });
    for (const name of words.people) {
      const person = await call<{ id: string }>('participants:create', { displayName: name });
      await call('participants:setSessionRole', { participantId: person.id, sessionId: session.id, role: 'participant' });
    }
    const codes: string[] = [];
    for (const [i, name] of words.codes.entries()) {
      codes.push((await call<{ id: string }>('codes:create', { name })).id);
      await call('codes:pin', { id: codes[i], pin: i + 1 });
    }
    const guide = await call<{ id: string }>('guides:save', {
      title: words.session,
      items: [
        { kind: 'section', text: words.codes[0], plannedMinutes: 5 },
        { kind: 'question', text: words.notes[0], plannedMinutes: 2.5 },
        { kind: 'question', text: words.notes[1], plannedMinutes: 3 },
      ],
    });
    await call('live:setGuide', { sessionId: session.id, guideId: guide.id });
    await call('live:clock', { sessionId: session.id, action: 'start' });
    for (const [i, text] of words.notes.entries()) {
      const note = await call<{ id: string }>('notes:add', { sessionId: session.id, timeMs: (i + 1) * 30_000, text });
      await call('notes:code', { id: note.id, codeId: codes[i] });
    }
    const interview = await call<{ id: string }>('sessions:create', { kind: 'interview', title: words.people[1] });
    await call('notes:add', { sessionId: interview.id, timeMs: 10_000, text: words.notes[0] });
    await call('transcripts:importCommit', {
      sessionId: interview.id,
      ...(await uploadFile(app, 'transcript', 'interview.txt', `[01:00:00] ${words.people[0]}: ${words.notes[1]}`)),
    });
    await call('app:setLanguage', { language: words.language });
    await page.reload();

    const open = async (title: string) => {
      await page
        .getByRole('row')
        .filter({ hasText: title })
        .getByRole('button', { name: new RegExp(title) })
        .first()
        .click();
      await expect(page.locator('.live-title h2')).toHaveText(title);
    };
    const check = async (name: string) => {
      await shot(page, testInfo, `live-${words.language}-${name}`);
      expect(await overflowing(page), name).toEqual([]);
    };

    await open(words.session);
    await expect(page.locator('.note-row')).toHaveCount(2);
    await check('running');
    await page.getByRole('button', { name: words.pauseButton, exact: true }).click();
    await check('paused');
    await page.getByRole('button', { name: words.keysButton }).click();
    await check('key-sheet');
    await page.keyboard.press('Escape');
    await page.locator('.composer-idle, .note-editor-input').last().click();
    await page.keyboard.type('@');
    await check('people-picker');
    await page.keyboard.press('Escape');
    await page.locator('.guide-head button').click();
    await check('guide-dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: words.stopButton, exact: true }).click();
    await expect(page.locator('.session-ended')).toBeVisible();
    await check('ended');

    await page.getByRole('button', { name: words.sessionsButton }).click();
    await open(words.people[1]);
    await expect(page.locator('.transcript-clocks')).toBeVisible();
    await page.locator('.transcript-clocks button').last().click();
    await check('transcript-clocks');
  });
}
