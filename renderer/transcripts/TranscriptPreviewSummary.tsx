import { saySentence } from '../../shared/i18n/sentence';
import type { TranscriptPreview } from '../../shared/domain/coding';
import type { MessageId } from '../../shared/i18n/catalogue';
import { useT } from '../i18n/useT';

const FORMAT_LABELS: Record<string, MessageId> = {
  vtt: 'transcripts.formatVtt',
  srt: 'transcripts.formatSrt',
  sbv: 'transcripts.formatSbv',
  docx: 'common.wordDocument',
  text: 'transcripts.formatText',
  markdown: 'common.markdown',
};

/** "00:03" or "1:02:03" for a turn's start. */
function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return s >= 3600 ? `${Math.floor(s / 3600)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}` : `${two(Math.floor(s / 60))}:${two(s % 60)}`;
}

/** The counts a researcher checks before importing, and notes from the reader. */
export function TranscriptPreviewSummary({ preview }: { preview: TranscriptPreview }) {
  const tr = useT();
  const { t, number } = tr;
  const format = FORMAT_LABELS[preview.format];
  return (
    <div className="preview">
      <dl className="preview-counts" aria-label={t('transcripts.summary')}>
        <div>
          <dt>{t('transcripts.format')}</dt>
          <dd className="preview-format">{format ? t(format) : preview.format}</dd>
        </div>
        <div>
          <dt>{t('transcripts.colTurns')}</dt>
          <dd>{number(preview.turns)}</dd>
        </div>
        <div>
          <dt>{t('transcripts.characters')}</dt>
          <dd>{number(preview.characters)}</dd>
        </div>
        <div>
          <dt>{t('transcripts.speakers')}</dt>
          <dd>{number(preview.speakers.length)}</dd>
        </div>
      </dl>

      {preview.warnings.length > 0 && (
        <section className="banner banner-info transcript-notes" aria-labelledby="transcript-notes-title">
          <h3 id="transcript-notes-title" className="transcript-notes-title">
            {t('transcripts.worthALook', { count: preview.warnings.length })}
          </h3>
          <ul aria-label={t('transcripts.readingNotes')}>
            {preview.warnings.map((w, i) => (
              <li key={i}>{saySentence(tr, w)}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The first turns as they will be imported, to check that speakers and text were read right. */
export function TranscriptSample({ preview }: { preview: TranscriptPreview }) {
  const { t } = useT();
  if (preview.sample.length === 0) return null;
  return (
    <section aria-labelledby="transcript-sample-title">
      <h3 id="transcript-sample-title" className="subheading">
        {t('transcripts.howItBegins')}
      </h3>
      <ol className="transcript-sample" aria-label={t('transcripts.firstTurns')}>
        {preview.sample.map((turn, i) => (
          <li key={i}>
            <span className="sample-when">{turn.startMs !== null ? clock(turn.startMs) : ''}</span>
            <span className="sample-speaker">{turn.speaker ?? '—'}</span>
            <span className="sample-text">{turn.text}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
