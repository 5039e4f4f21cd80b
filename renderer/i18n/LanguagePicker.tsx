import { useId } from 'react';
import { LOCALES, LOCALE_NAMES, isUiLocale } from '../../shared/i18n/locales';
import { useLanguage, useT } from './useT';

/** The Language setting: the system's language, or one of ours; the choice is remembered. */
export function LanguagePicker() {
  const { t } = useT();
  const { chosen, system, choose } = useLanguage();
  const id = useId();
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('common.language')}</label>
      <select
        id={id}
        value={chosen ?? ''}
        title={t('common.languageHint')}
        onChange={(event) => void choose(isUiLocale(event.target.value) ? event.target.value : null)}
      >
        <option value="">{t('common.languageSystem', { language: LOCALE_NAMES[system] })}</option>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale} translate="no">
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
