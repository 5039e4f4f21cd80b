import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppSettings } from '../../../main/app/appSettings';
import { localeOf, matchLocale } from '../../../shared/i18n/locales';
import { translatorFor } from '../../../shared/i18n/translator';

describe('matching the system language', () => {
  it.each([
    [['nb-NO'], 'nb'],
    [['no'], 'nb'],
    [['nn-NO', 'en'], 'nb'],
    [['hr-HR'], 'hr'],
    [['hu'], 'hu'],
    [['zh-CN'], 'zh-Hans'],
    [['zh_Hans_SG'], 'zh-Hans'],
    [['zh-TW', 'en-GB'], 'en'],
    [['zh-Hant-HK', 'hu'], 'hu'],
    [['de-DE', 'fr'], 'en'],
    [[], 'en'],
  ])('%j → %s', (tags, locale) => expect(matchLocale(tags)).toBe(locale));

  it('does not take Traditional Chinese for Simplified', () => expect(localeOf('zh-TW')).toBeNull());
});

describe('locale forms', () => {
  it('writes percentages, numbers and plurals as each language does', () => {
    expect(translatorFor('nb').percent(0.4)).toBe('40\u00a0%');
    expect(translatorFor('en').percent(0.4)).toBe('40%');
    expect(translatorFor('hr').number(1234.5)).toBe('1.234,5');
    expect(['Zagreb', 'Čakovec', 'Cavtat', 'Dubrovnik'].sort(translatorFor('hr').compare)).toEqual([
      'Cavtat',
      'Čakovec',
      'Dubrovnik',
      'Zagreb',
    ]);
  });
});

describe('the Language setting', () => {
  it('is remembered, and a damaged or unknown value reads as "follow the system"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-lang-'));
    try {
      const settings = new AppSettings(dir);
      expect(settings.language()).toBeNull();
      settings.setLanguage('hu');
      expect(new AppSettings(dir).language()).toBe('hu');
      writeFileSync(join(dir, 'settings.json'), JSON.stringify({ recent: [], language: 'tlh' }));
      expect(new AppSettings(dir).language()).toBeNull();
      writeFileSync(join(dir, 'settings.json'), JSON.stringify({ recent: [], language: 42 }));
      expect(new AppSettings(dir).language()).toBeNull();
      expect(new AppSettings(dir).recent()).toEqual([]);
      writeFileSync(join(dir, 'settings.json'), '{not json');
      expect(new AppSettings(dir).language()).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
