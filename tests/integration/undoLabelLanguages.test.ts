/**
 * Undo steps and editing refusals travel as catalogue messages with their values, so the Edit menu,
 * the undo button and the refusal each read in the UI's language, from the same answer.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StepLabel } from '../../shared/domain/coding';
import type { Locale } from '../../shared/i18n/locales';
import { translatorFor } from '../../shared/i18n/translator';
import { failureText, type AppFailure } from '../../shared/result';
import { codingWorkspace, inEnglish, type Workspace } from './codingFixtures';

let w: Workspace;
beforeEach(async () => {
  w = await codingWorkspace();
});
afterEach(() => w.close());

/** What crosses the boundary, as it arrives (JSON). */
const crossed = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const said = (locale: Locale, step: StepLabel | null) => (step ? translatorFor(locale).t(step.id, step.values) : null);
const undoStep = async () => crossed((await w.call('history:state', {})).undo);

async function refusal(channel: 'history:undo' | 'history:redo'): Promise<AppFailure> {
  const r = await w.attempt(channel, {});
  if (r.ok) throw new Error(`${channel} should have been refused`);
  return crossed(r.error);
}

describe('undo steps in every language', () => {
  it('names a rename, a coding and an untitled memo in Norwegian and Croatian, with the data as typed', async () => {
    const code = await w.call('codes:create', { name: 'Pris' });
    await w.call('codes:update', { id: code.id, name: 'Kostnad' });
    const rename = await undoStep();
    expect(inEnglish(rename)).toBe('Rename "Pris" to "Kostnad"');
    expect(said('nb', rename)).toBe('Gi «Pris» nytt navn: «Kostnad»');
    expect(said('hr', rename)).toBe('Preimenovanje „Pris” u „Kostnad”');

    const doc = w.transcript([['Ana', 'Dostava je kasnila dva puta.']]);
    await w.call('codings:create', { ...(await w.rangeOf(doc, 'Dostava je kasnila')), codeId: code.id });
    const coded = await undoStep();
    expect(said('nb', coded)).toBe('Kod «Dostava je kasnila» som Kostnad');
    expect(said('hr', coded)).toBe('Kodiranje „Dostava je kasnila” kodom Kostnad');

    await w.call('memos:save', { target: { kind: 'project' }, title: '', body: 'Bilješka' });
    const memo = await undoStep();
    expect(inEnglish(memo)).toBe('Add memo "Untitled"');
    expect(said('nb', memo)).toBe('Legg til memo uten tittel');
    expect(said('hr', memo)).toBe('Dodavanje memoa bez naslova');
  });

  it('undo and redo answer with the step they did, and redo names the step to come', async () => {
    const code = await w.call('codes:create', { name: 'Levering' });
    await w.call('codes:pin', { id: code.id, pin: 3 });
    const undone = crossed(await w.call('history:undo', {}));
    expect(said('nb', undone.undone)).toBe('Fest «Levering» til tast 3');
    expect(said('hr', undone.redo)).toBe('Prikvačivanje „Levering” na tipku 3');
    expect(said('hr', undone.undo)).toBe('Stvaranje koda „Levering”');
  });

  it('counts copied note tags with the Croatian few form', () => {
    const hr = translatorFor('hr');
    expect(hr.t('editing.stepCopyNoteTags', { count: 1 })).toBe('Kopiranje 1 koda iz bilješke u transkript');
    expect(hr.t('editing.stepCopyNoteTags', { count: 3 })).toBe('Kopiranje 3 koda iz bilješke u transkript');
    expect(hr.t('editing.stepCopyNoteTags', { count: 5 })).toBe('Kopiranje 5 kodova iz bilješke u transkript');
  });
});

describe('refusals of undo and redo in every language', () => {
  it('nothing to undo', async () => {
    const f = await refusal('history:undo');
    expect(f).toMatchObject({ code: 'CONFLICT', message: 'There is nothing to undo.' });
    expect(failureText(translatorFor('nb'), f)).toBe('Det er ingenting å angre.');
    expect(failureText(translatorFor('hr'), f)).toBe('Nema se što poništiti.');
  });

  it('a step changed since names the step inside the sentence, in one language', async () => {
    const code = await w.call('codes:create', { name: 'Pris' });
    // Something outside the history (another window's import, say) changes the row the step made.
    w.study.write('test:outside', () => w.study.repos.codes.update({ ...w.study.repos.codes.get(code.id)!, name: 'Pris (gammel)' }), null);
    const f = await refusal('history:undo');
    expect(f.code).toBe('CONFLICT');
    expect(f.message).toBe('Cannot undo "Create code "Pris"": it was changed since.');
    expect(failureText(translatorFor('nb'), f)).toBe('Kan ikke angre dette steget, for det er endret siden: Opprett koden «Pris».');
    expect(failureText(translatorFor('hr'), f)).toBe(
      'Ovaj korak nije moguće poništiti jer je u međuvremenu promijenjen: Stvaranje koda „Pris”.',
    );
    expect(failureText(translatorFor('pseudo'), f)).toBe('⟦Cannot undo "⟦Create code "Pris"⟧": it was changed since.⟧');
    expect(await w.call('codes:list', {})).toMatchObject([{ name: 'Pris (gammel)' }]);
  });

  it('a name that looks like a message id stays as typed', async () => {
    const code = await w.call('codes:create', { name: 'editing.codeGone' });
    w.study.write('test:outside', () => w.study.repos.codes.update({ ...w.study.repos.codes.get(code.id)!, color: '#000000' }), null);
    const f = await refusal('history:undo');
    expect(failureText(translatorFor('nb'), f)).toBe(
      'Kan ikke angre dette steget, for det er endret siden: Opprett koden «editing.codeGone».',
    );
  });
});
