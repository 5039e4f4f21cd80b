/**
 * A synthetic study with everything a REFI-QDA round trip must carry: a transcript imported from a
 * CRLF file with emoji, CJK and right-to-left text; a hierarchical codebook with colours and all four
 * description fields; codings by two coders, one with a memo; memos on every kind of target;
 * participants with every attribute type in two sessions with roles.
 */
import { b64, incoming, type TestEnv } from './helpers';

export const TRANSCRIPT = [
  'Moderator: Welcome! How was your last delivery? 🙂',
  'Aiko: 配達はとても遅かったです。 The van came at 9pm 😡 again.',
  'Yosef: המשלוח הגיע בזמן, thank you. Fresh 🥬 and cold 🧊.',
  'Aiko: I switched to click-and-collect 👍🏽 last month.',
  'Moderator: Thanks — anything else? 🙏',
].join('\r\n');

/** Offsets of `words` in a document (first occurrence). */
async function range(env: TestEnv, documentId: string, words: string) {
  const doc = await env.ok('documents:get', { id: documentId });
  const start = doc.text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in ${JSON.stringify(doc.text)}`);
  return { documentId, start, end: start + words.length };
}

export async function buildRoundTripStudy(env: TestEnv): Promise<void> {
  const fg = await env.ok('sessions:create', {
    kind: 'focus_group',
    title: 'Focus group 🌏 東京',
    date: '2026-03-02',
    place: 'Tokyo',
    moderator: 'Dana',
    notes: 'Evening slot.\nSix people.',
  });
  const iv = await env.ok('sessions:create', { kind: 'intercept', title: 'Intercept — תל אביב' });
  const attrs = {
    segment: await env.ok('attributes:create', {
      name: 'Segment',
      type: 'category',
      options: ['Family', 'Busy professional', 'Older adult'],
    }),
    nps: await env.ok('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps' }),
    csat: await env.ok('attributes:create', { name: 'CSAT', type: 'score', scaleKind: 'csat' }),
    effort: await env.ok('attributes:create', { name: 'Effort', type: 'score', scaleKind: 'custom', scaleMin: -3, scaleMax: 3 }),
    since: await env.ok('attributes:create', { name: 'Customer since', type: 'date' }),
    orders: await env.ok('attributes:create', { name: 'Orders', type: 'number' }),
    note: await env.ok('attributes:create', { name: 'Quote', type: 'text' }),
  };
  const commit = await env.ok('transcripts:importCommit', {
    sessionId: fg.id,
    ...incoming(env, 'transcript', 'fg1.txt', b64(TRANSCRIPT)),
    mapping: [],
  });
  const doc = commit.documentId;
  const people = await env.ok('participants:list', {});
  const aiko = people.find((p) => p.displayName === 'Aiko')!;
  const yosef = people.find((p) => p.displayName === 'Yosef')!;
  // The session's moderator is the person "Dana"; the transcript's "Moderator:" turns were mapped to her.
  const moderator = people.find((p) => p.displayName === 'Dana')!;
  await env.ok('participants:setSessionRole', { participantId: moderator.id, sessionId: fg.id, role: 'moderator' });
  await env.ok('participants:setSessionRole', { participantId: yosef.id, sessionId: iv.id, role: 'observer' });
  await env.ok('participants:update', { id: aiko.id, notes: 'Prefers email — 日本語 OK' });
  const set = (p: string, a: { id: string }, value: string | number) =>
    env.ok('participants:setValue', { participantId: p, attributeId: a.id, value });
  await set(aiko.id, attrs.segment, 'Busy professional');
  await set(aiko.id, attrs.nps, 3);
  await set(aiko.id, attrs.csat, 2);
  await set(aiko.id, attrs.effort, -2);
  await set(aiko.id, attrs.since, '2021-07-15');
  await set(aiko.id, attrs.orders, 12.5);
  await set(aiko.id, attrs.note, 'She said "never again" & <meant it>');
  await set(yosef.id, attrs.segment, 'Family');
  await set(yosef.id, attrs.nps, 10);
  const delivery = await env.ok('codes:create', {
    name: 'Delivery 🚚',
    color: '#c0504d',
    description: {
      definition: 'Getting the order to the door.\nTwo lines.',
      whenToUse: 'Vans, slots, drivers.',
      whenNotToUse: 'Price talk.',
      example: '“The van came at 9pm”',
    },
  });
  const late = await env.ok('codes:create', {
    name: 'Late & missed',
    parentId: delivery.id,
    color: '#1f3f66',
    description: { definition: null, whenToUse: 'After the window.', whenNotToUse: null, example: null },
  });
  const fresh = await env.ok('codes:create', { name: '新鮮さ', parentId: delivery.id, color: '#9bbb59' });
  const switching = await env.ok('codes:create', { name: 'Switching', color: '#8064a2' });
  const c1 = await env.ok('codings:create', {
    ...(await range(env, doc, '配達はとても遅かったです。 The van came at 9pm 😡 again.')),
    codeId: late.id,
  });
  await env.ok('codings:create', { ...(await range(env, doc, 'המשלוח הגיע בזמן')), codeId: delivery.id });
  await env.ok('codings:create', { ...(await range(env, doc, 'Fresh 🥬 and cold 🧊')), codeId: fresh.id });
  await env.ok('codings:update', { id: c1.id, memo: 'Late twice — 2nd time this month 😤' });
  // A second coder: the same study opened by someone else.
  const path = (await env.ok('study:current', {}))!.path;
  await env.ok('study:close', {});
  process.env.VERBATIM_USER = 'Bob Coder';
  try {
    await env.ok('study:open', { path });
    const c4 = await env.ok('codings:create', { ...(await range(env, doc, 'I switched to click-and-collect 👍🏽')), codeId: switching.id });
    await env.ok('codings:create', { ...(await range(env, doc, 'The van came at 9pm 😡')), codeId: delivery.id });
    await env.ok('memos:save', {
      target: { kind: 'coding', id: c4.id },
      title: 'Why switch?',
      body: 'Ask about 👍🏽 skin-tone emoji in quotes.',
    });
  } finally {
    delete process.env.VERBATIM_USER;
  }
  await env.ok('memos:save', { target: { kind: 'project' }, title: 'Project memo', body: 'Line 1\nLine 2 with <tags> & "quotes" ]]> end' });
  await env.ok('memos:save', { target: { kind: 'session', id: fg.id }, title: 'Session memo 📝', body: 'Loud room.' });
  await env.ok('memos:save', { target: { kind: 'document', id: doc }, title: 'Transcript memo', body: 'Machine transcript, checked.' });
  await env.ok('memos:save', { target: { kind: 'code', id: delivery.id }, title: '', body: 'Split later?' });
}
