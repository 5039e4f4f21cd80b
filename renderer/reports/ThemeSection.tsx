import { frequencyChart } from '../../shared/reports/charts';
import { quoteDisplay } from '../../shared/reports/quoteDisplay';
import type { ReportQuote, ReportResult, ThemeSummary } from '../../shared/reports/result';
import { shareText, svgSource } from './download';

/** Themes depth-first, as the table and the quotes list show them. */
export function flatThemes(themes: readonly ThemeSummary[]): ThemeSummary[] {
  return themes.flatMap((t) => [t, ...flatThemes(t.children)]);
}

/** The theme summary table (hierarchy indented, parents rolling up their children) and the frequency chart. */
export function ThemeSummaryTable({ result }: { result: ReportResult }) {
  const rows = flatThemes(result.themes);
  const chart = rows.length > 0 ? frequencyChart(rows, rows.length) : '';
  return (
    <section className="report-section" aria-labelledby="rs-themes">
      <h3 id="rs-themes">Theme summary</h3>
      <p className="report-note">
        {result.participantsInScope} participants and {result.codingsInScope} codings in scope. {result.scopeNote}
      </p>
      <div className="report-table-wrap">
        <table className="data-table report-table" aria-label="Theme summary">
          <thead>
            <tr>
              <th scope="col">Theme</th>
              <th scope="col" className="num">Codings</th>
              <th scope="col" className="num">Documents</th>
              <th scope="col" className="num">Sessions</th>
              <th scope="col" className="num">Participants</th>
              <th scope="col" className="num">Share (n)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => (
              <tr key={t.codeId} className={t.depth === 0 ? 'report-row-top' : undefined}>
                <th scope="row" style={{ paddingLeft: 10 + t.depth * 16 }}>
                  {t.name}
                </th>
                <td className="num">{t.codings}</td>
                <td className="num">{t.documents}</td>
                <td className="num">{t.sessions}</td>
                <td className="num">{t.participants}</td>
                <td className="num">
                  {shareText(t.share)} <span className="report-muted">(n = {t.share.n})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chart && <img className="report-chart" src={svgSource(chart)} alt="Bar chart: participants who mentioned each theme" />}
    </section>
  );
}

interface ThemeQuotesProps {
  result: ReportResult;
  /** Missing for read-only snapshots. */
  onStar?: (quote: ReportQuote) => void;
}

/** Each theme's description and its quotes, with speaker, attributes and a star toggle. */
export function ThemeQuotes({ result, onStar }: ThemeQuotesProps) {
  const rows = flatThemes(result.themes).filter((t) => t.quotes.length > 0 || t.description);
  return (
    <section className="report-section" aria-labelledby="rs-quotes">
      <h3 id="rs-quotes">Themes and quotes</h3>
      {rows.length === 0 && <p className="report-muted">No quotes in scope.</p>}
      {rows.map((t) => (
        <article key={t.codeId} className="report-theme" aria-label={`Theme ${t.code}`}>
          <h4>
            {t.code}
            <span className="report-muted">
              {' '}
              · {t.participants} of {t.share.n} participants
              {t.quotes.some((q) => q.starred) && ' · starred quotes first'}
            </span>
          </h4>
          {t.description && <p className="report-description">{t.description}</p>}
          <ul className="report-quotes">
            {t.quotes.map((q) => (
              <li key={q.codingId} className={q.starred ? 'report-quote is-starred' : 'report-quote'}>
                {onStar && (
                  <button
                    type="button"
                    className="report-star"
                    aria-pressed={q.starred}
                    aria-label={q.starred ? 'Unstar quote' : 'Star quote'}
                    title={q.starred ? 'Starred: always shown first' : 'Star to include this quote first'}
                    onClick={() => onStar(q)}
                  >
                    {q.starred ? '★' : '☆'}
                  </button>
                )}
                {!onStar && (
                  <span className="report-star" aria-label={q.starred ? 'Starred' : undefined}>
                    {q.starred ? '★' : ''}
                  </span>
                )}
                <QuoteBody quote={q} />
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}

/** Words someone said as a quotation (with the question they answer); a note labelled as one, never in quotation marks. */
function QuoteBody({ quote: q }: { quote: ReportQuote }) {
  const d = quoteDisplay(q);
  const where = (
    <span className="report-muted">
      {d.attribution ? ' · ' : ''}
      {q.session ?? q.document}
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
      <p className="report-quote-text">“{d.text}”</p>
      <footer>
        {d.attribution}
        {where}
      </footer>
    </blockquote>
  );
}
