import type { TranscriptPreview } from '../../shared/domain/coding';

const FORMAT_LABELS: Record<string, string> = {
  vtt: 'WebVTT captions',
  srt: 'SubRip captions (SRT)',
  sbv: 'YouTube captions (SBV)',
  docx: 'Word document',
  text: 'Plain text',
  markdown: 'Markdown',
};

/** "00:03" or "1:02:03" for a turn's start. */
function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return s >= 3600 ? `${Math.floor(s / 3600)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}` : `${two(Math.floor(s / 60))}:${two(s % 60)}`;
}

/** The counts a researcher checks before importing, and notes from the reader. */
export function TranscriptPreviewSummary({ preview }: { preview: TranscriptPreview }) {
  return (
    <div className="preview">
      <dl className="preview-counts" aria-label="Transcript summary">
        <div>
          <dt>Format</dt>
          <dd className="preview-format">{FORMAT_LABELS[preview.format] ?? preview.format}</dd>
        </div>
        <div>
          <dt>Turns</dt>
          <dd>{preview.turns.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Characters</dt>
          <dd>{preview.characters.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Speakers</dt>
          <dd>{preview.speakers.length}</dd>
        </div>
      </dl>

      {preview.warnings.length > 0 && (
        <section className="banner banner-info transcript-notes" aria-labelledby="transcript-notes-title">
          <h3 id="transcript-notes-title" className="transcript-notes-title">
            Worth a look ({preview.warnings.length})
          </h3>
          <ul aria-label="Notes from reading the file">
            {preview.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The first turns as they will be imported, to check that speakers and text were read right. */
export function TranscriptSample({ preview }: { preview: TranscriptPreview }) {
  if (preview.sample.length === 0) return null;
  return (
    <section aria-labelledby="transcript-sample-title">
      <h3 id="transcript-sample-title" className="subheading">
        How it begins
      </h3>
      <ol className="transcript-sample" aria-label="First turns">
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
