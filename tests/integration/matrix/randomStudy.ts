import { rng, writeTranscript } from '../../bench/generateStudy';
import type { Workspace } from '../codingFixtures';

const WORDS = ['price', 'delivery', 'slot', 'gyümölcs', 'ćevapi', '价格太贵了', 'late', 'driver', 'app', 'refund', 'Tuesday', 'bag'];
const SEGMENTS = ['Family', 'Busy professional', 'Older adult'];

/**
 * A random study for checking counts: sessions with a moderator (and sometimes an observer) and
 * respondents, some people in two sessions, NPS and segment values (some missing), a code tree,
 * transcripts with speakerless turns, and codings that span turns, overlap each other and come
 * from two coders. Written through the real services and repositories into a real SQLite file.
 */
export async function randomStudy(w: Workspace, seed: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const nps = await w.call('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps' });
  const segment = await w.call('attributes:create', { name: 'Segment', type: 'category', options: SEGMENTS });
  const people: string[] = [];
  for (let i = 0; i < 9; i++) {
    const p = await w.call('participants:create', { displayName: `Person ${i}` });
    people.push(p.id);
    if (r() < 0.85) await w.call('participants:setValue', { participantId: p.id, attributeId: nps.id, value: Math.floor(r() * 11) });
    if (r() < 0.8) await w.call('participants:setValue', { participantId: p.id, attributeId: segment.id, value: pick(SEGMENTS) });
  }
  const sessions = [w.session.id];
  for (let i = 1; i < 4; i++) sessions.push((await w.call('sessions:create', { kind: 'interview', title: `Session ${i}` })).id);
  const roster = new Map<string, string[]>();
  for (const s of sessions) {
    const inSession = people.filter(() => r() < 0.45);
    if (inSession.length < 2) inSession.push(people[0]!, people[1]!);
    const unique = [...new Set(inSession)];
    for (const [i, p] of unique.entries()) {
      const role = i === 0 ? 'moderator' : i === 1 && r() < 0.5 ? 'observer' : 'participant';
      await w.call('participants:setSessionRole', { participantId: p, sessionId: s, role });
    }
    roster.set(s, unique);
  }
  const codeIds: string[] = [];
  for (let i = 0; i < 7; i++) {
    const parentId = i > 0 && r() < 0.5 ? pick(codeIds) : undefined;
    codeIds.push((await w.call('codes:create', { name: `Code ${i}`, ...(parentId ? { parentId } : {}) })).id);
  }
  const { study } = w;
  const bea = study.write('test:user', () => study.repos.study.ensureUser('Bea', new Date().toISOString()), null, false);
  const at = new Date().toISOString();
  study.write(
    'test:random',
    () => {
      for (const s of sessions)
        for (let d = 0; d < 2; d++) {
          const turns = Array.from({ length: 6 + Math.floor(r() * 6) }, () => {
            const speaker = r() < 0.15 ? null : pick(roster.get(s)!.concat(r() < 0.1 ? [pick(people)] : []));
            const text = Array.from({ length: 3 + Math.floor(r() * 8) }, () => pick(WORDS)).join(' ');
            return { text, participantId: speaker, speakerLabel: speaker ? 'Speaker' : null };
          });
          const { id, text } = writeTranscript(study, { sessionId: s, title: `Doc ${d}`, at }, turns);
          for (let k = 0; k < 25; k++) {
            const start = Math.floor(r() * (text.length - 1));
            const end = Math.min(text.length, start + 1 + Math.floor(r() * 60));
            study.repos.codings.insert({
              id: crypto.randomUUID(),
              document_id: id,
              code_id: pick(codeIds),
              start_offset: start,
              end_offset: end,
              quote: text.slice(start, end),
              status: 'anchored',
              memo: null,
              coder_id: r() < 0.3 ? bea : study.userId,
              created_at: at,
            });
          }
        }
    },
    null,
    false,
  );
  return { nps: nps.id, segment: segment.id, codeIds, sessions, people, bea };
}
