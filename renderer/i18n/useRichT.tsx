import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../shared/i18n/catalogue';
import type { MessageValues } from '../../shared/i18n/translator';

/** The markup the coding messages may use: `<k>` a key, `<b>` a name, `<path>` a code's place. */
const TAGS = {
  k: (chunks: ReactNode[]) => <kbd>{chunks}</kbd>,
  b: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
  path: (chunks: ReactNode[]) => <span className="palette-path">{chunks}</span>,
};

/**
 * Messages with keys or names marked up inside the sentence (`<k>Enter</k> apply`), so a
 * translation can move the key where its language puts it instead of gluing pieces together.
 */
export function useRichT(): (id: MessageId, values?: MessageValues) => ReactNode {
  const intl = useIntl();
  return (id, values) => intl.formatMessage({ id }, { ...TAGS, ...values } as Parameters<typeof intl.formatMessage>[1]);
}
