import { describe, expect, it } from 'vitest';
import { textColumns } from '../../../shared/text/width';
import { estimateTextWidth } from '../../../shared/reports/charts';

describe('text width in character cells', () => {
  it('counts Chinese, Japanese, Korean and fullwidth characters as two cells, combining marks as none', () => {
    expect(textColumns('Čačak')).toBe(5);
    expect(textColumns('e\u0301')).toBe(1);
    expect(textColumns('价格太贵')).toBe(8);
    expect(textColumns('価格、カタカナ')).toBe(14);
    expect(textColumns('한국어')).toBe(6);
    expect(textColumns('App下单，3次')).toBe(3 + 4 + 2 + 1 + 2);
  });

  it("gives the renderer's chart estimate a full em for a wide character", () => {
    expect(estimateTextWidth('价格', 12)).toBe(24);
    expect(estimateTextWidth('ab', 10)).toBeCloseTo(12);
  });
});
