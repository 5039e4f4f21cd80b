import { noteRuns, noteTime, type NotesExport } from './groups';

/**
 * Study text in Markdown: HTML-significant characters become entities (a note saying "<script>"
 * stays text in every renderer) and Markdown punctuation is backslash-escaped (list and heading
 * markers only at the start of a line), so a note cannot start a list, a heading, emphasis or a link.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_{}[\]()|~]/g, '\\$&')
      // Only at the start of a line do these start a heading, a list or a numbered list.
      .replace(/^(\s*)([#+-])/gm, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
  );
}

/**
 * The notes as Markdown: a heading per session, a heading per guide section and question, one
 * list item per note: `- **12:34 Speaker** text _(Code A; Code B)_ ★`.
 */
export function notesToMarkdown(data: NotesExport): string {
  const out: string[] = [`# ${escapeMarkdown(data.title)}`, ''];
  for (const s of data.sessions) {
    if (data.sessions.length > 1) out.push(`## ${escapeMarkdown(s.title)}`, '');
    const meta = [s.date, s.place]
      .filter((v): v is string => !!v)
      .map(escapeMarkdown)
      .join(' · ');
    if (meta) out.push(`_${meta}_`, '');
    if (s.rows.length === 0) out.push('No notes.', '');
    const level = data.sessions.length > 1 ? '###' : '##';
    for (const run of noteRuns(s.rows)) {
      if (run.section) out.push(`${level} ${escapeMarkdown(run.section)}`, '');
      if (run.question) out.push(`${level}# ${escapeMarkdown(run.question)}`, '');
      for (const r of run.rows) {
        const head = [noteTime(r.time), r.speaker ? escapeMarkdown(r.speaker) : ''].filter(Boolean).join(' ');
        const codes = r.codes.length ? ` _(${r.codes.map(escapeMarkdown).join('; ')})_` : '';
        // A note's own line breaks stay inside the list item (hard break + indentation).
        const text = escapeMarkdown(r.text).split('\n').join('  \n  ');
        out.push(`- ${head ? `**${head}** ` : ''}${text}${codes}${r.starred ? ' ★' : ''}`.trimEnd());
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
