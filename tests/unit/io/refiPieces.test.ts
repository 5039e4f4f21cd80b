import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decodeCodeDescription, encodeCodeDescription, readMeta, withMeta } from '../../../main/io/refi/descriptions';
import { guidKey, idForGuid, isGuid } from '../../../main/io/refi/guid';
import { codeName, normalizeColor } from '../../../main/io/refi/planCodes';
import { xsdDateTime, xsdDecimal } from '../../../main/io/refi/snapshot';
import { assignSpeakers, splitTurns } from '../../../main/io/refi/turns';

describe('GUIDs', () => {
  it('compares vendor spellings as one: braces, case, white space', () => {
    const k = guidKey('7154a758-6873-4134-badd-ae1dc04d3086');
    expect(guidKey('{7154A758-6873-4134-BADD-AE1DC04D3086}')).toBe(k);
    expect(guidKey('  7154A758-6873-4134-badd-ae1dc04d3086 ')).toBe(k);
    expect(isGuid('{5215cc69-b628-4e02-afb9-9beeaee55808}')).toBe(true);
    expect(isGuid('code-001')).toBe(false);
  });

  it('keeps RFC UUIDs as ids and derives a stable RFC UUID from anything else', () => {
    expect(idForGuid('{088B08AC-D5CD-4ADB-8B71-B4F3459C177F}')).toBe('088b08ac-d5cd-4adb-8b71-b4f3459c177f');
    const qualcoderStyle = '39633935-3331-3962-6632-373436373264'; // variant nibble 6: not RFC 4122
    const derived = idForGuid(qualcoderStyle);
    expect(derived).not.toBe(qualcoderStyle);
    expect(derived).toBe(idForGuid(qualcoderStyle.toUpperCase()));
    for (const id of [derived, idForGuid('code-001'), idForGuid('x')]) expect(z.uuid().safeParse(id).success, id).toBe(true);
    expect(idForGuid('code-001')).not.toBe(idForGuid('code-002'));
  });
});

describe('code descriptions', () => {
  it('round-trips the four fields through one REFI-QDA Description', () => {
    const d = {
      definition: 'Customers who stop buying.\nTwo lines.',
      whenToUse: 'They say they left.',
      whenNotToUse: 'A pause, not an exit.',
      example: '“We switched.”',
    };
    const text = encodeCodeDescription(d)!;
    expect(text).toBe(
      'Customers who stop buying.\nTwo lines.\n\nWhen to use: They say they left.\n\nWhen not to use: A pause, not an exit.\n\nExample: “We switched.”',
    );
    expect(decodeCodeDescription(text)).toEqual(d);
    const partial = { definition: null, whenToUse: null, whenNotToUse: 'never', example: null };
    expect(decodeCodeDescription(encodeCodeDescription(partial))).toEqual(partial);
    expect(encodeCodeDescription({ definition: null, whenToUse: null, whenNotToUse: null, example: null })).toBeNull();
  });

  it("reads another tool's description as the definition", () => {
    expect(decodeCodeDescription('Anything about jobs or taxes or business')).toEqual({
      definition: 'Anything about jobs or taxes or business',
      whenToUse: null,
      whenNotToUse: null,
      example: null,
    });
    expect(decodeCodeDescription('Erősen szkeptikus (piros)\r\nElfogadó (zöld)').definition).toBe(
      'Erősen szkeptikus (piros)\nElfogadó (zöld)',
    );
  });

  it('carries Verbatim-only data in a last [verbatim] line and reads it back', () => {
    const text = withMeta('One of: A, B', { attribute: { type: 'category', options: ['A', 'B'] } });
    expect(text).toBe('One of: A, B\n[verbatim] {"attribute":{"type":"category","options":["A","B"]}}');
    expect(readMeta(text)).toEqual({ text: 'One of: A, B', meta: { attribute: { type: 'category', options: ['A', 'B'] } } });
    expect(readMeta('plain text')).toEqual({ text: 'plain text', meta: null });
    expect(readMeta('x\n[verbatim] {broken')).toEqual({ text: 'x\n[verbatim] {broken', meta: null });
  });
});

describe('values written for REFI-QDA', () => {
  it('colours: #RGB expanded, alpha and rgb() converted, anything else refused', () => {
    expect(normalizeColor('#ffff00')).toEqual({ color: '#ffff00', changed: false });
    expect(normalizeColor('#F0A')).toEqual({ color: '#ff00aa', changed: false });
    expect(normalizeColor('#FF0000FF')).toEqual({ color: '#ff0000', changed: true });
    expect(normalizeColor('rgb(255, 0, 16)')).toEqual({ color: '#ff0010', changed: true });
    expect(normalizeColor('red')).toEqual({ color: null, changed: true });
    expect(normalizeColor(null)).toEqual({ color: null, changed: false });
  });

  it('code names lose "/" and length beyond 120', () => {
    expect(codeName(' A/B  testing ')).toBe('A∕B testing');
    expect(codeName('x'.repeat(200))).toHaveLength(120);
    expect(codeName('   ')).toBe('Unnamed code');
  });

  it('decimals never use exponents; dates are whole UTC seconds', () => {
    expect(xsdDecimal(1e21)).toBe('1000000000000000000000');
    expect(xsdDecimal(1e-7)).toBe('0.0000001');
    expect(xsdDecimal(-2.5e-8)).toBe('-0.000000025');
    expect(xsdDecimal(3.25)).toBe('3.25');
    expect(xsdDecimal(Number.NaN)).toBeUndefined();
    expect(xsdDateTime('2026-03-01T10:20:30.456Z')).toBe('2026-03-01T10:20:30Z');
    expect(xsdDateTime('garbage')).toBeUndefined();
  });
});

describe('turns for imported text', () => {
  it('splits a Verbatim text at blank lines into exactly its turns', () => {
    const text = 'First turn\nsame turn\n\nSecond turn\n\nThird';
    expect(splitTurns(text, 'blank-lines').map((t) => text.slice(t.start, t.end))).toEqual([
      'First turn\nsame turn',
      'Second turn',
      'Third',
    ]);
  });

  it('splits at every line, or groups long runs of short lines into paragraphs of about 1,500 characters', () => {
    const text = 'a\nb\n\nc';
    expect(splitTurns(text, 'lines').map((t) => text.slice(t.start, t.end))).toEqual(['a', 'b', 'c']);
    const table = Array.from({ length: 2000 }, (_, i) => `cell ${i}`).join('\n');
    const turns = splitTurns(table, 'paragraphs');
    expect(turns.length).toBeGreaterThan(5);
    expect(turns.length).toBeLessThan(20);
    expect(turns.map((t) => table.slice(t.start, t.end)).join('\n')).toBe(table);
  });

  it('gives turns the speaker whose range covers them; the first claim wins', () => {
    const turns = [
      { start: 0, end: 5 },
      { start: 7, end: 12 },
      { start: 14, end: 20 },
    ];
    const { turns: out, contested } = assignSpeakers(turns, [
      { start: 0, end: 12, participantKey: 'ann' },
      { start: 15, end: 18, participantKey: 'bob' },
      { start: 7, end: 12, participantKey: 'cy' },
    ]);
    expect(out.map((t) => t.participantKey)).toEqual(['ann', 'ann', 'bob']);
    expect(contested).toBe(1);
  });
});
