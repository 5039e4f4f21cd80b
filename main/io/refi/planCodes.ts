import { decodeCodeDescription, readMeta } from './descriptions';
import { CodeMeta } from './verbatimMeta';
import type { RefiCode } from './model';
import { flattenCodes } from './parseCodes';
import { ImportRefused, type PlanCode } from './plan';
import { clip, type ReportBuilder } from './report';

/** A REFI-QDA colour as `#rrggbb`: `#RGB` expanded; alpha and `rgb()` forms seen in the wild converted; anything else null. */
export function normalizeColor(raw: string | null): { color: string | null; changed: boolean } {
  if (raw === null || raw.trim() === '') return { color: null, changed: false };
  const t = raw.trim();
  let m = /^#([0-9a-f]{6})$/i.exec(t);
  if (m) return { color: `#${m[1]!.toLowerCase()}`, changed: false };
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(t);
  if (m) return { color: `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`.toLowerCase(), changed: false };
  m = /^#([0-9a-f]{6})[0-9a-f]{2}$/i.exec(t);
  if (m) return { color: `#${m[1]!.toLowerCase()}`, changed: true };
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/i.exec(t);
  if (rgb && [rgb[1], rgb[2], rgb[3]].every((v) => Number(v) <= 255))
    return { color: `#${[rgb[1], rgb[2], rgb[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`, changed: true };
  return { color: null, changed: true };
}

/** A name Verbatim accepts for a code: no "/" (it separates levels in paths), at most 120 characters. */
export function codeName(raw: string): string {
  const name = raw.replace(/\//g, '∕').replace(/\s+/g, ' ').trim() || 'Unnamed code';
  return name.length > 120 ? `${name.slice(0, 119)}…` : name;
}

/**
 * Turns the file's code tree into plan codes, parents first. A GUID used by two codes makes every
 * reference to it ambiguous, so the file is refused rather than guessed at. `skip` holds keys of codes
 * that are not codes in Verbatim's sense (NVivo's case nodes).
 */
export function planCodes(tree: readonly RefiCode[], report: ReportBuilder, skip: ReadonlySet<string> = new Set()): PlanCode[] {
  const all = flattenCodes(tree);
  const seen = new Map<string, RefiCode>();
  for (const c of all) {
    const other = seen.get(c.key);
    if (other) throw new ImportRefused('imports.guidTwoCodes', { guid: c.guid, first: clip(other.name, 40), second: clip(c.name, 40) });
    seen.set(c.key, c);
  }
  const out: PlanCode[] = [];
  let notCodable = 0;
  const visit = (c: RefiCode, parentKey: string | null, siblings: Set<string>) => {
    if (skip.has(c.key)) return;
    let name = codeName(c.name);
    if (name !== c.name.trim())
      report.map(
        { id: 'imports.whatCode', values: { code: clip(c.name) } },
        { id: 'imports.howCodeRenamed', values: { name: clip(name) } },
      );
    const base = name;
    for (let n = 2; siblings.has(name.toLocaleLowerCase()); n++) name = `${base} (${n})`;
    if (name !== base)
      report.map(
        { id: 'imports.whatCode', values: { code: clip(base) } },
        { id: 'imports.howCodeSecondOfName', values: { name: clip(name) } },
      );
    siblings.add(name.toLocaleLowerCase());
    const { color, changed } = normalizeColor(c.color);
    if (changed)
      report.map(
        { id: 'imports.whatColour', values: { colour: clip(c.color ?? '', 30), code: clip(name) } },
        color ? { id: 'imports.howColourReadAs', values: { colour: color } } : { id: 'imports.howNotAColour' },
      );
    if (!c.codable) notCodable++;
    const { text, meta } = readMeta(c.description);
    const pinned = CodeMeta.safeParse(meta);
    out.push({
      key: c.key,
      guid: c.guid,
      name,
      color,
      description: decodeCodeDescription(text),
      parentKey,
      pinned: pinned.success ? pinned.data.code.pinned : null,
    });
    const childNames = new Set<string>();
    for (const child of c.children) visit(child, c.key, childNames);
  };
  const roots = new Set<string>();
  for (const c of tree) visit(c, null, roots);
  if (notCodable > 0) report.map({ id: 'imports.whatNotCodable', values: { count: notCodable } }, { id: 'imports.howNotCodable' });
  return out;
}
