import type { Locale } from './locales';

/**
 * One area's messages in every language: the English file decides the keys, and each language must
 * have every one of them (a missing key is a type error; an extra one fails tests/unit/i18n).
 */
export type AreaMessages<English> = Record<Locale, { [K in keyof English]: string }>;
