import type { Locale, UiLocale } from './locales';
import { LOCALES } from './locales';
import app from './messages/app';
import cli from './messages/cli';
import codebook from './messages/codebook';
import coding from './messages/coding';
import common from './messages/common';
import editing from './messages/editing';
import errors from './messages/errors';
import imports from './messages/imports';
import live from './messages/live';
import matrix from './messages/matrix';
import memos from './messages/memos';
import menu from './messages/menu';
import participants from './messages/participants';
import passages from './messages/passages';
import queries from './messages/queries';
import report from './messages/report';
import reports from './messages/reports';
import retrieve from './messages/retrieve';
import screens from './messages/screens';
import search from './messages/search';
import sessions from './messages/sessions';
import study from './messages/study';
import transcripts from './messages/transcripts';
import ui from './messages/ui';

/**
 * Every message a person reads, by area. An area is a folder under messages/ with one JSON file per
 * language (keys without the area's prefix) and an index.ts that checks every language has every
 * key. A message's id is `area.key`, always written out whole where it is used, so that
 * tests/unit/i18n can tell which messages nothing uses.
 */
export const AREAS = {
  common,
  app,
  screens,
  study,
  ui,
  coding,
  memos,
  live,
  codebook,
  retrieve,
  search,
  sessions,
  participants,
  transcripts,
  reports,
  report,
  menu,
  errors,
  editing,
  cli,
  passages,
  imports,
  matrix,
  queries,
} as const;

type Areas = typeof AREAS;
type AreaName = keyof Areas & string;

/** The id of a message in the catalogue, e.g. `'common.cancel'`. */
export type MessageId = { [A in AreaName]: `${A}.${keyof Areas[A]['en'] & string}` }[AreaName];

const flat = new Map<UiLocale, Record<string, string>>();

/** Every message of one locale by its full id; `pseudo` is English with each message visibly wrapped. */
export function messagesFor(locale: UiLocale): Record<string, string> {
  let messages = flat.get(locale);
  if (!messages) {
    const source: Locale = locale === 'pseudo' ? 'en' : locale;
    messages = {};
    for (const [area, byLocale] of Object.entries(AREAS) as [AreaName, Record<Locale, Record<string, string>>][]) {
      for (const [key, text] of Object.entries(byLocale[source])) messages[`${area}.${key}`] = locale === 'pseudo' ? pseudo(text) : text;
    }
    flat.set(locale, messages);
  }
  return messages;
}

/** The marks around every pseudo-locale message (tests look for text outside them). */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

function pseudo(text: string): string {
  return `${PSEUDO_OPEN}${text}${PSEUDO_CLOSE}`;
}

/** Every locale whose catalogue exists (the real ones; `pseudo` is derived from English). */
export const CATALOGUE_LOCALES: readonly Locale[] = LOCALES;

/** Whether `text` is the id of a message (for calls that take an id or, until every caller has one, a sentence). */
export function isMessageId(text: string): text is MessageId {
  return Object.hasOwn(messagesFor('en'), text);
}
