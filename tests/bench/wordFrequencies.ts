// Word frequencies over a 500-session study of ~8 million characters: 80 turns a session (a
// moderator and four respondents with NPS scores), nine sessions in ten in English, Croatian,
// Hungarian or Norwegian and one in ten in Chinese, so Intl.Segmenter's share is in the figure.
import { join } from 'node:path';
import { SCALE_RANGES } from '../../shared/domain/attributes';
import type { Backend } from '../../main/api/backend';
import { rng, writeTranscript } from './generateStudy';

const VOCABULARY: Record<string, string[]> = {
  en: 'the delivery was late again and the price is too high but the staff were friendly and I think the app works well when slots are free'.split(
    ' ',
  ),
  hr: 'dostava je opet kasnila a cijena je previsoka ali osoblje je bilo ljubazno i mislim da aplikacija radi dobro kad ima termina'.split(
    ' ',
  ),
  hu: 'a szállítás megint késett és az ár túl magas de a személyzet kedves volt és szerintem az alkalmazás jól működik'.split(' '),
  nb: 'leveringen var sen igjen og prisen er altfor høy men de ansatte var hyggelige og jeg synes appen fungerer bra'.split(' '),
};
const CHINESE = ['送货又晚了', '价格太贵', '但是员工很友好', '我觉得这个应用很好用', '有空的时候', '配送时间'];
const LANGUAGES = ['en', 'en', 'en', 'hr', 'hu', 'nb', 'en', 'hr', 'hu'];

/** A study of `sessions` sessions of about 16,000 characters each, written straight through the repositories. */
function fill(backend: Backend, path: string, sessions: number): { chars: number; npsId: string } {
  const study = backend.context.studies.create(path, 'Word frequencies');
  const r = rng(7);
  const at = new Date().toISOString();
  let chars = 0;
  const npsId = crypto.randomUUID();
  study.write(
    'bench:words',
    () => {
      study.repos.attributes.insert(
        {
          id: npsId,
          name: 'NPS',
          type: 'score',
          options: [],
          scaleKind: 'nps',
          scaleMin: SCALE_RANGES.nps.min,
          scaleMax: SCALE_RANGES.nps.max,
        },
        at,
      );
      for (let s = 0; s < sessions; s++) {
        const sessionId = crypto.randomUUID();
        study.repos.sessions.insert(
          sessionId,
          { kind: 'interview', title: `Session ${s + 1}`, date: null, place: null, moderator: null, notes: null },
          at,
          study.userId,
        );
        const people = [0, 1, 2, 3, 4].map((p) => {
          const id = crypto.randomUUID();
          study.repos.participants.insert(id, `S${s}P${p}`, null, at, study.userId);
          study.repos.participants.setRole(id, sessionId, p === 0 ? 'moderator' : 'participant');
          if (p > 0) study.repos.participants.setValue(id, npsId, Math.floor(r() * 11), at);
          return id;
        });
        const chinese = s % 10 === 9;
        const words = VOCABULARY[LANGUAGES[s % LANGUAGES.length]!]!;
        const turns: string[] = [];
        let length = 0;
        while (length < 16_000) {
          const parts: string[] = [];
          const n = 20 + Math.floor(r() * 30);
          for (let i = 0; i < n; i++)
            parts.push(chinese ? CHINESE[Math.floor(r() * CHINESE.length)]! : words[Math.floor(r() * words.length)]!);
          const turn = chinese ? `${parts.join('，')}。` : `${parts.join(' ')}.`;
          turns.push(turn);
          length += turn.length + 2;
        }
        const written = writeTranscript(
          study,
          { sessionId, title: `Session ${s + 1}`, at },
          turns.map((text, position) => ({ text, participantId: people[position % 5]! })),
        );
        chars += written.text.length;
      }
    },
    null,
  );
  return { chars, npsId };
}

/** Median ms of word frequencies over the whole study, compared by NPS group, and over one session. */
export async function benchWordFrequencies(
  newBackend: () => Backend,
  dir: string,
  median: (runs: number, fn: () => unknown) => Promise<number>,
) {
  const b = newBackend();
  const { chars, npsId } = fill(b, join(dir, `words-${crypto.randomUUID()}.verbatim`), 500);
  const call = async (input: unknown) => {
    const r = await b.dispatch('search:words', input);
    if (!r.ok) throw new Error(`search:words: ${r.error.message}`);
    return r.value;
  };
  const sessions = (await b.dispatch('sessions:list', {})) as { ok: true; value: { id: string }[] };
  const result = {
    chars,
    all: await median(5, () => call({})),
    compared: await median(5, () => call({ compare: { attributeId: npsId, a: ['detractor'], b: ['promoter'] } })),
    oneSession: await median(5, () => call({ filter: { sessionIds: [sessions.value[0]!.id] } })),
  };
  b.close();
  return result;
}
