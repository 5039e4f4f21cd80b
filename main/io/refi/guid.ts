import { createHash } from 'node:crypto';

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;
/** What the contract's `Id` (zod `uuid()`) accepts: RFC 9562 version 1–8 with the RFC variant. */
const RFC_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Namespace for ids derived from identifiers that are not RFC UUIDs (so the same input always maps to the same id). */
const NAMESPACE = Buffer.from('5d0a3c1e7b9f4e2a8c6d1f0b3a5e7c92', 'hex');

/**
 * The comparable form of a REFI-QDA GUID: braces and surrounding white space dropped, lower case.
 * Vendors differ (NVivo lower case, ATLAS.ti upper case, the spec's examples `{braced}`), and the
 * schema types GUIDs as tokens of hex digits, so all these spellings name the same thing.
 * Identifiers that are not GUIDs at all (`code-001`) keep their trimmed text as the key.
 */
export function guidKey(raw: string): string {
  // Already in the comparable form (NVivo and Verbatim write it so): the regex below would return it unchanged.
  if (raw.length === 36 && !/[A-Z\s{}]/.test(raw)) return raw;
  const trimmed = raw.trim();
  const m = GUID.exec(trimmed);
  return m ? m[1]!.toLowerCase() : trimmed;
}

/** True when `raw` is a GUID in a form the schema allows (bare or braced). */
export function isGuid(raw: string): boolean {
  return GUID.test(raw.trim());
}

/**
 * The Verbatim id for a REFI-QDA identifier. A GUID that is a proper RFC UUID is kept (lower case),
 * so a project that comes back from another tool matches by GUID; anything else (QualCoder-style
 * hex strings with a non-RFC variant, `code-001`) gets a name-based UUID derived from it, the same
 * every time, so matching by GUID still works on a second import.
 */
export function idForGuid(raw: string): string {
  const key = guidKey(raw);
  if (RFC_UUID.test(key)) return key;
  const hash = createHash('sha1').update(NAMESPACE).update(key, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50; // version 5 (name-based, SHA-1)
  hash[8] = (hash[8]! & 0x3f) | 0x80; // RFC variant
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
