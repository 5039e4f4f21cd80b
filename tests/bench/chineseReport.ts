// A Chinese report of the sample study's size as PDF (target < 2 s): the sample study's report
// with every piece of study text (theme names, quotes, speakers, groups...) rewritten in Chinese
// characters, so the PDF lays out, measures, line-breaks and embeds a CJK subset at that scale.
import { renderReport } from '../../main/io/report';
import type { Backend } from '../../main/api/backend';
import type { ReportResult } from '../../shared/reports/result';

const HANZI =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题';
/** Study text in a report result: what a Chinese study would have in Chinese. */
const STUDY_TEXT = new Set([
  'text',
  'question',
  'speaker',
  'attributes',
  'document',
  'session',
  'code',
  'name',
  'description',
  'attribute',
  'label',
  'title',
]);

/** Each Latin word as Chinese characters (about one for every two letters, as Chinese is denser), spaces dropped. */
export function inChinese(text: string): string {
  return text.replace(/[A-Za-z]+ ?/g, (word) => {
    let out = '';
    const w = word.trim();
    for (let i = 0; i < w.length; i += 2) out += HANZI[(w.charCodeAt(i) * 31 + (w.charCodeAt(i + 1) || 7) * 17 + i) % HANZI.length];
    return out;
  });
}

export function chineseResult(result: ReportResult): ReportResult {
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return STUDY_TEXT.has(key) ? inChinese(value) : value;
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(result, '') as ReportResult;
}

/** Median ms of the Chinese sample report as PDF, and its size in bytes. */
export async function benchChineseReport(newBackend: () => Backend, median: (runs: number, fn: () => unknown) => Promise<number>) {
  const b = newBackend();
  const opened = await b.dispatch('study:openSample', {});
  if (!opened.ok) throw new Error(opened.error.message);
  const snap = await b.dispatch('reports:generate', { definition: {} });
  if (!snap.ok) throw new Error(snap.error.message);
  const result = chineseResult((snap.value as { result: ReportResult }).result);
  b.close();
  const bytes = renderReport(result, 'pdf')[0]!.data.length;
  const ms = await median(5, () => renderReport(result, 'pdf'));
  return { ms, bytes };
}
