import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadReportData } from '../../main/services/reportData';
import { codingWorkspace, type Workspace } from './codingFixtures';

let w: Workspace;
beforeEach(async () => {
  w = await codingWorkspace();
});
afterEach(() => w.close());

/**
 * FG 1: Dana moderates, Olga observes and once speaks up, Priya and Gareth are respondents. A
 * coding spans Dana's question and Priya's answer; another catches Olga's aside and Gareth.
 */
async function focusGroup() {
  const fg = w.transcript(
    [
      ['Dana', 'What gets in the way when you order?'],
      ['Priya', 'Slots vanish by Tuesday, every single week.'],
      ['Olga', 'Sorry, can you say that again?'],
      ['Gareth', 'Drivers are rushed.'],
    ],
    'FG 1 transcript',
  );
  const people = await w.call('participants:list', {});
  const id = (name: string) => people.find((p) => p.displayName === name)!.id;
  await w.call('participants:setSessionRole', { participantId: id('Dana'), sessionId: w.session.id, role: 'moderator' });
  await w.call('participants:setSessionRole', { participantId: id('Olga'), sessionId: w.session.id, role: 'observer' });
  const delivery = await w.call('codes:create', { name: 'Delivery' });
  const drivers = await w.call('codes:create', { name: 'Drivers', parentId: delivery.id });
  await w.call('codings:create', { ...(await w.rangeOf(fg, 'when you order?\n\nSlots vanish')), codeId: delivery.id });
  await w.call('codings:create', { ...(await w.rangeOf(fg, 'say that again?\n\nDrivers')), codeId: drivers.id });
  return { delivery, drivers, id };
}

describe('participant counts outside reports', () => {
  it('the codebook counts respondents only, as reports do', async () => {
    const s = await focusGroup();
    const codes = await w.call('codes:list', {});
    const delivery = codes.find((c) => c.id === s.delivery.id)!;
    const drivers = codes.find((c) => c.id === s.drivers.id)!;
    expect(delivery).toMatchObject({ participants: 1, documents: 1, totalParticipants: 2, totalDocuments: 1 });
    expect(drivers).toMatchObject({ participants: 1, documents: 1 });

    // The same people a report counts for each code.
    const report = loadReportData(w.study);
    const reached = (codeId: string) => new Set(report.codings.filter((c) => c.codeId === codeId).flatMap((c) => c.participantIds)).size;
    expect(delivery.participants).toBe(reached(s.delivery.id));
    expect(drivers.participants).toBe(reached(s.drivers.id));
  });

  it('the Passages view names the moderator and observer but counts only respondents as participants', async () => {
    const s = await focusGroup();
    const r = await w.call('retrieve:passages', { codeId: s.delivery.id });
    const byQuote = new Map(r.passages.map((p) => [p.quote, p]));
    const question = byQuote.get('when you order?\n\nSlots vanish')!;
    expect(question.people.map((p) => [p.name, p.role])).toEqual([
      ['Dana', 'moderator'],
      ['Priya', null],
    ]);
    expect(question.participantIds).toEqual([s.id('Priya')]);
    expect(byQuote.get('say that again?\n\nDrivers')!.participantIds).toEqual([s.id('Gareth')]);
  });
});
