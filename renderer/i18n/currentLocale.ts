import type { UiLocale } from '../../shared/i18n/locales';
import { translatorFor, type Translator } from '../../shared/i18n/translator';

let current: UiLocale = 'en';

/** Set by I18nProvider as it renders, so code outside React (api.ts) speaks the UI's language too. */
export function setCurrentLocale(locale: UiLocale): void {
  current = locale;
}

/** The translator of the language the UI speaks now. */
export function currentTranslator(): Translator {
  return translatorFor(current);
}
