import { lineSegments } from '../../../../shared/text/lineBreak';
import type { FontPair, PdfFont } from '../../../formats/pdf/font';
import { num } from '../../../formats/pdf/writer';

/** A4 in points, with the margins every page keeps. */
export const PAGE = { width: 595.28, height: 841.89, left: 56, right: 56, top: 56, bottom: 62 } as const;

/** Colours as PDF "r g b" operands. */
export const COLOR = {
  ink: '0.13 0.15 0.18',
  heading: '0.11 0.16 0.23',
  accent: '0.18 0.29 0.4',
  muted: '0.38 0.41 0.45',
  rule: '0.74 0.78 0.82',
  headerFill: '0.91 0.93 0.96',
  bar: '0.31 0.49 0.67',
} as const;

export type FontKind = 'regular' | 'bold';

export interface TextStyle {
  font: FontKind;
  size: number;
  color: string;
  /** Baseline-to-baseline distance. */
  leading: number;
}

export const STYLE = {
  title: { font: 'bold', size: 20, color: COLOR.heading, leading: 25 },
  h1: { font: 'bold', size: 15, color: COLOR.heading, leading: 19 },
  h2: { font: 'bold', size: 12.5, color: COLOR.accent, leading: 16 },
  h3: { font: 'bold', size: 11, color: COLOR.ink, leading: 14 },
  body: { font: 'regular', size: 10, color: COLOR.ink, leading: 14 },
  meta: { font: 'regular', size: 8.5, color: COLOR.muted, leading: 12 },
  quote: { font: 'regular', size: 10, color: COLOR.ink, leading: 14.5 },
} satisfies Record<string, TextStyle>;

/**
 * The page layout engine: a cursor moving down A4 pages, new pages as content needs them, and
 * drawing primitives (text lines, rectangles, rules) written as content-stream operators.
 */
export class Layout {
  readonly pages: string[][] = [];
  private ops: string[] = [];
  /** Top of the next content, in PDF coordinates (from the page bottom). */
  y = 0;
  readonly left = PAGE.left;
  readonly right = PAGE.width - PAGE.right;
  readonly width = PAGE.width - PAGE.left - PAGE.right;

  constructor(readonly fonts: FontPair) {
    this.newPage();
  }

  font(kind: FontKind): PdfFont {
    return kind === 'bold' ? this.fonts.bold : this.fonts.regular;
  }

  newPage(): void {
    this.ops = [];
    this.pages.push(this.ops);
    this.y = PAGE.height - PAGE.top;
  }

  /** Starts a new page unless `height` still fits above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height < PAGE.bottom && this.y < PAGE.height - PAGE.top) this.newPage();
  }

  /** Moves down; at a page top the gap is not needed. */
  space(height: number): void {
    if (this.y < PAGE.height - PAGE.top) this.y -= height;
  }

  /**
   * Draws one line of text with its baseline at y: a run per face (DejaVu, or the CJK face for
   * what DejaVu lacks), each placed after the one before by the widths in /W. A face with no bold
   * (CJK) is filled and outlined with a thin stroke of the same colour when the text is bold.
   */
  text(x: number, y: number, text: string, font: FontKind, size: number, color: string): void {
    const runs = this.font(font)
      .runs(text)
      .map((r) =>
        r.fauxBold
          ? `/${r.face.resource} ${num(size)} Tf 2 Tr ${num(size * 0.04)} w <${r.hex}> Tj 0 Tr`
          : `/${r.face.resource} ${num(size)} Tf <${r.hex}> Tj`,
      );
    this.ops.push(`BT ${color} rg ${color} RG ${num(x)} ${num(y)} Td ${runs.join(' ')} ET`);
  }

  rect(x: number, y: number, w: number, h: number, fill: string): void {
    this.ops.push(`${fill} rg ${num(x)} ${num(y)} ${num(w)} ${num(h)} re f`);
  }

  line(x1: number, y1: number, x2: number, y2: number, color: string, width = 0.5): void {
    this.ops.push(`${color} RG ${num(width)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`);
  }

  /** Draws an image XObject (see charts.ts) with its lower left corner at x, y. */
  image(name: string, x: number, y: number, w: number, h: number): void {
    this.ops.push(`q ${num(w)} 0 0 ${num(h)} ${num(x)} ${num(y)} cm /${name} Do Q`);
  }

