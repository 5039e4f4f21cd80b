import { estimateTextWidth, type TextMeasure } from '../../shared/reports/charts';

/** The charts' font-family (shared/reports/charts.ts), which the page resolves for their <img> SVGs the same way. */
const FAMILY = '"DejaVu Sans", Helvetica, Arial, sans-serif';
let context: CanvasRenderingContext2D | null | undefined;

/**
 * Chart text widths as this page draws them: the browser's own metrics for the charts' fonts
 * (with its fallback font for Chinese), so label columns fit; the estimate where no canvas exists.
 */
export const chartMeasure: TextMeasure = (text, size, bold = false) => {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimateTextWidth(text, size, bold);
  context.font = `${bold ? 'bold ' : ''}${size}px ${FAMILY}`;
  return context.measureText(text).width;
};
