/**
 * The message catalogue is complete and used: every language has every message, each message is
 * valid ICU with the same arguments as the English one and the plural forms its language needs,
 * and every message is used somewhere in the code (ids are always written out whole).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { AREAS, messagesFor } from '../../../shared/i18n/catalogue';
import { LOCALES, type Locale } from '../../../shared/i18n/locales';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const english = messagesFor('en');

/** Argument names, and for each plural argument the categories it spells out. */
function shapeOf(elements: MessageFormatElement[], args = new Set<string>(), plurals = new Map<string, Set<string>>()) {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    args.add(`${el.value}:${el.type === TYPE.plural ? 'plural' : el.type === TYPE.select ? 'select' : 'simple'}`);
    if (el.type === TYPE.plural) plurals.set(el.value, new Set(Object.keys(el.options)));
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const option of Object.values(el.options)) shapeOf(option.value, args, plurals);
    if (el.type === TYPE.tag) shapeOf(el.children, args, plurals);
  }
  return { args, plurals };
}

describe('message catalogue', () => {
  it('has the same keys in every language, none of them empty', () => {
    for (const [area, byLocale] of Object.entries(AREAS) as [string, Record<Locale, Record<string, string>>][]) {
      const keys = Object.keys(byLocale.en).sort();
      for (const locale of LOCALES) {
        expect(Object.keys(byLocale[locale]).sort(), `${area}/${locale}.json`).toEqual(keys);
        for (const [key, text] of Object.entries(byLocale[locale])) expect(text.trim(), `${area}.${key} in ${locale}`).not.toBe('');
      }
    }
  });

  it('has valid ICU messages with the English arguments and every plural form each language needs', () => {
    for (const locale of LOCALES) {
      const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const [id, text] of Object.entries(messagesFor(locale))) {
        const shape = shapeOf(parse(text, { requiresOtherClause: true }));
        const englishShape = shapeOf(parse(english[id]!));
        expect([...shape.args].sort(), `${id} in ${locale}`).toEqual([...englishShape.args].sort());
        for (const [name, forms] of shape.plurals) {
          for (const category of needed)
            expect(forms.has(category) || forms.has('other'), `${id} in ${locale}: {${name}} lacks "${category}"`).toBe(true);
          if (locale === 'hr') expect(forms.has('few'), `${id} in hr: Croatian needs a "few" form for {${name}}`).toBe(true);
        }
      }
    }
  });

  it('has no message that nothing uses', () => {
    const source = sourceText(['renderer', 'main', 'shared']);
    const unused = Object.keys(english).filter(
      (id) => !source.includes(`'${id}'`) && !source.includes(`"${id}"`) && !source.includes(`\`${id}\``),
    );
    expect(unused).toEqual([]);
  });
});

/** Every .ts/.tsx file under the given folders (tests and the catalogue itself left out). */
function sourceText(folders: string[]): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'node_modules' || name === 'messages') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) parts.push(readFileSync(path, 'utf8'));
    }
  };
  for (const folder of folders) walk(join(ROOT, folder));
  return parts.join('\n');
}
