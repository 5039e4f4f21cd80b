/**
 * The codebook, passages and sessions words that are built outside React: code counts, participant
 * facts and the order of sessions, in the UI's language.
 */
import { describe, expect, it } from 'vitest';
import type { Code } from '../../../shared/domain/coding';
import type { Attribute, Participant, Session } from '../../../shared/domain/study';
import { translatorFor } from '../../../shared/i18n/translator';
import { participantFacts } from '../../../renderer/codebook/participantSummary';
import { countsOf } from '../../../renderer/codebook/treeRows';
import { sessionOrder } from '../../../renderer/sessions/SessionsTable';

const code = (counts: Partial<Code>): Code => ({
  id: '1',
  parentId: null,
  name: 'Dostava',
  path: 'Dostava',
  color: '#4f7cac',
  position: 0,
  pinned: null,
  definition: null,
  whenToUse: null,
  whenNotToUse: null,
  example: null,
  codings: 0,
  documents: 0,
  participants: 0,
  totalCodings: 0,
  totalDocuments: 0,
  totalParticipants: 0,
  ...counts,
});

describe('code counts', () => {
  it('use Croatian plural forms: one, few and other', () => {
    const hr = translatorFor('hr');
    expect(countsOf(code({ totalCodings: 3, totalDocuments: 1, totalParticipants: 5 }), false, hr).long).toBe(
      '3 kodirana odlomka, u 1 dokumentu, od 5 sudionika.',
    );
    expect(countsOf(code({ totalCodings: 5, totalDocuments: 2, totalParticipants: 1 }), false, hr).reach).toBe('2 dok. · 1 osoba');
  });

  it('format the count as the language writes numbers', () => {
    expect(countsOf(code({ totalCodings: 12345 }), false, translatorFor('nb')).short).toBe('12\u00a0345');
    expect(countsOf(code({ totalCodings: 12345 }), false, translatorFor('en')).short).toBe('12,345');
  });
});

describe('participant facts', () => {
  const nps: Attribute = { id: 'a', name: 'NPS', type: 'score', options: [], scaleKind: 'nps', scaleMin: 0, scaleMax: 10, position: 0 };
  const segment: Attribute = {
    id: 'b',
    name: 'Szegmens',
    type: 'category',
    options: ['Családi nagybevásárlás'],
    scaleKind: null,
    scaleMin: null,
    scaleMax: null,
    position: 1,
  };
  const person: Participant = {
    id: 'p',
    displayName: 'Kovács Éva',
    notes: null,
    values: { a: 5, b: 'Családi nagybevásárlás' },
    sessions: [],
    createdAt: '',
    updatedAt: '',
  };

  it('name the NPS group in the glossary’s word and mark it for tinting; study data stays as written', () => {
    expect(participantFacts(person, [segment, nps], translatorFor('hu'))).toEqual([
      { text: 'Kritikus', group: 'detractor' },
      { text: 'NPS 5', group: null },
      { text: 'Családi nagybevásárlás', group: null },
    ]);
  });
});

describe('session order', () => {
  const session = (title: string): Session => ({
    id: title,
    kind: 'interview',
    title,
    date: null,
    place: null,
    moderator: null,
    notes: null,
    participantCount: 0,
    createdAt: '',
    updatedAt: '',
  });

  it('orders undated sessions by title as Croatian does: č after c', () => {
    const hr = translatorFor('hr');
    const titles = ['Čakovec', 'Dubrovnik', 'Cres'].map(session).sort((a, b) => sessionOrder(a, b, hr.compare));
    expect(titles.map((s) => s.title)).toEqual(['Cres', 'Čakovec', 'Dubrovnik']);
  });
});
