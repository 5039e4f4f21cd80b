/** The Memos tab's list: every memo of the study, whatever it is on, with what it is about and where it opens. */
import { expect, it } from 'vitest';
import { freshEnvForEachTest } from './helpers';

const env = freshEnvForEachTest();

it('lists the sample study’s memos of every kind, each with its place', async () => {
  await env.createStudy('sample', true);
  const memos = await env.ok('memos:overview', {});
  expect(memos.map((m) => m.target.kind).sort()).toEqual(['code', 'coding', 'project', 'session', 'session']);
  const byTitle = Object.fromEntries(memos.map((m) => [m.title, m]));
  expect(byTitle['Analysis plan and first reading']).toMatchObject({ about: 'The whole study', documentId: null, codeId: null });
  expect(byTitle['Focus group 2: trust, not price']!.about).toMatch(/^Session “Focus group 2/);
  const code = byTitle['Substitutions: three problems in one code']!;
  expect(code.about).toBe('Code Order accuracy/Substitutions');
  expect((await env.ok('codes:list', {})).find((c) => c.id === code.codeId)!.path).toBe('Order accuracy/Substitutions');
  // A coding memo opens at its passage: the document and the offset where the quote starts.
  const coding = byTitle['A stuck customer']!;
  expect(coding.about).toMatch(/^“I'm not a happy customer, I'm a stuck customer\.” coded Loyalty & switching\/Lapsing & switching in /);
  const doc = await env.ok('documents:get', { id: coding.documentId! });
  expect(doc.text.slice(coding.offset!, coding.offset! + 26)).toBe("I'm not a happy customer, ");
});

it('a document memo opens its document at the start', async () => {
  await env.createStudy('sample', true);
  const [doc] = await env.ok('documents:list', {});
  await env.ok('memos:save', { target: { kind: 'document', id: doc!.id }, title: 'On this transcript', body: 'Long pauses.' });
  const memo = (await env.ok('memos:overview', {})).find((m) => m.title === 'On this transcript')!;
  expect(memo).toMatchObject({ about: `Document “${doc!.title}”`, documentId: doc!.id, offset: 0, codeId: null });
});

it('a study without memos lists none', async () => {
  await env.createStudy('empty');
  expect(await env.ok('memos:overview', {})).toEqual([]);
});

it('says what each memo is on as data, so the Memos tab can word it in the UI language', async () => {
  await env.createStudy('sample', true);
  const memos = await env.ok('memos:overview', {});
  const byTitle = Object.fromEntries(memos.map((m) => [m.title, m]));
  expect(byTitle['Analysis plan and first reading']!.place).toEqual({ kind: 'project' });
  expect(byTitle['Substitutions: three problems in one code']!.place).toEqual({ kind: 'code', path: 'Order accuracy/Substitutions' });
  const session = byTitle['Focus group 2: trust, not price']!.place;
  expect(session.kind === 'session' && session.title).toMatch(/^Focus group 2/);
  const coding = byTitle['A stuck customer']!;
  const [doc] = (await env.ok('documents:list', {})).filter((d) => d.id === coding.documentId);
  expect(coding.place).toEqual({
    kind: 'coding',
    quote: "I'm not a happy customer, I'm a stuck customer.",
    codePath: 'Loyalty & switching/Lapsing & switching',
    documentTitle: doc!.title,
  });

  // A code deleted from under its memo: the memo stays, its place says the code is gone.
  await env.ok('codes:delete', { id: byTitle['Substitutions: three problems in one code']!.codeId! });
  const after = (await env.ok('memos:overview', {})).find((m) => m.title === 'Substitutions: three problems in one code')!;
  expect(after.place).toEqual({ kind: 'code', path: null });
});
