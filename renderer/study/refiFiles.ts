/** The largest .qdpx the backend accepts (see shared/ipc/channels/interopChannels.ts). */
const MAX_BYTES = 200 * 1024 * 1024;

/** A chosen file as the interop channels want it; an error sentence instead when it cannot be sent. */
export async function readRefiFile(file: File, kind: 'qdpx' | 'qdc'): Promise<{ fileName: string; dataBase64: string } | string> {
  if (file.size > MAX_BYTES) return `${file.name} is larger than 200 MB, more than Verbatim imports.`;
  if (file.size === 0) return `${file.name} is empty.`;
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { fileName: file.name.slice(0, 260) || `project.${kind}`, dataBase64: toBase64(bytes) };
}

/** btoa over chunks: String.fromCharCode(...) on a whole multi-megabyte file would overflow the stack. */
function toBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  return btoa(parts.join(''));
}
