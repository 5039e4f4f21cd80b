import type { XmlElement } from '../xml';
import { guidKey } from './guid';
import type { ReadIssue, ReadNote, RefiCase, RefiLink, RefiProject, RefiSet, RefiUser, RefiVariable, VariableType } from './model';
import { parseCodes } from './parseCodes';
import { parseNotes, parseSources, parseValues } from './parseSources';
import { attr, childText, guidAttr, items, kid, kids, refs, stamp } from './xmlRead';

const VARIABLE_TYPES: readonly VariableType[] = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'];

/** The project's namespace: any `urn:QDA-XML:project:*` (1.0, 0:10…); a missing one is tolerated and reported. */
export function checkProjectRoot(root: XmlElement, issues: { mapped: ReadNote[] }): void {
  if (root.local !== 'Project') throw new Error(`the .qde file's root element is <${root.local.slice(0, 40)}>, not <Project>`);
  if (root.ns === null) issues.mapped.push({ what: 'the project file', how: 'has no REFI-QDA namespace; read as urn:QDA-XML:project:1.0' });
  else if (!/^urn:QDA-XML:project:/i.test(root.ns)) throw new Error(`the project file uses the namespace "${root.ns.slice(0, 80)}", not REFI-QDA's urn:QDA-XML:project`);
  else if (root.ns !== 'urn:QDA-XML:project:1.0') issues.mapped.push({ what: `namespace ${root.ns}`, how: 'read as urn:QDA-XML:project:1.0 (the elements are the same)' });
}

/** Reads a whole `<Project>` into the neutral model (sources' text files are read later). */
export function parseProject(root: XmlElement): RefiProject {
  const dropped: ReadIssue[] = [];
  const mapped: ReadNote[] = [];
  checkProjectRoot(root, { mapped });
  const users: RefiUser[] = items(root, 'Users', 'User').flatMap((u) => {
    const guid = attr(u, 'guid')?.trim();
    if (!guid) {
      dropped.push({ what: `user "${attr(u, 'name') ?? '?'}"`, why: 'it has no GUID, so nothing can refer to it' });
      return [];
    }
    return [{ key: guidKey(guid), guid, name: attr(u, 'name')?.trim() || null, initials: attr(u, 'id')?.trim() || null }];
  });
  const codebook = kid(root, 'CodeBook');
  const codes = codebook ? parseCodes(kids(codebook, 'Codes'), { dropped, mapped }) : [];
  const variables: RefiVariable[] = items(root, 'Variables', 'Variable').flatMap((v) => {
    const guid = attr(v, 'guid')?.trim();
    const name = attr(v, 'name')?.trim();
    if (!guid || !name) {
      dropped.push({ what: `variable "${name ?? '?'}"`, why: 'it has no GUID or no name' });
      return [];
    }
    const declared = attr(v, 'typeOfVariable')?.trim() ?? '';
    const type = VARIABLE_TYPES.find((t) => t.toLowerCase() === declared.toLowerCase());
    if (!type) mapped.push({ what: `variable "${name}"`, how: `has the unknown type "${declared.slice(0, 30)}"; read as Text` });
    return [{ key: guidKey(guid), guid, name, type: type ?? 'Text', description: childText(v, 'Description') }];
  });
  const cases: RefiCase[] = items(root, 'Cases', 'Case').map((c) => {
    const guid = attr(c, 'guid')?.trim() || crypto.randomUUID();
    return {
      key: guidKey(guid),
      guid,
      name: attr(c, 'name')?.trim() || null,
      description: childText(c, 'Description'),
      codeRefs: refs(c, 'CodeRef'),
      values: parseValues(c),
      sourceRefs: refs(c, 'SourceRef'),
      selectionRefs: refs(c, 'SelectionRef'),
    };
  });
  const { texts, others } = parseSources(kids(root, 'Sources'), { dropped, mapped });
  const links: RefiLink[] = items(root, 'Links', 'Link').map((l) => ({
    key: guidKey(attr(l, 'guid') ?? ''),
    name: attr(l, 'name'),
    origin: guidAttr(l, 'originGUID'),
    target: guidAttr(l, 'targetGUID'),
  }));
  const sets: RefiSet[] = items(root, 'Sets', 'Set').map((s) => ({
    key: guidKey(attr(s, 'guid') ?? crypto.randomUUID()),
    guid: attr(s, 'guid') ?? '',
    name: attr(s, 'name')?.trim() || 'Unnamed set',
    description: childText(s, 'Description'),
    codes: [...refs(s, 'MemberCode'), ...refs(s, 'MemberCode', 'guid')],
    sources: refs(s, 'MemberSource'),
    notes: refs(s, 'MemberNote'),
  }));
  return {
    name: attr(root, 'name')?.trim() || 'Imported project',
    origin: attr(root, 'origin')?.trim() || null,
    description: childText(root, 'Description'),
    created: stamp(root, 'creatingUserGUID', 'creationDateTime'),
    noteRefs: refs(root, 'NoteRef'),
    users,
    codes,
    variables,
    cases,
    texts,
    others,
    notes: parseNotes(kids(root, 'Notes')),
    links,
    sets,
    graphs: items(root, 'Graphs', 'Graph').length,
    dropped,
    mapped,
  };
}
