import { normalizeSpeaker } from './speakers';

// Caption markup, removed from cue text: WebVTT spans (`<c.colorE5E5E5>`, `<i>`, `<lang en>`,
// `<v Name>` and their end tags), SRT's `<font color=…>`, inline word timestamps
// (`<00:05:04.199>`) and ASS-style positioning like `{\an8}`. Unknown `<…>` stays as text (`<3`).
// `[^<>]*` cannot run past the next `<`, so each character is looked at a bounded number of times.
const TAG = /<\/?(?:v|c|i|b|u|ruby|rt|lang|font|span)(?:[.\s][^<>]*)?>|<\d{1,3}(?::\d{1,2}){1,2}[.,]\d{1,3}>|\{\\[^{}]{0,40}\}/gi;
const VOICE = /<v(?:\.[^\s>]{0,60})?[ \t]+([^>]{1,100})>/i;
const ENTITY = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});/g;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
};

/**
 * Decodes the HTML character references captions use (`&amp; &lt; &gt; &nbsp; &lrm; &rlm;
 * &quot; &apos;` and numeric ones). Unknown names are left as written, since the text is data,
 * not HTML.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

/** Removes caption markup, decodes entities and collapses whitespace (captions wrap lines for display only). */
export function cleanCueLine(line: string): string {
  const stripped = line.includes('<') || line.includes('{') ? line.replace(TAG, '') : line;
  return decodeEntities(stripped).replace(/\s+/g, ' ').trim();
}

/** A run of cue lines spoken by one voice. */
export interface CueSegment {
  /** Speaker from a `<v Name>` voice tag, or null (a `Name:` prefix is looked for later). */
  voice: string | null;
  /** Cleaned, non-empty lines. */
  lines: string[];
}

/**
 * Splits a cue's raw lines into segments by WebVTT voice tag. A line without a voice tag belongs
 * to the voice before it, as in `<v Anna>first line\nsecond line</v>`.
 */
export function cueSegments(rawLines: readonly string[]): CueSegment[] {
  const segments: CueSegment[] = [];
  for (const raw of rawLines) {
    const voiceMatch = raw.includes('<') ? VOICE.exec(raw) : null;
    let current = segments[segments.length - 1];
    if (current === undefined || (voiceMatch !== null && voiceMatch[1] !== current.voice)) {
      const voice = voiceMatch ? normalizeSpeaker(decodeEntities(voiceMatch[1]!)) || null : (current?.voice ?? null);
      if (current === undefined || voice !== current.voice) {
        current = { voice, lines: [] };
        segments.push(current);
      }
    }
    const line = cleanCueLine(raw);
    if (line !== '') current.lines.push(line);
  }
  return segments.filter((s) => s.lines.length > 0);
}
