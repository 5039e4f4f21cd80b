import { describe, expect, it } from 'vitest';
import { encodingOption } from '../../../main/cli/commands/inputFile';
import { localeLanguage } from '../../../main/language';

describe('CLI encoding options', () => {
  it('takes the UI language for encoding ties from the locale', () => {
    expect(localeLanguage({ LANG: 'hr_HR.UTF-8' })).toBe('hr');
    expect(localeLanguage({ LANG: 'hu_HU.UTF-8' })).toBe('hu');
    expect(localeLanguage({ LANG: 'nb_NO.UTF-8' })).toBe('nb');
    expect(localeLanguage({ LANG: 'no_NO' })).toBe('nb');
    expect(localeLanguage({ LANG: 'zh_CN.GBK' })).toBe('zh-Hans');
    expect(localeLanguage({ LC_ALL: 'hr_HR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('hr');
    expect(localeLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(localeLanguage({})).toBe('en');
  });

  it('--encoding takes aliases and refuses unknown names as a usage error', () => {
    expect(encodingOption(undefined)).toBeUndefined();
    expect(encodingOption('GBK')).toBe('gb18030');
    expect(() => encodingOption('latin-9')).toThrow(
      expect.objectContaining({ exitCode: 2, message: expect.stringMatching(/unknown encoding "latin-9"/) }),
    );
  });
});
