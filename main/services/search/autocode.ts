import type { AutocodePreview, AutocodePreviewInput, AutocodeResult } from '../../../shared/domain/autocode';
import { AppError } from '../../../shared/errors';
import { oneLineExcerpt } from '../../../shared/text/excerpt';
import type { CodeRow } from '../../db/repos/codesRepo';
import { insertCode } from '../codebook';
import { stepLabel } from '../history';
import { now, type Study } from '../study';
import { planPassages, type Plan } from './autocodePlan';
import { findHits } from './search';

/** Passages the preview lists; the counts cover all of them. */
const PREVIEW_PASSAGES = 200;
/** Longest passage text a preview line shows. */
const PREVIEW_TEXT = 240;

type Input = Omit<AutocodePreviewInput, 'scope'> & { scope: NonNullable<AutocodePreviewInput['scope']> };

/** The search's hits made into passages at the input's scope. */
function plan(study: Study, input: Input): Plan & { hits: number } {
  // The moderator's hits are found too, so the preview can say how many it leaves out.
  const filter = { ...input.filter, includeModerator: true };
  const { hits } = findHits(study, { query: input.query, fuzzy: input.fuzzy, filter });
  const planned = planPassages(study, hits, input.scope, input.filter?.includeModerator ?? false);
  return { ...planned, hits: hits.length - planned.moderator };
}

/** What applying would code, changing nothing. */
export function previewAutocode(study: Study, input: Input): AutocodePreview {
  const planned = plan(study, input);
  const code = input.code ? findCodeByPath(study, splitPath(input.code)) : null;
  const coded = (p: Plan['passages'][number]) =>
    code !== null && study.repos.codings.findSame(p.documentId, code.id, p.start, p.end, study.userId) !== null;
  const documents = new Map<string, { title: string; session: string | null }>();
  const sessions = new Map(study.repos.sessions.list().map((s) => [s.id, s.title]));
  const people = new Map(study.repos.participants.list().map((p) => [p.id, p.displayName]));
  const documentOf = (id: string) => {
    let d = documents.get(id);
    if (!d) {
      const row = study.repos.documents.get(id)!;
      d = { title: row.title, session: row.session_id ? (sessions.get(row.session_id) ?? null) : null };
      documents.set(id, d);
    }
    return d;
  };
  let alreadyCoded = 0;
  const passages = planned.passages.map((p, i) => {
    const already = coded(p);
    if (already) alreadyCoded++;
    if (i >= PREVIEW_PASSAGES) return null;
    const doc = documentOf(p.documentId);
    const text = study.repos.documents.get(p.documentId)!.plain_text.slice(p.start, p.end);
    return {
      documentId: p.documentId,
      documentTitle: doc.title,
      sessionTitle: doc.session,
      speaker: (p.turn.participant_id ? people.get(p.turn.participant_id) : null) ?? p.turn.speaker_label,
      start: p.start,
      end: p.end,
      text: oneLineExcerpt(text, PREVIEW_TEXT),
      alreadyCoded: already,
    };
  });
  return {
    passages: passages.filter((p) => p !== null),
    total: planned.passages.length,
    hits: planned.hits,
    alreadyCoded,
    memos: planned.notInTranscript,
    moderator: planned.moderator,
    codeExists: code !== null,
  };
}

/**
 * Codes every passage of the search with the code at the path `code`, in one undo step: the code (and any
 * missing parent) is created in the same step, the codings carry the current coder, and words already
 * carrying the code from this coder are left as they are. Nothing to code is an error, and changes nothing.
 */
export function autocode(study: Study, input: Input & { code: string }): AutocodeResult {
  const names = splitPath(input.code);
  const planned = plan(study, input);
  if (planned.passages.length === 0) throw new AppError('INVALID_INPUT', 'search.autocodeNothing');
  const existing = findCodeByPath(study, names);
  const fresh = planned.passages.filter(
    (p) => !existing || !study.repos.codings.findSame(p.documentId, existing.id, p.start, p.end, study.userId),
  );
  const path = names.join('/');
  const result = { codePath: path, hits: planned.hits, alreadyCoded: planned.passages.length - fresh.length };
  const passages = planned.passages.map((p) => ({ documentId: p.documentId, start: p.start, end: p.end }));
  // Everything coded already: no step on the undo stack for a change that changes nothing.
  if (existing && fresh.length === 0) return { ...result, codeId: existing.id, codeCreated: false, coded: 0, passages };
  const texts = new Map<string, string>();
  const textOf = (id: string) => {
    let text = texts.get(id);
    if (text === undefined) texts.set(id, (text = study.repos.documents.get(id)!.plain_text));
    return text;
  };
  const label = stepLabel('search.stepAutocode', { count: fresh.length, code: path });
  const codeId = study.change(label, 'search:autocode', input, (track) => {
    const code = existing ?? createPath(study, track, names);
    const created = now();
    for (const p of fresh) {
      const id = crypto.randomUUID();
      track('codings', id);
      study.repos.codings.insert({
        id,
        document_id: p.documentId,
        code_id: code.id,
        start_offset: p.start,
        end_offset: p.end,
        quote: textOf(p.documentId).slice(p.start, p.end),
        status: 'anchored',
        memo: null,
        coder_id: study.userId,
        created_at: created,
      });
    }
    return code.id;
  });
  return { ...result, codeId, codeCreated: !existing, coded: fresh.length, passages };
}

/** The names of a code path, from the top; an empty name ("Price//Cost") is refused. */
function splitPath(path: string): string[] {
  const names = path.split('/').map((n) => n.trim());
  if (names.some((n) => n === '')) throw new AppError('INVALID_INPUT', 'search.autocodeBadPath', { path });
  return names;
}

/** The code at a path, or null when some name on the way is not there. */
function findCodeByPath(study: Study, names: readonly string[]): CodeRow | null {
  let parentId: string | null = null;
  let found: CodeRow | null = null;
  for (const name of names) {
    // The codebook's own rule for "the same name" (findSibling), so a path never creates a clash.
    found = study.repos.codes.findSibling(parentId, name);
    if (!found) return null;
    parentId = found.id;
  }
  return found;
}

/** Creates the codes of a path that are missing, inside the caller's change; returns the last. */
function createPath(study: Study, track: (table: 'codes', id: string) => void, names: readonly string[]): CodeRow {
  let parentId: string | null = null;
  let code: CodeRow | null = null;
  for (let i = 0; i < names.length; i++) {
    code = findCodeByPath(study, names.slice(0, i + 1)) ?? insertCode(study, track, { name: names[i]!, parentId });
    parentId = code.id;
  }
  return code!;
}
