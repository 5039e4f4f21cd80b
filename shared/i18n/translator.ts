import { createIntl, createIntlCache, type FormatNumberOptions, type IntlShape } from '@formatjs/intl';
import type { MessageId } from './catalogue';
import { messagesFor } from './catalogue';
import type { UiLocale } from './locales';

/** The values a message may take: ICU arguments such as `{count}` or `{name}`. */
export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

/**
 * What every layer uses to speak the user's language: messages by id, and numbers, percentages,
 * dates and name order in the locale's own form. The renderer gets one from `useT()`; the
 * backend, CLI and report writers from `translatorFor(locale)`.
 */
export interface Translator {
  readonly locale: UiLocale;
  /** The BCP 47 tag for Intl and for documents' language tags (`lang`, `w:lang`, `/Lang`). */
  readonly tag: string;
  t(id: MessageId, values?: MessageValues): string;
  number(value: number, options?: FormatNumberOptions): string;
  /** A fraction as a percentage in the locale's form: 0.4 → "40%", "40 %" in Norwegian. */
  percent(fraction: number, fractionDigits?: number): string;
  /** A date (or ISO string) in the locale's form. */
  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
  /** Orders names as the locale does (č after c in Croatian, ő after o in Hungarian), numbers by value. */
  compare(a: string, b: string): number;
}

/**
 * The tag Intl is given for a UI locale. The pseudo-locale formats numbers and dates as Greek: its
 * tests write study data in Greek too, so any Latin letter outside the ⟦ ⟧ marks is UI text that
 * missed the catalogue (tests/e2e/untranslated.ts).
 */
export function intlTag(locale: UiLocale): string {
  return locale === 'pseudo' ? 'el' : locale;
}

/**
 * The formatter options every Verbatim intl object shares, in the renderer and in the backend.
 * A message id is checked by the type system; a formatting failure is a bug to see, not to hide, so
 * `onError` logs it: the caller's log, since shared code has no console of its own. Without one,
 * @formatjs/intl logs it itself outside production builds (the backend is never built as one).
 */
export function intlConfig(locale: UiLocale, onError?: (error: unknown) => void) {
  return {
    locale: intlTag(locale),
    defaultLocale: 'en',
    messages: messagesFor(locale),
    ...(onError ? { onError } : {}),
  };
}

/** Wraps an intl object (react-intl's or @formatjs/intl's) in the Translator every layer uses. */
export function translatorFrom(intl: Pick<IntlShape, 'formatMessage' | 'formatNumber' | 'formatDate'>, locale: UiLocale): Translator {
  const tag = intlTag(locale);
  const collator = new Intl.Collator(tag, { sensitivity: 'base', numeric: true });
  return {
    locale,
    tag,
    t: (id, values) => intl.formatMessage({ id }, values as Record<string, string | number | boolean | Date | null | undefined>),
    number: (value, options) => intl.formatNumber(value, options),
    percent: (fraction, fractionDigits = 0) => intl.formatNumber(fraction, { style: 'percent', maximumFractionDigits: fractionDigits }),
    date: (value, options) => intl.formatDate(value, options),
    compare: (a, b) => collator.compare(a, b),
  };
}

const cache = createIntlCache();
const translators = new Map<UiLocale, Translator>();

/** The translator for a locale outside React (backend, CLI, report writers). */
export function translatorFor(locale: UiLocale): Translator {
  let translator = translators.get(locale);
  if (!translator) {
    translator = translatorFrom(createIntl(intlConfig(locale), cache), locale);
    translators.set(locale, translator);
  }
  return translator;
}
