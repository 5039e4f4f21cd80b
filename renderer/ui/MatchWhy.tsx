import { FormattedMessage } from 'react-intl';
import { excerptAround, type NameMatch } from '../../shared/text/nameMatch';
import { Highlight } from './Highlight';

/**
 * For a code found by its definition: the matched words in a short stretch of it, so the reason
 * shows; `room` 0 gives the matched words alone (a narrow row).
 */
export function MatchWhy({
  match,
  definition,
  room = 16,
}: {
  match: NameMatch | null | undefined;
  definition: string | null | undefined;
  room?: number;
}) {
  if (match?.kind !== 'definition' || !definition || !match.definitionSpans) return null;
  const part = room === 0 ? null : excerptAround(definition, match.definitionSpans, room);
  const excerpt = part ? (
    <Highlight key="excerpt" text={part.text} spans={part.spans} />
  ) : (
    <mark key="excerpt" className="match-mark">
      {match.definitionSpans.map(([s, e]) => definition.slice(s, e)).join(' … ')}
    </mark>
  );
  return (
    <span className="match-why" title={definition}>
      <FormattedMessage id="ui.definitionMatch" values={{ excerpt }} />
    </span>
  );
}
