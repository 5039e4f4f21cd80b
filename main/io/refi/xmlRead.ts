import type { XmlElement } from '../../formats/xml';
import { guidKey } from './guid';
import type { Stamp } from './model';

/**
 * Small readers over the parsed tree. Elements are matched by local name only: vendors write the
 * REFI-QDA namespace in several versions (`project:1.0`, `project:0:10`, `codebook:0:4`…) and the root's
 * namespace is checked once, on its own.
 */

/** Child elements with this local name, in document order. */
export function kids(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && c.local === local) out.push(c);
  return out;
}

/** The first child element with this local name. */
export function kid(el: XmlElement, local: string): XmlElement | undefined {
  for (const c of el.children) if (typeof c !== 'string' && c.local === local) return c;
  return undefined;
}

/** Children of a container element (`<Codes>` → its `<Code>`s); an absent or empty container gives none. */
export function items(el: XmlElement, container: string, local: string): XmlElement[] {
  return kids(el, container).flatMap((c) => kids(c, local));
}

/** An attribute, or null when absent. Attribute names are unqualified in REFI-QDA. */
export function attr(el: XmlElement, name: string): string | null {
  return el.attrs.get(name) ?? null;
}

/** The text of an element (all text children joined), or null for an absent element. */
export function textOf(el: XmlElement | undefined): string | null {
  if (!el) return null;
  let s = '';
  for (const c of el.children) if (typeof c === 'string') s += c;
  return s;
}

/** The text of the first child element with this name, with null for absent or empty. */
export function childText(el: XmlElement, local: string): string | null {
  const t = textOf(kid(el, local));
  return t === null || t.trim() === '' ? null : t;
}

/** A GUID attribute as a comparable key (null when absent or blank). */
export function guidAttr(el: XmlElement, name: string): string | null {
  const v = attr(el, name);
  return v === null || v.trim() === '' ? null : guidKey(v);
}

/** `targetGUID`s of child references such as `<NoteRef>` or `<SourceRef>`. */
export function refs(el: XmlElement, local: string, name = 'targetGUID'): string[] {
  const out: string[] = [];
  for (const r of kids(el, local)) {
    const g = guidAttr(r, name);
    if (g !== null) out.push(g);
  }
  return out;
}

/** Who created something and when (Coding writes `creatingUser`, Project `creatingUserGUID`). */
export function stamp(el: XmlElement, userAttr = 'creatingUser', atAttr = 'creationDateTime'): Stamp {
  return { user: guidAttr(el, userAttr), at: isoDate(attr(el, atAttr)) };
}

/** An xsd:dateTime as ISO-8601 UTC, or null when missing or unreadable (QualCoder writes local time with Z). */
export function isoDate(raw: string | null): string | null {
  // The common case (vendors write whole UTC seconds) without a Date round trip: 400,000 of them in a large project.
  if (raw !== null && raw.length === 20 && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(raw)) return `${raw.slice(0, 19)}.000Z`;
  // Already in the stored form (the import writes each coding's date after reading it this way): Date would give it back as it is.
  if (raw !== null && isStoredForm(raw)) return raw;
  if (!raw || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(raw.trim())) return null;
  const d = new Date(raw.trim());
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

const STORED_FORM = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const digits = (s: string, at: number, n: number) => {
  let v = 0;
  for (let i = at; i < at + n; i++) v = v * 10 + s.charCodeAt(i) - 48;
  return v;
};

/**
 * True for "yyyy-mm-ddThh:mm:ss.sssZ" naming a real moment, which `new Date(raw).toISOString()` returns
 * unchanged. Out-of-range fields (Date rolls "02-31" over into March, refuses second 60) are left to Date.
 */
function isStoredForm(raw: string): boolean {
  if (raw.length !== 24 || !STORED_FORM.test(raw)) return false;
  const year = digits(raw, 0, 4);
  const month = digits(raw, 5, 2);
  const day = digits(raw, 8, 2);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= days && digits(raw, 11, 2) <= 23 && digits(raw, 14, 2) <= 59 && digits(raw, 17, 2) <= 59
  );
}

/** A non-negative integer attribute; `bad` holds what was there when it is not one. */
export function position(el: XmlElement, name: string): { value: number | null; bad: string | null } {
  const raw = attr(el, name);
  if (raw === null) return { value: null, bad: `no ${name}` };
  const t = raw.trim();
  if (!/^\+?\d{1,15}$/.test(t)) return { value: null, bad: `${name}="${t.slice(0, 20)}"` };
  return { value: Number(t), bad: null };
}
