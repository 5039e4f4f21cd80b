import { sentence } from '../../../shared/i18n/sentence';
import { readNote } from './report';
import type { XmlElement } from '../../formats/xml';
import { guidKey } from './guid';
import type { ReadIssues, RefiCode } from './model';
import { attr, childText, kids, refs } from './xmlRead';

/** Reads nested `<Code>` elements (the hierarchy) from a `<Codes>` element of a project or a codebook. */
export function parseCodes(codes: XmlElement[], issues: ReadIssues): RefiCode[] {
  let unnamed = 0;
  let missingGuid = 0;
  const read = (el: XmlElement, path: string): RefiCode => {
    const rawGuid = attr(el, 'guid');
    let guid = rawGuid?.trim() ?? '';
    if (guid === '') {
      // Without a GUID nothing can point at the code, but it still belongs in the codebook.
      missingGuid++;
      guid = crypto.randomUUID();
    }
    let name = attr(el, 'name')?.trim() ?? '';
    if (name === '') {
      unnamed++;
      name = `Unnamed code ${unnamed}`;
    }
    const here = path === '' ? name : `${path}/${name}`;
    const codable = (attr(el, 'isCodable') ?? 'true').trim().toLowerCase();
    return {
      key: guidKey(guid),
      guid,
      name,
      color: attr(el, 'color'),
      codable: codable !== 'false' && codable !== '0',
      description: childText(el, 'Description'),
      noteRefs: refs(el, 'NoteRef'),
      children: kids(el, 'Code').map((c) => read(c, here)),
    };
  };
  const out = codes.flatMap((c) => kids(c, 'Code').map((el) => read(el, '')));
  if (missingGuid > 0)
    issues.mapped.push(readNote(sentence('imports.whatCodesWithoutGuid', { count: missingGuid }), sentence('imports.howNewGuids')));
  if (unnamed > 0)
    issues.mapped.push(readNote(sentence('imports.whatCodesWithoutName', { count: unnamed }), sentence('imports.howNamedUnnamed')));
  return out;
}

/** Every code of a tree, parents before children. */
export function flattenCodes(codes: readonly RefiCode[]): RefiCode[] {
  const out: RefiCode[] = [];
  const walk = (c: RefiCode) => {
    out.push(c);
    c.children.forEach(walk);
  };
  codes.forEach(walk);
  return out;
}
