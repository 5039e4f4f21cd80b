import { z } from 'zod';
import codebookData from '../../resources/sample/freshBasket/codebook.json' with { type: 'json' };
import memosData from '../../resources/sample/freshBasket/memos.json' with { type: 'json' };
import { CodeName } from '../../shared/domain/coding';
import type { CodeRow } from '../db/repos/codesRepo';
import type { MemoRecord } from '../db/repos/memosRepo';
import { anchorSampleCoding, type SampleDocument } from './sampleTranscripts';
import type { Study } from '../services/study';

const Described = {
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #4f7cac'),
  definition: z.string().min(1),
  whenToUse: z.string().min(1),
  whenNotToUse: z.string().min(1),
  example: z.string().min(1),
  /** The number key (1–9) the code is pinned to. */
  pin: z.int().min(1).max(9).optional(),
};
const SampleCode = z.strictObject({ name: CodeName, ...Described });
/** resources/sample/freshBasket/codebook.json: top-level codes with their children (two levels). */
export const SampleCodebook = z.array(z.strictObject({ name: CodeName, ...Described, children: z.array(SampleCode).min(1) })).min(1);
export type SampleCodebook = z.infer<typeof SampleCodebook>;

const CodingRef = z.strictObject({
  kind: z.literal('coding'),
  session: z.string(),
  turn: z.int().nonnegative(),
  code: z.string(),
  quote: z.string(),
});
/** resources/sample/freshBasket/memos.json: a memo's body is a list of paragraphs (joined with blank lines). */
export const SampleMemos = z.array(
  z.strictObject({
    target: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('project') }),
      z.strictObject({ kind: z.literal('session'), session: z.string() }),
      z.strictObject({ kind: z.literal('code'), code: z.string() }),
      CodingRef,
    ]),
    title: z.string().min(1),
    body: z.array(z.string().min(1)).min(1),
  }),
);

function parse<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`sample ${what}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The sample's codebook, validated (pins unique). */
export function sampleCodebook(): SampleCodebook {
  const codebook = parse(SampleCodebook, codebookData, 'codebook');
  const pins = new Map<number, string>();
  for (const code of codebook.flatMap((p) => [p, ...p.children])) {
    if (code.pin === undefined) continue;
    const other = pins.get(code.pin);
    if (other) throw new Error(`sample codebook: ${code.name} and ${other} are both pinned to ${code.pin}`);
    pins.set(code.pin, code.name);
  }
  return codebook;
}

/** Inserts the codebook; returns code path ("Parent/Child", or "Parent") → id. */
function insertCodes(study: Study, at: string): Map<string, string> {
  const paths = new Map<string, string>();
  const insert = (
    code: SampleCodebook[number] | SampleCodebook[number]['children'][number],
    parentId: string | null,
    position: number,
    path: string,
  ) => {
    const row: CodeRow = {
      id: crypto.randomUUID(),
      parent_id: parentId,
      name: code.name,
      color: code.color,
      definition: code.definition,
      when_to_use: code.whenToUse,
      when_not_to_use: code.whenNotToUse,
      example: code.example,
      position,
      pinned: code.pin ?? null,
      created_at: at,
      created_by: study.userId,
    };
    if (paths.has(path)) throw new Error(`sample codebook: "${path}" appears twice`);
    study.repos.codes.insert(row);
    paths.set(path, row.id);
    return row.id;
  };
  sampleCodebook().forEach((parent, i) => {
    const parentId = insert(parent, null, i, parent.name);
    parent.children.forEach((child, j) => insert(child, parentId, j, `${parent.name}/${child.name}`));
  });
  return paths;
}

const codingKey = (session: string, turn: number, code: string, quote: string) => JSON.stringify([session, turn, code, quote]);

/**
 * Inserts the sample codebook, the codings of every transcript (anchored, coded by the study's
 * user) and the memos. Runs inside the caller's transaction, after the transcripts.
 */
export function insertSampleCoding(study: Study, documents: SampleDocument[], sessionIds: Map<string, string>, at: string): void {
  const codeIds = insertCodes(study, at);
  const codingIds = new Map<string, string>();
  for (const doc of documents) {
    const placed = new Set<string>();
    for (const c of doc.codings) {
      const codeId = codeIds.get(c.code);
      if (!codeId) throw new Error(`sample coding in ${doc.session}, turn ${c.turn}: unknown code "${c.code}"`);
      const { start, end, quote } = anchorSampleCoding(doc, c);
      const same = `${codeId} ${start} ${end}`;
      if (placed.has(same)) throw new Error(`sample coding in ${doc.session}, turn ${c.turn}: "${c.quote}" is coded ${c.code} twice`);
      placed.add(same);
      const id = crypto.randomUUID();
      study.repos.codings.insert({
        id,
        document_id: doc.documentId,
        code_id: codeId,
        start_offset: start,
        end_offset: end,
        quote,
        status: 'anchored',
        memo: c.memo ?? null,
        coder_id: study.userId,
        created_at: at,
      });
      codingIds.set(codingKey(doc.session, c.turn, c.code, c.quote), id);
    }
  }
  for (const memo of parse(SampleMemos, memosData, 'memos')) {
    const t = memo.target;
    let targetId: string | null = null;
    if (t.kind === 'session') targetId = sessionIds.get(t.session) ?? null;
    else if (t.kind === 'code') targetId = codeIds.get(t.code) ?? null;
    else if (t.kind === 'coding') targetId = codingIds.get(codingKey(t.session, t.turn, t.code, t.quote)) ?? null;
    if (t.kind !== 'project' && !targetId)
      throw new Error(`sample memo "${memo.title}": its ${t.kind} is not in the sample (${JSON.stringify(t)})`);
    const row: MemoRecord = {
      id: crypto.randomUUID(),
      targetKind: t.kind,
      targetId,
      title: memo.title,
      body: memo.body.join('\n\n'),
      createdAt: at,
      updatedAt: at,
      createdBy: study.userId,
    };
    study.repos.memos.insert(row);
  }
}
