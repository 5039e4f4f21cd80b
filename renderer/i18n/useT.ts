import { useContext, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { translatorFrom, type Translator } from '../../shared/i18n/translator';
import { LanguageContext, type LanguageState } from './I18nProvider';

/** The translator of the UI's language: `const { t } = useT(); t('common.cancel')`. */
export function useT(): Translator {
  const intl = useIntl();
  const { locale } = useLanguage();
  return useMemo(() => translatorFrom(intl, locale), [intl, locale]);
}

/** The UI's language, the user's choice and the way to change it. */
export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage() outside <I18nProvider>');
  return state;
}
