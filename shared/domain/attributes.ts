import { z } from 'zod';
import type { MessageId } from '../i18n/catalogue';
import { say, type Sentence, type SentenceValues } from '../i18n/sentence';
import { translatorFor } from '../i18n/translator';

/** The kinds of participant attribute a researcher can define. */
export const ATTRIBUTE_TYPES = ['text', 'number', 'category', 'date', 'score'] as const;
export const AttributeType = z.enum(ATTRIBUTE_TYPES);
export type AttributeType = z.infer<typeof AttributeType>;

/** Satisfaction scales that reports know how to summarise. `custom` is any other integer range. */
export const SCALE_KINDS = ['nps', 'csat', 'ces', 'custom'] as const;
export const ScaleKind = z.enum(SCALE_KINDS);
export type ScaleKind = z.infer<typeof ScaleKind>;

/** The fixed ranges of the well-known satisfaction scales. */
export const SCALE_RANGES: Record<Exclude<ScaleKind, 'custom'>, { min: number; max: number; label: string }> = {
  nps: { min: 0, max: 10, label: 'NPS (0–10)' },
  csat: { min: 1, max: 5, label: 'CSAT (1–5)' },
  ces: { min: 1, max: 7, label: 'CES (1–7)' },
};

/** A stored attribute value: text for text/category/date, a number for number/score. */
export const AttributeValue = z.union([z.string(), z.number()]).nullable();
export type AttributeValue = z.infer<typeof AttributeValue>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** What an attribute accepts; the subset of an attribute that validation needs. */
export interface AttributeRule {
  name: string;
  type: AttributeType;
  options: string[];
  scaleMin: number | null;
  scaleMax: number | null;
}

/**
 * Turns raw user input (a typed cell, a CSV field) into the value stored for an attribute.
 * Empty input clears the value. Returns an error sentence instead of throwing so importers
 * can list every bad cell with its line.
 */
export function coerceAttributeValue(rule: AttributeRule, raw: string | number | null): { ok: true; value: AttributeValue } | Refused {
  if (raw === null) return { ok: true, value: null };
  const text = typeof raw === 'number' ? String(raw) : raw.trim();
  if (text === '') return { ok: true, value: null };
  switch (rule.type) {
    case 'text':
      return text.length > 2000 ? refused('imports.valueTooLong', { attribute: rule.name }) : { ok: true, value: text };
    case 'category': {
      const match = rule.options.find((o) => o.toLocaleLowerCase() === text.toLocaleLowerCase());
      return match !== undefined
        ? { ok: true, value: match }
        : refused('imports.valueNotAnOption', {
            attribute: rule.name,
            value: clip(text),
            options: rule.options.map((o) => `"${o}"`).join(', '),
          });
    }
    case 'date':
      return isIsoDate(text) ? { ok: true, value: text } : refused('imports.valueNotADate', { attribute: rule.name, value: clip(text) });
    case 'number': {
      const n = parseNumber(text);
      return n === null ? refused('imports.valueNotANumber', { attribute: rule.name, value: clip(text) }) : { ok: true, value: n };
    }
    case 'score': {
      const n = parseNumber(text);
      if (n === null || !Number.isInteger(n)) return refused('imports.valueNotWhole', { attribute: rule.name, value: clip(text) });
      const min = rule.scaleMin ?? 0;
      const max = rule.scaleMax ?? 10;
      return n < min || n > max
        ? refused('imports.valueOutsideScale', { attribute: rule.name, value: n, min, max })
        : { ok: true, value: n };
    }
  }
}

/** A value refused: the sentence in English (`error`, for logs and existing callers) and as a catalogue sentence. */
type Refused = { ok: false; error: string; sentence: Sentence };

function refused(id: MessageId, values: SentenceValues): Refused {
  return { ok: false, error: say(translatorFor('en'), id, values), sentence: { id, values } };
}

/** Shortens a rejected value for an error message (a pasted essay should not come back whole). */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Parses a plain decimal number; refuses hex, exponents, thousands separators and NaN. */
function parseNumber(text: string): number | null {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
