import { z } from 'zod';
import type { MessageId } from '../i18n/catalogue';
import type { Sentence } from '../i18n/sentence';
import { LOCALES, type Locale } from '../i18n/locales';
import { translatorFor } from '../i18n/translator';

/**
 * The legacy (pre-Unicode) encodings an imported file may be in, in the order they are tried. These
 * are what Windows, Excel and older transcription tools write for our users' languages: Central
 * European (Croatian, Hungarian), Western European (Norwegian, English), Chinese, plus Japanese and
 * Cyrillic, which a Chinese or Croatian team meets in files from partners.
 */
export const LEGACY_ENCODINGS = [
  'windows-1250',
  'windows-1252',
  'iso-8859-2',
  'gb18030',
  'big5',
  'shift_jis',
  'koi8-r',
  'windows-1251',
] as const;
/** One of {@link LEGACY_ENCODINGS}. */
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

/** Every encoding an import can be read in; `utf-8-bom` is UTF-8 that starts with a byte order mark. */
export const TEXT_ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', ...LEGACY_ENCODINGS] as const;
/** One of {@link TEXT_ENCODINGS}. */
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];
/** An encoding as it travels in a channel's input (the user's choice in an import preview). */
export const TextEncodingName = z.enum(TEXT_ENCODINGS);

/** How sure the reading is (see DecodedText in decode.ts): `weak` means the preview must say so. */
export const EncodingEvidence = z.enum(['certain', 'detected', 'weak', 'chosen']);
export type EncodingEvidence = z.infer<typeof EncodingEvidence>;

/** The languages the app speaks (shared/i18n/locales.ts); the UI language breaks ties between equally likely encodings. */
export const UI_LANGUAGES = LOCALES;
/** One of {@link UI_LANGUAGES}. */
export type UiLanguage = Locale;
/** A UI language as it travels in a channel's input. */
export const UiLanguage = z.enum(UI_LANGUAGES);

/** Names a person recognises (the script or region first, the technical name in brackets), as catalogue messages. */
export const ENCODING_NAMES: Readonly<Record<TextEncodingName, MessageId>> = {
  'utf-8': 'ui.encodingUtf8',
  'utf-8-bom': 'ui.encodingUtf8Bom',
  'utf-16le': 'ui.encodingUtf16le',
  'utf-16be': 'ui.encodingUtf16be',
  'windows-1250': 'ui.encodingWindows1250',
  'windows-1252': 'ui.encodingWindows1252',
  'iso-8859-2': 'ui.encodingIso88592',
  gb18030: 'ui.encodingGb18030',
  big5: 'ui.encodingBig5',
  shift_jis: 'ui.encodingShiftJis',
  'koi8-r': 'ui.encodingKoi8r',
  'windows-1251': 'ui.encodingWindows1251',
};

/** The same names in English, for logs and programs (`--json`); people read {@link ENCODING_NAMES} in their language. */
export const ENCODING_LABELS: Readonly<Record<TextEncodingName, string>> = Object.fromEntries(
  TEXT_ENCODINGS.map((e) => [e, translatorFor('en').t(ENCODING_NAMES[e])]),
) as Record<TextEncodingName, string>;

/**
 * Which legacy encoding a person using the app in this language most likely has, first to last.
 * Used only between candidates the bytes cannot tell apart.
 */
export const PREFERRED_BY_LANGUAGE: Readonly<Record<UiLanguage, readonly LegacyEncoding[]>> = {
  en: ['windows-1252', 'windows-1250', 'iso-8859-2', 'gb18030', 'big5', 'shift_jis', 'windows-1251', 'koi8-r'],
  nb: ['windows-1252', 'windows-1250', 'iso-8859-2', 'gb18030', 'big5', 'shift_jis', 'windows-1251', 'koi8-r'],
  hr: ['windows-1250', 'iso-8859-2', 'windows-1252', 'windows-1251', 'koi8-r', 'gb18030', 'big5', 'shift_jis'],
  hu: ['windows-1250', 'iso-8859-2', 'windows-1252', 'windows-1251', 'koi8-r', 'gb18030', 'big5', 'shift_jis'],
  'zh-Hans': ['gb18030', 'big5', 'shift_jis', 'windows-1252', 'windows-1250', 'iso-8859-2', 'windows-1251', 'koi8-r'],
};

// Other names people type (CLI) for the same encodings; `gbk` is decoded as GB18030, its superset.
const ALIASES: Readonly<Record<string, TextEncodingName>> = {
  utf8: 'utf-8',
  'utf-8-sig': 'utf-8-bom',
  'utf-16': 'utf-16le',
  cp1250: 'windows-1250',
  'win-1250': 'windows-1250',
  cp1252: 'windows-1252',
  'win-1252': 'windows-1252',
  latin2: 'iso-8859-2',
  iso88592: 'iso-8859-2',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  cp950: 'big5',
  sjis: 'shift_jis',
  'shift-jis': 'shift_jis',
  cp932: 'shift_jis',
  koi8r: 'koi8-r',
  cp1251: 'windows-1251',
  'win-1251': 'windows-1251',
};

/** The encoding a typed name means (any letter case, common aliases), or null when it is not one we read. */
export function parseEncodingName(name: string): TextEncodingName | null {
  const key = name.trim().toLowerCase();
  const dashed = key.replace(/[_\s]+/g, '-');
  for (const candidate of [key, dashed])
    if ((TEXT_ENCODINGS as readonly string[]).includes(candidate)) return candidate as TextEncodingName;
  // hasOwn: a typed name like "constructor" must not find Object's prototype.
  const alias = [key, dashed, dashed.replace(/-/g, '')].find((k) => Object.hasOwn(ALIASES, k));
  return alias === undefined ? null : ALIASES[alias]!;
}

/** The result of turning a file's bytes into text, with what was detected for the user to see. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /**
   * `certain`: a byte order mark or valid UTF-8 said so. `detected`: the bytes pointed clearly at one
   * legacy encoding. `weak`: another encoding was about as likely, so the user should look. `chosen`:
   * the user named the encoding.
   */
  evidence: EncodingEvidence;
  /** The encodings the user can switch to (every one that reads these bytes), most likely first. */
  choices: TextEncodingName[];
  /** Set when Verbatim had to guess, so the preview can say so (a catalogue sentence, said in the reader's language). */
  note: Sentence | null;
}

/** How a file's bytes were read, without the text: what a preview shows next to the encoding picker. */
export type TextDecoding = Omit<DecodedText, 'text'>;

/** How a file should be decoded: the user's choice, else detection with the UI language breaking ties. */
export interface DecodeOptions {
  encoding?: TextEncodingName;
  uiLanguage?: UiLanguage;
}
