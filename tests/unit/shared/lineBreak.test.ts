import { describe, expect, it } from 'vitest';
import { breakBetween, lineSegments } from '../../../shared/text/lineBreak';

const cp = (ch: string) => ch.codePointAt(0)!;

describe('line break opportunities (UAX #14, as reports need them)', () => {
  it('breaks after spaces and never inside a Latin word, with any diacritic', () => {
    expect(lineSegments('Kjøpte på Čačak, nő és fű')).toEqual(['Kjøpte ', 'på ', 'Čačak, ', 'nő ', 'és ', 'fű']);
  });

  it('breaks between Chinese characters, but not before closing punctuation nor after opening brackets', () => {
    expect(lineSegments('价格太贵了。')).toEqual(['价', '格', '太', '贵', '了。']);
    expect(lineSegments('他说：「送货很慢」，对吧？')).toEqual(['他', '说：', '「送', '货', '很', '慢」，', '对', '吧？']);
  });

  it('keeps a Latin word or number whole inside Chinese text and breaks at its edges', () => {
    expect(lineSegments('我用App下单了3次')).toEqual(['我', '用', 'App', '下', '单', '了', '3', '次']);
    expect(lineSegments('价格¥100太贵')).toEqual(['价', '格', '¥100', '太', '贵']);
    expect(lineSegments('涨了20%啊')).toEqual(['涨', '了', '20%', '啊']);
  });

  it('keeps small kana, the long vowel mark and combining marks with what precedes them', () => {
    expect(breakBetween(cp('キ'), cp('ャ'))).toBe(false);
    expect(breakBetween(cp('ス'), cp('ー'))).toBe(false);
    expect(lineSegments('e\u0301te\u0301')).toEqual(['e\u0301te\u0301']);
    expect(breakBetween(cp('한'), cp('국'))).toBe(true);
  });

  it('gives the text back unchanged when joined', () => {
    const text = 'Mixed 中文 and English：“引号”里的话 — with tabs\tand  double spaces.';
    expect(lineSegments(text).join('')).toBe(text);
    expect(lineSegments('')).toEqual([]);
  });
});
