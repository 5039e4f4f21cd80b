/**
 * The languages Verbatim speaks. A locale tag from anywhere (the system, a browser, `--lang`) is
 * matched to one of them; everything else falls back to English.
 */
export const LOCALES = ['en', 'nb', 'hr', 'hu', 'zh-Hans'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * What the UI can be set to: a language, or `pseudo`, a test locale in which every message is
 * visibly wrapped so that a screen shows at once any text that did not come through the catalogue.
 */
export type UiLocale = Locale | 'pseudo';

/** Each language's name in itself, as a language picker shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  nb: 'Norsk bokmål',
  hr: 'Hrvatski',
  hu: 'Magyar',
  'zh-Hans': '简体中文',
};

/** Tags that mean one of our languages, by their first subtag (Norwegian and Nynorsk read Bokmål). */
const BY_LANGUAGE: Record<string, Locale> = {
  en: 'en',
  nb: 'nb',
  no: 'nb',
  nn: 'nb',
  hr: 'hr',
  bs: 'hr',
  sr: 'hr',
  hu: 'hu',
  zh: 'zh-Hans',
};

/**
 * The locale for one tag such as `nb-NO`, `zh-CN`, `zh_Hans`, or null when we do not speak it.
 * Traditional Chinese (zh-Hant, zh-TW, zh-HK) is not Simplified: it gets null, so the next
 * preference (or English) is used rather than the wrong script. Serbian written in Cyrillic too.
 */
export function localeOf(tag: string): Locale | null {
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const language = parts[0] ?? '';
  const rest = parts.slice(1);
  if (language === 'zh' && (rest.includes('hant') || rest.includes('tw') || rest.includes('hk') || rest.includes('mo'))) return null;
  if (language === 'sr' && rest.includes('cyrl')) return null;
  return BY_LANGUAGE[language] ?? null;
}

/** The first of `preferred` (most preferred first) that we speak; English when none is. */
export function matchLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const locale = localeOf(tag);
    if (locale) return locale;
  }
  return 'en';
}

/** True for a value that names a UI locale exactly (a stored setting, a test's choice). */
export function isUiLocale(value: unknown): value is UiLocale {
  return value === 'pseudo' || (LOCALES as readonly unknown[]).includes(value);
}
