import { readIssue, readNote, RepeatedIssues } from './report';
import { sentence, SentenceError } from '../../../shared/i18n/sentence';
import type { XmlElement } from '../../formats/xml';
import { guidKey } from './guid';
import type {
  ReadIssue,
  ReadIssues,
  ReadNote,
  RefiCase,
  RefiLink,
  RefiNote,
  RefiOtherSource,
  RefiProject,
  RefiSet,
  RefiText,
  RefiUser,
  RefiVariable,
  VariableType,
} from './model';
import { parseCodes } from './parseCodes';
import { parseNote, parseSource, parseValues } from './parseSources';
import { attr, childText, guidAttr, items, kid, kids, refs, stamp } from './xmlRead';

const VARIABLE_TYPES: readonly VariableType[] = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'];

/** The project's namespace: any `urn:QDA-XML:project:*` (1.0, 0:10…); a missing one is tolerated and reported. */
export function checkProjectRoot(root: XmlElement, issues: { mapped: ReadNote[] }): void {
  if (root.local !== 'Project') throw new SentenceError('imports.qdeWrongRoot', { root: root.local.slice(0, 40) });
  if (root.ns === null) issues.mapped.push(readNote(sentence('imports.whatProjectFile'), sentence('imports.howNoProjectNamespace')));
  else if (!/^urn:QDA-XML:project:/i.test(root.ns))
    throw new SentenceError('imports.qdeWrongNamespace', { namespace: root.ns.slice(0, 80) });
  else if (root.ns !== 'urn:QDA-XML:project:1.0')
    issues.mapped.push(
      readNote(sentence('imports.whatNamespace', { named: 'yes', namespace: root.ns }), sentence('imports.howReadAsProjectNamespace')),
    );
}

function parseCase(c: XmlElement): RefiCase {
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
}

/**
 * The large, repetitive parts of a project (`<Sources>`, `<Cases>`, `<Notes>`), read one child at a time,
 * so a reader can turn each into the model as soon as it is closed and never hold the whole tree.
 */
export class ProjectItems {
  /** The root's children whose own children {@link take} reads. */
  static readonly containers: ReadonlySet<string> = new Set(['Sources', 'Cases', 'Notes']);
  readonly issues: ReadIssues = { dropped: [], mapped: [] };
  /** Children of `<Sources>` of no REFI-QDA kind, counted by element (a bomb has millions). */
  readonly unknownSources = new RepeatedIssues();
  readonly cases: RefiCase[] = [];
  readonly texts: RefiText[] = [];
  readonly others: RefiOtherSource[] = [];
  readonly notes: RefiNote[] = [];

  /** Reads `el`, a child element of the root's `<container>` (one of {@link containers}). */
  take(container: string, el: XmlElement): void {
    if (container === 'Sources') parseSource(el, this.issues, this.unknownSources, this.texts, this.others);
    else if (container === 'Cases') {
      if (el.local === 'Case') this.cases.push(parseCase(el));
    } else if (container === 'Notes') {
      if (el.local === 'Note') this.notes.push(parseNote(el));
    }
  }

  /** Reads every item of a whole tree's containers (when nothing was read while scanning). */
  static fromTree(root: XmlElement): ProjectItems {
    const out = new ProjectItems();
    for (const container of root.children) {
      if (typeof container === 'string' || !ProjectItems.containers.has(container.local)) continue;
      for (const el of container.children) if (typeof el !== 'string') out.take(container.local, el);
    }
    return out;
  }
}

/**
 * Reads a `<Project>` into the neutral model (sources' text files are read later). `parts` holds its
 * sources, cases and notes when they were read while scanning (then the tree has them no more).
 */
export function parseProject(root: XmlElement, parts: ProjectItems = ProjectItems.fromTree(root)): RefiProject {
  const dropped: ReadIssue[] = [];
  const mapped: ReadNote[] = [];
  checkProjectRoot(root, { mapped });
  const users: RefiUser[] = items(root, 'Users', 'User').flatMap((u) => {
    const guid = attr(u, 'guid')?.trim();
    if (!guid) {
      dropped.push(readIssue(sentence('imports.whatUser', { user: attr(u, 'name') ?? '?' }), sentence('imports.whyUserNoGuid')));
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
      dropped.push(readIssue(sentence('imports.whatVariable', { variable: name ?? '?' }), sentence('imports.whyVariableNoGuidOrName')));
      return [];
    }
    const declared = attr(v, 'typeOfVariable')?.trim() ?? '';
    const type = VARIABLE_TYPES.find((t) => t.toLowerCase() === declared.toLowerCase());
    if (!type)
      mapped.push(
        readNote(sentence('imports.whatVariable', { variable: name }), sentence('imports.howUnknownType', { type: declared.slice(0, 30) })),
      );
    return [{ key: guidKey(guid), guid, name, type: type ?? 'Text', description: childText(v, 'Description') }];
  });
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
    cases: parts.cases,
    texts: parts.texts,
    others: parts.others,
    notes: parts.notes,
    links,
    sets,
    graphs: items(root, 'Graphs', 'Graph').length,
    // In the order they were before: sources' issues after the codebook's and the variables'.
    dropped: [...dropped, ...parts.issues.dropped, ...parts.unknownSources.issues()],
    mapped: [...mapped, ...parts.issues.mapped],
  };
}
