/** A file the backend rendered, as 'reports:export' returns it. */
export interface ExportedFile {
  name: string;
  mimeType: string;
  dataBase64: string;
}

/**
 * Saves a file through a Blob URL and an <a download> click: works in Electron and in browser
 * mode, and needs nothing from the CSP (a download is not a fetch, a frame or an image).
 */
export function downloadFile(file: ExportedFile): void {
  const binary = atob(file.dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** An SVG chart as an image source (data: images are allowed by the CSP; inline SVG markup is not needed). */
export function svgSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** "12 of 20 (60%)", or "–" when there is nobody to divide by. */
export function shareText(share: { count: number; n: number; share: number | null }): string {
  return share.share === null ? '–' : `${Math.round(share.share * 100)}%`;
}
