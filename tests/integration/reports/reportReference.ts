import type { Study } from '../../../main/services/study';

/**
 * A report's numbers computed the plain way, straight from the study's tables, one coding and one
 * turn at a time: what the fast path (reportData.ts, shared/reports/*) must agree with. Only the
 * rules the report documents are used: a speaker is a respondent by their role in the document's
 * session; with no role there, unless they only ever ran or watched sessions.
 */
export interface ReferenceOptions {
  includeNonRespondents: boolean;
  /** Keep only people whose value of this attribute is this option (a participant filter). */
  only?: { attributeId: string; value: string };
}

interface Row {
  [column: string]: string | number | null;
}

export function referenceReport(study: Study, options: ReferenceOptions) {
  const all = (sql: string) => study.db.prepare(sql).all() as Row[];
  const codes = all('SELECT id, parent_id FROM codes');
  const documents = all('SELECT id, session_id, kind FROM documents');
  const turns = all('SELECT document_id, start_offset, end_offset, participant_id FROM turns ORDER BY document_id, start_offset, position');
  const codings = all('SELECT id, document_id, code_id, start_offset, end_offset FROM codings');
  const roles = all('SELECT session_id, participant_id, role FROM session_participants');
  const people = all('SELECT id FROM participants').map((p) => p.id as string);
  const values = all('SELECT participant_id, attribute_id, value_text, value_number FROM participant_values');
  const attributes = all('SELECT id, name, type, scale_kind FROM attributes');
  const starred = new Set(all('SELECT coding_id FROM report_quotes').map((s) => s.coding_id as string));

  const valueOf = (person: string, attributeId: string) => {
    const v = values.find((x) => x.participant_id === person && x.attribute_id === attributeId);
    return v ? (v.value_text ?? v.value_number) : null;
  };
  const roleIn = (person: string, session: string | null) =>
    roles.find((x) => x.participant_id === person && x.session_id === session)?.role ?? null;
  const isRespondent = (person: string, session: string | null) => {
    const role = roleIn(person, session);
    if (role !== null) return role === 'participant';
    const mine = roles.filter((x) => x.participant_id === person);
    return !(mine.length > 0 && mine.every((x) => x.role !== 'participant'));
  };
  const matches = (person: string) => !options.only || valueOf(person, options.only.attributeId) === options.only.value;
  const sessionOf = new Map(documents.map((d) => [d.id as string, d.session_id as string | null]));

  // Each coding: the turns it overlaps and who spoke them, then whether it stays in scope.
  const kept: { id: string; doc: string; code: string; start: number; end: number; people: string[]; turns: number[] }[] = [];
  const inScope = new Set<string>();
  for (const p of people) {
    const mine = roles.filter((x) => x.participant_id === p);
    if (matches(p) && mine.some((x) => x.role === 'participant' || options.includeNonRespondents)) inScope.add(p);
  }
  for (const c of codings) {
    const session = sessionOf.get(c.document_id as string) ?? null;
    const respondents: string[] = [];
    const others: string[] = [];
    const hit: number[] = [];
    turns.forEach((t, n) => {
      if (
        t.document_id !== c.document_id ||
        (t.start_offset as number) >= (c.end_offset as number) ||
        (t.end_offset as number) <= (c.start_offset as number)
      )
        return;
      hit.push(n);
      const speaker = t.participant_id as string | null;
      if (speaker === null) return;
      const list = isRespondent(speaker, session) ? respondents : others;
      if (!list.includes(speaker)) list.push(speaker);
    });
    let counted = respondents;
    if (others.length > 0) {
      if (options.includeNonRespondents) counted = [...respondents, ...others];
      else if (respondents.length === 0) continue;
    }
    if (options.only) {
      counted = counted.filter(matches);
      if (counted.length === 0) continue;
    }
    counted.forEach((p) => inScope.add(p));
    kept.push({
      id: c.id as string,
      doc: c.document_id as string,
      code: c.code_id as string,
      start: c.start_offset as number,
      end: c.end_offset as number,
      people: counted,
      turns: hit,
    });
  }

  // Themes: a code's numbers include its descendants'.
  const below = (code: string): string[] => [code, ...codes.filter((c) => c.parent_id === code).flatMap((c) => below(c.id as string))];
  const themes = new Map(
    codes.map((code) => {
      const mine = kept.filter((c) => below(code.id as string).includes(c.code));
      const sessions = new Set(mine.map((c) => sessionOf.get(c.doc)).filter((s) => s !== null && s !== undefined));
      return [
        code.id as string,
        {
          codings: mine.length,
          documents: new Set(mine.map((c) => c.doc)).size,
          sessions: sessions.size,
          people: new Set(mine.flatMap((c) => c.people)),
        },
      ];
    }),
  );

  // Groups of people in scope per attribute (category options; NPS, CSAT and CES bands).
  const band = (kind: string, v: number) =>
    kind === 'nps'
      ? v >= 9
        ? 'promoter'
        : v >= 7
          ? 'passive'
          : 'detractor'
      : kind === 'csat'
        ? v >= 4
          ? 'high'
          : v >= 3
            ? 'neutral'
            : 'low'
        : v <= 3
          ? 'low'
          : v === 4
            ? 'neutral'
            : 'high';
  const groupOf = (attr: Row, person: string) => {
    const v = valueOf(person, attr.id as string);
    if (v === null) return null;
    return attr.type === 'score' ? band(attr.scale_kind as string, v as number) : String(v);
  };
  const members = (attr: Row, key: string) => [...inScope].filter((p) => groupOf(attr, p) === key);

  const scoreOf = (kind: string, answers: number[]) => {
    if (answers.length === 0) return { n: 0, value: null };
    const share = (test: (v: number) => boolean) => answers.filter(test).length / answers.length;
    if (kind === 'nps') return { n: answers.length, value: (share((v) => v >= 9) - share((v) => v <= 6)) * 100 };
    if (kind === 'csat') return { n: answers.length, value: share((v) => v >= 4) * 100 };
    return { n: answers.length, value: answers.reduce((a, b) => a + b, 0) / answers.length };
  };
  const answersOf = (attr: Row, who: string[]) =>
    who.map((p) => valueOf(p, attr.id as string)).filter((v): v is number => typeof v === 'number');

  // Co-occurrence: pairs of overlapping codings of two codes in one document; turns coded with both.
  const overlaps = (a: string, b: string) =>
    kept
      .filter((x) => x.code === a)
      .reduce((n, x) => n + kept.filter((y) => y.code === b && y.doc === x.doc && x.start < y.end && y.start < x.end).length, 0);
  const turnsOf = (code: string) => new Set(kept.filter((c) => c.code === code).flatMap((c) => c.turns));

  return { inScope, kept, themes, members, groupOf, scoreOf, answersOf, overlaps, turnsOf, attributes, starred };
}
