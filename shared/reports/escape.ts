/** Shortens a label for a chart axis, keeping the start (code paths read left to right). */
export function clipLabel(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
