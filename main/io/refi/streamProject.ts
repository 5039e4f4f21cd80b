import { appendChild, dropIndentation, scanXml, type XmlElement, type XmlLimits } from '../../formats/xml';
import type { RefiProject } from './model';
import { parseProject, ProjectItems } from './parseProject';

/**
 * Reads project.qde in one pass, turning each source, case and note into the model as soon as its end
 * tag is read; only the small rest (users, codebook, variables, sets, links) is kept as a tree. A
 * 100,000-coding project is then never a whole tree of two million nodes at once: each item's small
 * tree dies young, which saves most of the garbage collection and the memory peak of reading it whole.
 * The XML caps and refusals are {@link scanXml}'s, counted over the whole document as before.
 */
export function readProjectXml(text: string, limits: XmlLimits): RefiProject {
  const parts = new ProjectItems();
  let root: XmlElement | undefined;
  /** The root's child being read when it is one of the item containers, else null. */
  let container: XmlElement | null = null;
  scanXml(text, limits, {
    open: (el, parent, depth) => {
      if (!parent) root = el;
      else if (depth === 1) {
        container = ProjectItems.containers.has(el.local) ? el : null;
        appendChild(parent, el);
      } else if (depth !== 2 || container === null) appendChild(parent, el);
    },
    // Text between a container's items is indentation (the schema allows none there).
    text: (node, parent, depth) => {
      if (depth !== 2 || container === null) appendChild(parent, node);
    },
    close: (el, depth) => {
      if (depth === 2 && container !== null) parts.take(container.local, el);
      else dropIndentation(el);
    },
  });
  return parseProject(root!, parts);
}
