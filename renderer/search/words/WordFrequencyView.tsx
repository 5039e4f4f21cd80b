import { useState } from 'react';
import type { SearchKind } from '../../../shared/domain/search';
import type { WordCount, WordsResult } from '../../../shared/domain/words';
import { useT } from '../../i18n/useT';
import { FilterBar } from '../../retrieve/FilterBar';
import { ComparePicker } from './ComparePicker';
import { DEFAULT_WORDS, useWordFrequencies, type WordSettings } from './useWordFrequencies';
import './words.css';

/** G² from this on: a difference this large between the groups comes by chance less than one time in twenty. */
const SIGNIFICANT = 3.84;

const KINDS: { kind: SearchKind; label: 'common.transcripts' | 'common.liveNotes' | 'common.memos' }[] = [
  { kind: 'transcript', label: 'common.transcripts' },
  { kind: 'notes', label: 'common.liveNotes' },
  { kind: 'memo', label: 'common.memos' },
];

/** A word runs as a search as it is; a phrase runs in quotation marks, so its words are found together. */
const asQuery = (word: string, phrase: boolean) => (phrase ? `"${word}"` : word);

/**
 * Word frequencies: the most frequent words and phrases of the transcripts, live notes and memos the
 * filter selects (the moderator left out unless asked), or two groups of respondents compared word by
 * word. Each word runs as a text search through `onSearch`.
 */
export function WordFrequencyView({ onSearch }: { onSearch(query: string): void }) {
  const { t } = useT();
  const [settings, setSettings] = useState<WordSettings>(DEFAULT_WORDS);
  const [showPhrases, setShowPhrases] = useState(false);
  const { result, error, loading } = useWordFrequencies(settings);
  const set = (change: Partial<WordSettings>) => setSettings((s) => ({ ...s, ...change }));
  const toggleKind = (kind: SearchKind, on: boolean) =>
    set({
      kinds: on
        ? KINDS.map((k) => k.kind).filter((k) => k === kind || settings.kinds.includes(k))
        : settings.kinds.filter((k) => k !== kind),
    });
  const rows = result ? (showPhrases ? result.phrases : result.words) : [];
  const labelOf = (key: string | undefined) =>
    result?.options.attributes.find((a) => a.id === settings.compare?.attributeId)?.values.find((v) => v.key === key)?.label ?? '';
  const groups = { a: labelOf(settings.compare?.a), b: labelOf(settings.compare?.b) };

  return (
    <section className="search-words" aria-label={t('search.viewWords')}>
      <div className="words-toolbar">
        <fieldset className="words-kinds">
          <legend>{t('search.wordsLookIn')}</legend>
          {KINDS.map((k) => (
            <label key={k.kind}>
              <input type="checkbox" checked={settings.kinds.includes(k.kind)} onChange={(e) => toggleKind(k.kind, e.target.checked)} />
              {t(k.label)}
            </label>
          ))}
        </fieldset>
        <label>
          <input type="checkbox" checked={settings.includeModerator} onChange={(e) => set({ includeModerator: e.target.checked })} />
          {t('search.wordsIncludeModerator')}
        </label>
        <label>
          {t('search.wordsMinLength')}
          <input
            type="number"
            className="words-min-length"
            min={1}
            max={20}
            value={settings.minLength}
            onChange={(e) => {
              const n = Math.round(Number(e.target.value));
              if (n >= 1 && n <= 20) set({ minLength: n });
            }}
          />
        </label>
        <div className="view-switch words-show" role="group" aria-label={t('search.wordsShow')}>
          {[false, true].map((phrases) => (
            <button
              key={String(phrases)}
              type="button"
              className={`view-switch-button${showPhrases === phrases ? ' is-current' : ''}`}
              aria-pressed={showPhrases === phrases}
              onClick={() => setShowPhrases(phrases)}
            >
              {phrases ? t('search.wordsPhrases') : t('search.wordsWords')}
            </button>
          ))}
        </div>
      </div>
      {result && <FilterBar options={result.options} filter={settings.filter} onFilter={(filter) => set({ filter })} />}
      {result && <ComparePicker options={result.options} compare={settings.compare} onCompare={(compare) => set({ compare })} />}
      {error && (
        <div role="alert" className="inline-error">
          {error}
        </div>
      )}
      <p className="words-summary" aria-live="polite">
        {!result
          ? t('search.wordsLoading')
          : t('search.wordsSummary', { words: result.totalWords, distinct: result.distinctWords, units: result.units })}
        {loading && result ? ` ${t('search.wordsLoading')}` : ''}
      </p>
      {result && rows.length === 0 && (
        <p className="words-empty">{showPhrases && result.words.length > 0 ? t('search.wordsNoPhrases') : t('search.wordsEmpty')}</p>
      )}
      {result && rows.length > 0 && (
        <WordTable rows={rows} result={result} groups={groups} phrases={showPhrases} onSearch={(w) => onSearch(asQuery(w, showPhrases))} />
      )}
    </section>
  );
}

interface WordTableProps {
  rows: WordCount[];
  result: WordsResult;
  /** The names of the compared groups ("Detractor", "Promoter"). */
  groups: { a: string; b: string };
  phrases: boolean;
  onSearch(word: string): void;
}

/** The words, most frequent (or, with two groups, most characteristic) first; a word's button searches for it. */
function WordTable({ rows, result, groups, phrases, onSearch }: WordTableProps) {
  const { t, number, percent } = useT();
  const compared = result.groups !== undefined;
  const pct = (share: number) => percent(share, 2);
  return (
    <table className="words-table">
      <thead>
        <tr>
          <th scope="col">{phrases ? t('search.wordsColPhrase') : t('search.wordsColWord')}</th>
          {compared ? (
            <>
              <th scope="col">{t('search.wordsColGroupCount', { group: groups.a })}</th>
              <th scope="col">{t('search.wordsColGroupShare', { group: groups.a })}</th>
              <th scope="col">{t('search.wordsColGroupCount', { group: groups.b })}</th>
              <th scope="col">{t('search.wordsColGroupShare', { group: groups.b })}</th>
              <th scope="col" title={t('search.wordsLogLikelihoodHint')}>
                {t('search.wordsColLogLikelihood')}
              </th>
              <th scope="col">{t('search.wordsColMoreIn')}</th>
            </>
          ) : (
            <>
              <th scope="col">{t('search.wordsColCount')}</th>
              <th scope="col">{t('search.wordsColShare')}</th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.word}>
            <th scope="row">
              <button
                type="button"
                className="button-link words-word"
                title={t('search.wordsSearchFor', { word: row.word })}
                onClick={() => onSearch(row.word)}
              >
                {row.word}
              </button>
            </th>
            {compared ? (
              <>
                <td>{number(row.a!.count)}</td>
                <td>{pct(row.a!.share)}</td>
                <td>{number(row.b!.count)}</td>
                <td>{pct(row.b!.share)}</td>
                <td className={row.logLikelihood! >= SIGNIFICANT ? 'is-significant' : undefined}>
                  {number(row.logLikelihood!, { maximumFractionDigits: 2, minimumFractionDigits: 2 })}
                </td>
                <td>{row.logLikelihood! < SIGNIFICANT ? '' : row.logRatio! > 0 ? groups.a : groups.b}</td>
              </>
            ) : (
              <>
                <td>{number(row.count)}</td>
                <td>{pct(row.share)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
