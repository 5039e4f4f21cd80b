import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { matchLocale, type Locale, type UiLocale } from '../../shared/i18n/locales';
import { intlConfig, intlTag } from '../../shared/i18n/translator';
import { invoke, on } from '../api';
import { setCurrentLocale } from './currentLocale';

export interface LanguageState {
  /** The language the UI speaks now. */
  locale: UiLocale;
  /** What the user chose (null: follow the system). */
  chosen: UiLocale | null;
  /** The system's language (Electron's locale, the browser's languages), as we speak it. */
  system: Locale;
  /** Remembers a choice (null: follow the system again) and switches the UI at once. */
  choose(language: UiLocale | null): Promise<void>;
}

export const LanguageContext = createContext<LanguageState | null>(null);

/** The system's languages: Electron sets navigator.languages from the OS; a browser from its settings. */
/** A message that failed to format is a bug to see in the console, also in the production build. */
const logMessageError = (error: unknown) => console.error('[verbatim] message', error);

function systemLocale(): Locale {
  return matchLocale(typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));
}

/**
 * Gives the app its language: the one the user chose (kept in the app settings, the same in the
 * desktop app and browser mode), else the system's. Nothing renders until the choice is known, so
 * a Norwegian user never sees a flash of English; without a backend (the connection screen) the
 * system's language is used.
 */
export function I18nProvider({ children, connected }: { children: ReactNode; connected: boolean }) {
  const system = useMemo(() => systemLocale(), []);
  const [chosen, setChosen] = useState<UiLocale | null | undefined>(connected ? undefined : null);

  useEffect(() => {
    if (!connected) return;
    void invoke('app:language', {}).then((r) => setChosen(r.ok ? r.value.chosen : null));
  }, [connected]);
  // A choice made elsewhere (the desktop menu's View ▸ Language, another tab) applies here at once.
  useEffect(() => (connected ? on('language:changed', (event) => setChosen(event.chosen)) : undefined), [connected]);

  const choose = useCallback(async (language: UiLocale | null) => {
    const r = await invoke('app:setLanguage', { language });
    if (r.ok) setChosen(r.value.chosen);
  }, []);

  const locale: UiLocale = chosen ?? system;
  // During render, before any child's effect calls the backend: failures arrive in this language.
  setCurrentLocale(locale);
  useEffect(() => {
    document.documentElement.lang = intlTag(locale);
  }, [locale]);

  const state = useMemo(() => ({ locale, chosen: chosen ?? null, system, choose }), [locale, chosen, system, choose]);
  if (chosen === undefined) return null;
  return (
    <LanguageContext.Provider value={state}>
      {/* No key: a new language re-renders the screens in place, keeping what is open and typed. */}
      <IntlProvider {...intlConfig(locale, logMessageError)}>{children}</IntlProvider>
    </LanguageContext.Provider>
  );
}
