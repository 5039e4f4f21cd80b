import { MAX_IMPORT_BYTES } from '../../../shared/domain/participantImport';

/** A CSV as the backend wants it: raw bytes, so it can detect the encoding (UTF-8, UTF-16, Windows-1252…). */
export interface CsvPayload {
  fileName: string;
  dataBase64: string;
}

/** Reads a chosen file; resolves to an error sentence instead when it cannot be sent. */
export async function readCsvFile(file: File): Promise<CsvPayload | string> {
  if (file.size > MAX_IMPORT_BYTES) return `${file.name} is larger than 20 MB. Split it into smaller files.`;
  if (file.size === 0) return `${file.name} is empty.`;
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { fileName: file.name.slice(0, 260) || 'participants.csv', dataBase64: toBase64(bytes) };
}

/** btoa over chunks: String.fromCharCode(...) on a whole multi-megabyte file would overflow the stack. */
function toBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