  /**
   * Breaks text into lines no wider than `width` by measured glyph widths, at the break
   * opportunities of UAX #14 (lineBreak.ts: after spaces, between CJK characters, never inside a
   * Latin word); '\n' forces a break.
   */
  wrap(text: string, font: FontKind, size: number, width: number): string[] {
    const f = this.font(font);
    const out: string[] = [];
    for (const hard of text.split('\n')) {
      let line = '';
      let lineWidth = 0;
      for (const token of lineSegments(hard)) {
        const word = token.trimEnd();
        const wordWidth = f.measure(word, size);
        if (line && lineWidth + wordWidth > width) {
          out.push(line.trimEnd());
          line = '';
          lineWidth = 0;
        }
        if (wordWidth > width) {
          // A word longer than the line (a URL, a run of letters): break it between characters.
          for (const ch of word) {
            const w = f.measure(ch, size);
            if (line && lineWidth + w > width) {
              out.push(line);
              line = '';
              lineWidth = 0;
            }
            line += ch;
            lineWidth += w;
          }
          line += token.slice(word.length);
          lineWidth += f.measure(token.slice(word.length), size);
          continue;
        }
        line += token;
        lineWidth += f.measure(token, size);
      }
      out.push(line.trimEnd());
    }
    return out;
  }

  /** Shortens text with "…" to fit one line. */
  fit(text: string, font: FontKind, size: number, width: number): string {
    const f = this.font(font);
    if (f.measure(text, size) <= width) return text;
    const chars = [...text];
    while (chars.length > 0 && f.measure(`${chars.join('')}…`, size) > width) chars.pop();
    return `${chars.join('').trimEnd()}…`;
  }

  /** A paragraph; lines flow onto the next page as needed. */
  paragraph(text: string, style: TextStyle, opts: { indent?: number; after?: number; bullet?: string } = {}): void {
    const x = this.left + (opts.indent ?? 0);
    this.wrap(text, style.font, style.size, this.right - x).forEach((line, i) => {
      this.ensure(style.leading);
      this.y -= style.leading;
      const baseline = this.y + (style.leading - style.size) * 0.5 + style.size * 0.22;
      // A bullet hangs in the indent; wrapped lines align with the text.
      if (i === 0 && opts.bullet) this.text(x - 10, baseline, opts.bullet, style.font, style.size, style.color);
      this.text(x, baseline, line, style.font, style.size, style.color);
    });
    this.y -= opts.after ?? 4;
  }

  /** A heading kept with the content after it (never alone at a page bottom). */
  heading(level: 1 | 2 | 3, text: string): void {
    const style = level === 1 ? STYLE.h1 : level === 2 ? STYLE.h2 : STYLE.h3;
    this.space(level === 1 ? 16 : level === 2 ? 10 : 6);
    this.ensure(style.leading * 2 + 50);
    this.paragraph(text, style, { after: level === 1 ? 3 : 3 });
    if (level === 1) {
      this.line(this.left, this.y, this.right, this.y, COLOR.accent, 1);
      this.y -= 8;
    }
  }

  /**
   * A block quote with a left rule; a long quote continues on the next page with its rule. `lead`
   * is a line above it (a question, or a note's label); a note gets a grey rule instead of the
   * accent one, so it never passes for someone's words.
   */
  quote(text: string, attribution: string, options: { lead?: string | null; note?: boolean } = {}): void {
    const indent = 16;
    const x = this.left + indent;
    const lines = [
      ...(options.lead
        ? this.wrap(options.lead, 'bold', STYLE.meta.size, this.right - x - 8).map((l) => ({
            l,
            s: { ...STYLE.meta, font: 'bold' as const },
          }))
        : []),
      ...this.wrap(text, STYLE.quote.font, STYLE.quote.size, this.right - x - 8).map((l) => ({ l, s: STYLE.quote })),
      ...(attribution
        ? this.wrap(attribution, STYLE.meta.font, STYLE.meta.size, this.right - x - 8).map((l) => ({ l, s: STYLE.meta }))
        : []),
    ];
    this.ensure(Math.min(lines.length, 3) * STYLE.quote.leading + 4);
    let top = this.y;
    const rule = () => this.rect(this.left + 3, this.y - 2, 2.5, top - this.y, options.note ? COLOR.rule : COLOR.bar);
    this.y -= 2;
    for (const { l, s } of lines) {
      if (this.y - s.leading < PAGE.bottom) {
        rule();
        this.newPage();
        top = this.y;
      }
      this.y -= s.leading;
      this.text(x, this.y + s.leading * 0.3, l, s.font, s.size, s.color);
    }
    rule();
    this.y -= 10;
  }

  /** Page furniture: a rule, the report title and "Page N of M" (in the report's language) at the foot of every page. */
  footers(title: string, pageLabel: (page: number, total: number) => string): void {
    const total = this.pages.length;
    this.pages.forEach((ops, i) => {
      this.ops = ops;
      const y = PAGE.bottom - 30;
      this.line(this.left, y + 12, this.right, y + 12, COLOR.rule, 0.5);
      const label = pageLabel(i + 1, total);
      const w = this.fonts.regular.measure(label, 8);
      this.text(this.right - w, y, label, 'regular', 8, COLOR.muted);
      this.text(this.left, y, this.fit(title, 'regular', 8, this.width - w - 24), 'regular', 8, COLOR.muted);
    });
  }
}
