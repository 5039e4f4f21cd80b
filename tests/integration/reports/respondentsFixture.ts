import { codingWorkspace } from '../codingFixtures';

/**
 * A focus group run by Mo (moderator) and watched by Obi (observer), with respondents Ana, Ben and
 * Dee (never coded). Mo and Obi carry NPS values that would move every count if they were taken
 * for customers: Mo a promoter, Obi a detractor. Codings: a question of Mo's with Ana's answer;
 * Mo's and Obi's words alone; Ben and Ana on their own; live notes about Ben, about Mo, and an
 * observation with no speaker.
 */
export async function respondentsFixture() {
  const ws = await codingWorkspace();
  const { call } = ws;
  const doc = ws.transcript([
    ['Mo', 'What do you think of the delivery fees?'],
    ['Ana', 'The fees are far too high for me.'],
    ['Mo', 'And the drivers?'],
    ['Ben', 'The drivers are always kind.'],
    ['Obi', 'Can I ask about the app?'],
    ['Ana', 'The app is fine.'],
  ]);
  const fees = await call('codes:create', { name: 'Fees' });
  const drivers = await call('codes:create', { name: 'Drivers' });
  const app = await call('codes:create', { name: 'App' });
  const nps = await call('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps' });
  const people = new Map((await call('participants:list', {})).map((p) => [p.displayName, p.id]));
  people.set('Dee', (await call('participants:create', { displayName: 'Dee' })).id);
  const roles: [string, number, 'participant' | 'moderator' | 'observer'][] = [
    ['Ana', 2, 'participant'],
    ['Ben', 9, 'participant'],
    ['Dee', 10, 'participant'],
    ['Mo', 10, 'moderator'],
    ['Obi', 0, 'observer'],
  ];
  for (const [name, score, role] of roles) {
    await call('participants:setValue', { participantId: people.get(name)!, attributeId: nps.id, value: score });
    await call('participants:setSessionRole', { participantId: people.get(name)!, sessionId: ws.session.id, role });
  }
  const text = (await call('documents:get', { id: doc })).text;
  const code = (codeId: string, words: string) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" not in document`);
    return call('codings:create', { documentId: doc, start, end: start + words.length, codeId });
  };
  const questionAndAnswer = await code(fees.id, 'What do you think of the delivery fees?\n\nThe fees are far too high for me.');
  await code(drivers.id, 'And the drivers?');
  await code(drivers.id, 'The drivers are always kind.');
  await code(app.id, 'Can I ask about the app?');
  await code(app.id, 'The app is fine.');

  const note = async (speaker: string | null, words: string) => {
    const n = await call('notes:add', {
      sessionId: ws.session.id,
      timeMs: 60_000,
      speaker: speaker === null ? null : { kind: 'participant', participantId: people.get(speaker)! },
      text: words,
    });
    await call('notes:code', { id: n.id, codeId: fees.id });
    return n;
  };
  await note('Ben', 'Ben finds the fees fair when he orders a big shop');
  await note(null, 'The room went quiet at the fee question');
  await note('Mo', 'Mo probed twice on fees');
  return { ...ws, doc, codes: { fees, drivers, app }, nps, people, questionAndAnswer };
}
export type RespondentsFixture = Awaited<ReturnType<typeof respondentsFixture>>;
