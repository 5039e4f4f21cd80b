/** An SVG chart as an image source (data: images are allowed by the CSP; inline SVG markup is not needed). */
export function svgSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
