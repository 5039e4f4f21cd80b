import { describe, expect, it } from 'vitest';
import { clip } from '../../../main/io/refi/report';
import { excerpt } from '../../../renderer/ui/segments';
import { oneLineExcerpt } from '../../../shared/text/excerpt';

const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('oneLineExcerpt: the one way study text is shortened for labels and lists', () => {
  it('puts text on one line and cuts it with "…" to at most max units', () => {
    expect(oneLineExcerpt('  The driver\n\twas   rude. ', 40)).toBe('The driver was rude.');
    expect(oneLineExcerpt('abcdefghij', 10)).toBe('abcdefghij');
    expect(oneLineExcerpt('abcdefghijk', 10)).toBe('abcdefghi…');
    expect(oneLineExcerpt('配送太慢了。价格还可以。', 6)).toBe('配送太慢了…');
  });

  it('leaves no space before the ellipsis', () => {
    expect(oneLineExcerpt('The driver was rude', 12)).toBe('The driver…');
  });

  it('never cuts an emoji in half', () => {
    const text = `${'x'.repeat(38)}😀 and more`;
    const cut = oneLineExcerpt(text, 40);
    expect(cut).not.toMatch(lone);
    expect(cut).toBe(`${'x'.repeat(38)}…`);
  });

  it('is what the coding screen and the REFI-QDA import report use (no emoji cut in half there either)', () => {
    const text = `${'y'.repeat(58)}🙂 tail`;
    expect(clip(text)).toBe(oneLineExcerpt(text, 60));
    expect(clip(text)).not.toMatch(lone);
    const quote = `${'z'.repeat(48)}🙂 tail`;
    expect(excerpt(quote, 50)).toBe(oneLineExcerpt(quote, 50));
    expect(excerpt(quote, 50)).not.toMatch(lone);
  });
});
