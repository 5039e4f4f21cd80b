/**
 * The participants grid writes values, column types and category problems in the UI's language,
 * and its filter matches what the grid shows (a decimal comma, a translated role).
 */
import { describe, expect, it } from 'vitest';
import type { Attribute, Participant } from '../../../shared/domain/study';
import { translatorFor } from '../../../shared/i18n/translator';
import { optionsProblem } from '../../../renderer/participants/attributeForm';
import { displayValue, typeLabel } from '../../../renderer/participants/cellValue';
import { filterParticipants } from '../../../renderer/participants/filterParticipants';

const attribute = (over: Partial<Attribute>): Attribute => ({
  id: 'a',
  name: 'x',
  type: 'text',
  options: [],
  scaleKind: null,
  scaleMin: null,
  scaleMax: null,
  position: 0,
  ...over,
});
const age = attribute({ id: 'age', name: 'Alder', type: 'number' });
const since = attribute({ id: 'since', name: 'Kunde siden', type: 'date' });
const person = (displayName: string, values: Participant['values'], sessions: Participant['sessions'] = []): Participant => ({
  id: displayName,
  displayName,
  notes: null,
  values,
  sessions,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

const en = translatorFor('en');
const nb = translatorFor('nb');
const hr = translatorFor('hr');
const zh = translatorFor('zh-Hans');

describe('participants grid text', () => {
  it('writes numbers with the language’s decimal mark and no grouping, as English did before', () => {
    expect(displayValue(age, 34.5, en)).toBe('34.5');
    expect(displayValue(age, 12000, en)).toBe('12000');
    expect(displayValue(age, 34.5, nb)).toBe('34,5');
    expect(displayValue(age, 34.5, hr)).toBe('34,5');
  });

  it('writes calendar days in the language’s form without shifting the day', () => {
    expect(displayValue(since, '2024-02-01', en)).toBe('Feb 1, 2024');
    expect(displayValue(since, '2024-02-01', nb)).toBe('1. feb. 2024');
    expect(displayValue(since, '2024-02-01', zh)).toBe('2024年2月1日');
    expect(displayValue(since, 'not a day', nb)).toBe('not a day');
  });

  it('names column types in the language, with their counts and scale ranges', () => {
    expect(typeLabel(attribute({ type: 'category', options: ['a', 'b', 'c'] }), en)).toBe('Category · 3');
    expect(typeLabel(attribute({ type: 'category', options: ['a', 'b', 'c'] }), hr)).toBe('Kategorija · 3');
    expect(typeLabel(attribute({ type: 'score', scaleKind: 'nps', scaleMin: 0, scaleMax: 10 }), nb)).toBe('NPS 0–10');
    expect(typeLabel(attribute({ type: 'score', scaleKind: 'custom', scaleMin: 1, scaleMax: 4 }), nb)).toBe('Skala 1–4');
    expect(typeLabel(attribute({ type: 'date' }), zh)).toBe('日期');
  });

  it('explains a bad list of category values in the language', () => {
    expect(optionsProblem([], nb)).toBe('Oppgi minst én verdi for kategorien.');
    expect(optionsProblem(['Ja', 'ja'], hr)).toBe('„ja” je navedeno dvaput.');
    expect(optionsProblem(['Ja', 'Nei'], nb)).toBeNull();
  });

  it('filters by what the grid shows: the decimal comma and the role in the language', () => {
    const people = [
      person('Ola', { age: 34.5 }, [{ sessionId: 's', role: 'observer' }]),
      person('Kari', { age: 51 }, [{ sessionId: 's', role: 'participant' }]),
    ];
    const sessions = [{ id: 's', title: 'Fokusgruppe Oslo' }] as Parameters<typeof filterParticipants>[2];
    expect(filterParticipants(people, [age], sessions, '34,5', nb).map((p) => p.displayName)).toEqual(['Ola']);
    expect(filterParticipants(people, [age], sessions, 'observatør oslo', nb).map((p) => p.displayName)).toEqual(['Ola']);
    expect(filterParticipants(people, [age], sessions, 'observer', en).map((p) => p.displayName)).toEqual(['Ola']);
  });
});
