import { z } from 'zod';
import { AttributeType, ScaleKind } from '../../../shared/domain/attributes';
import { readMeta } from './descriptions';
import type { RefiVariable } from './model';
import { ImportRefused, type PlanAttribute } from './plan';
import { clip, type ReportBuilder } from './report';

/** What Verbatim writes in a variable's `[verbatim]` line (see exportProject.ts). */
const AttributeMeta = z.object({
  attribute: z.object({
    type: AttributeType,
    options: z.array(z.string().max(500)).max(200).default([]),
    scaleKind: ScaleKind.nullable().default(null),
    scaleMin: z.int().nullable().default(null),
    scaleMax: z.int().nullable().default(null),
  }),
});

/** A unique attribute name (they are unique regardless of case), at most 80 characters. */
export function uniqueName(raw: string, taken: Set<string>, max = 80): string {
  const cut = (s: string) => (s.length > max ? s.slice(0, max) : s);
  const base = cut(raw.replace(/\s+/g, ' ').trim() || 'Unnamed');
  let name = base;
  for (let n = 2; taken.has(name.toLocaleLowerCase()); n++) name = `${cut(base).slice(0, max - 5)} (${n})`;
  taken.add(name.toLocaleLowerCase());
  return name;
}

/**
 * Variables become participant attributes. A Verbatim export says exactly what the attribute was
 * (category values, score scale); from other tools the REFI-QDA type decides: Integer and Float
 * become numbers, Date a date, Boolean a category of true/false, Text and DateTime text.
 */
export function planAttributes(variables: readonly RefiVariable[], report: ReportBuilder): PlanAttribute[] {
  const keys = new Map<string, string>();
  const taken = new Set<string>();
  return variables.map((v) => {
    const other = keys.get(v.key);
    if (other !== undefined)
      throw new ImportRefused('imports.guidTwoVariables', { guid: v.guid, first: clip(other, 40), second: clip(v.name, 40) });
    keys.set(v.key, v.name);
    const name = uniqueName(v.name, taken);
    if (name !== v.name.trim())
      report.map(
        { id: 'imports.whatVariable', values: { variable: clip(v.name) } },
        { id: 'imports.howVariableRenamed', values: { name } },
      );
    const described = readMeta(v.description);
    const meta = AttributeMeta.safeParse(described.meta);
    if (meta.success) return { key: v.key, guid: v.guid, name, ...meta.data.attribute };
    if (described.text !== null)
      report.drop(
        { id: 'imports.whatVariableDescription', values: { variable: clip(v.name), description: clip(described.text, 40) } },
        { id: 'imports.whyNoAttributeDescription' },
      );
    const base = { key: v.key, guid: v.guid, name, options: [] as string[], scaleKind: null, scaleMin: null, scaleMax: null };
    switch (v.type) {
      case 'Integer':
      case 'Float':
        return { ...base, type: 'number' as const };
      case 'Date':
        return { ...base, type: 'date' as const };
      case 'Boolean':
        report.map({ id: 'imports.whatVariableTyped', values: { variable: clip(v.name), type: 'Boolean' } }, { id: 'imports.howBoolean' });
        return { ...base, type: 'category' as const, options: ['true', 'false'] };
      case 'DateTime':
        report.map(
          { id: 'imports.whatVariableTyped', values: { variable: clip(v.name), type: 'DateTime' } },
          { id: 'imports.howDateTime' },
        );
        return { ...base, type: 'text' as const };
      default:
        return { ...base, type: 'text' as const };
    }
  });
}

/** A REFI-QDA value as Verbatim's raw input for its attribute (booleans as true/false, decimals as written). */
export function rawValue(type: string, value: string): string {
  const v = value.trim();
  if (type === 'Boolean') return v === '1' || v.toLowerCase() === 'true' ? 'true' : v === '0' || v.toLowerCase() === 'false' ? 'false' : v;
  return v;
}
