import { frequencyChart } from '../../shared/reports/charts';
import { chartMeasure } from './chartMeasure';
import { quoted, themeMeta } from '../../shared/reports/format';
import { quoteDisplay } from '../../shared/reports/quoteDisplay';
import type { ReportQuote } from '../../shared/reports/result';
import { quoteThemes, sectionNotes, themeSummaryTable } from '../../shared/reports/sections';
import { reportTranslator } from '../../shared/reports/words';
import type { Translator } from '../../shared/i18n/translator';
import { flattenThemes } from '../../shared/reports/themes';
import type { SectionProps } from './AnalysisSections';
import { useT } from '../i18n/useT';
import { svgSource } from './download';
import { TextTableView } from './TextTableView';

/** The theme summary table (hierarchy indented, parents rolling up their children) and the frequency chart. */
export function ThemeSummaryTable({ result, heading }: SectionProps) {
  const { t } = useT();
  const rows = flattenThemes(result.themes);
  const chart = rows.length > 0 ? frequencyChart(rows, reportTranslator(result), 25, chartMeasure) : '';
  return (
    <section className="report-section" aria-labelledby="rs-themes">
      <h3 id="rs-themes">{heading}</h3>
      <TextTableView table={themeSummaryTable(result)} label={t('report.sectionThemes')} strong={(i) => rows[i]!.depth === 0} />
      {chart && <img className="report-chart" src={svgSource(chart)} alt={t('reports.frequencyChartAlt')} />}
    </section>
  );
}

interface ThemeQuotesProps extends SectionProps {
  /** Missing for read-only snapshots. */
  onStar?: (quote: ReportQuote) => void;
}

/** Each theme's description and its quotes, with speaker, attributes and a star toggle. */
export function ThemeQuotes({ result, heading, onStar }: ThemeQuotesProps) {
  const { t } = useT();
  const rows = quoteThemes(result);
  return (
    <section className="report-section" aria-labelledby="rs-quotes">
      <h3 id="rs-quotes">{heading}</h3>
      {rows.length === 0 && <p className="report-muted">{sectionNotes(result).noCodings}</p>}
      {rows.map((theme) => (
        <article key={theme.codeId} className="report-theme" aria-label={t('reports.themeLabel', { code: theme.code })}>
          <h4>{theme.code}</h4>
          <p className="report-muted report-theme-meta">
            {themeMeta(theme, reportTranslator(result))}
            {theme.quotes.some((q) => q.starred) && ` · ${t('reports.starredFirst')}`}
          </p>
          {theme.description && <p className="report-description">{theme.description}</p>}
          <ul className="report-quotes">
            {theme.quotes.map((q) => (
              <li key={q.codingId} className={q.starred ? 'report-quote is-starred' : 'report-quote'}>
                {onStar && (
                  <button
                    type="button"
                    className="report-star"
                    aria-pressed={q.starred}
                    aria-label={q.starred ? t('reports.unstarQuote') : t('reports.starQuote')}
                    title={q.starred ? t('reports.starredTitle') : t('reports.starTitle')}
                    onClick={() => onStar(q)}
                  >
                    {q.starred ? '★' : '☆'}
                  </button>
                )}
                {!onStar && (
                  <span className="report-star" aria-label={q.starred ? t('report.colStarred') : undefined}>
                    {q.starred ? '★' : ''}
                  </span>
                )}
                <QuoteBody quote={q} tr={reportTranslator(result)} />
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}

/** Words someone said as a quotation (with the question they answer); a note labelled as one, never in quotation marks. */
/** In the report's language (`tr`), as every export writes it, whatever language the app speaks. */
function QuoteBody({ quote: q, tr }: { quote: ReportQuote; tr: Translator }) {
  const d = quoteDisplay(q, tr);
  const where = d.where && (
    <span className="report-muted">
      {d.attribution ? ' · ' : ''}
      {d.where}
    </span>
  );
  if (!d.verbatim) {
    return (
      <div className="report-live-note">
        <p>
          <span className="report-note-label">{d.label}</span> <span className="report-quote-text">{d.text}</span>
        </p>
        <footer>
          {d.attribution}
          {where}
        </footer>
      </div>
    );
  }
  return (
    <blockquote>
      {d.question && <p className="report-question">{d.question}</p>}
      <p className="report-quote-text">{quoted(d.text, tr)}</p>
      <footer>
        {d.attribution}
        {where}
      </footer>
    </blockquote>
  );
}
