import type { Locale } from '../i18n/locales';
import { translatorFor, type Translator } from '../i18n/translator';

/**
 * The translator a report is written with: its own language, not the app's (an agency in Oslo
 * may write for a client in London). Snapshots from before reports had a language are English.
 */
export function reportTranslator(r: { language?: Locale }): Translator {
  return translatorFor(r.language ?? 'en');
}
