import { matchLocale, type Locale } from '../shared/i18n/locales';
import { translatorFor, type Translator } from '../shared/i18n/translator';

/**
 * The terminal's language: the POSIX locale (LC_ALL, LC_MESSAGES, LANG), English when unknown. The
 * CLI and `npm run serve` speak it, and it breaks ties between legacy encodings as the UI's language does.
 * It lives outside main/cli so that every program started from a terminal can share it.
 */
export function localeLanguage(env: NodeJS.ProcessEnv = process.env): Locale {
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  // A POSIX locale carries a charset and a modifier (hr_HR.UTF-8, sr_RS@latin) that no language tag has.
  return matchLocale([posix.split(/[.@]/)[0]!]);
}

/** The translator of the terminal's language. */
export function terminalTranslator(env: NodeJS.ProcessEnv = process.env): Translator {
  return translatorFor(localeLanguage(env));
}
