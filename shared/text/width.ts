/**
 * How wide text is on a grid of character cells, as spreadsheets and word processors lay it out
 * where the font is theirs to choose: the wide and fullwidth characters of Chinese, Japanese and
 * Korean (UAX #11 East Asian Width W and F) take two cells, combining marks none, the rest one.
 */
export function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

const isCombining = (cp: number) => (cp >= 0x300 && cp <= 0x36f) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f);

/** Text's width in character cells ("价格" is 4, "Čačak" is 5). */
export function textColumns(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    n += isWide(cp) ? 2 : isCombining(cp) ? 0 : 1;
  }
  return n;
}
