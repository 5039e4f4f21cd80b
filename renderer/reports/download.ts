/** An SVG chart as an image source (data: images are allowed by the CSP; inline SVG markup is not needed). */
export function svgSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** "12 of 20 (60%)", or "–" when there is nobody to divide by. */
export function shareText(share: { count: number; n: number; share: number | null }): string {
  return share.share === null ? '–' : `${Math.round(share.share * 100)}%`;
}
