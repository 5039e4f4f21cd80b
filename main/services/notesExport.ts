import type { NotesFormat } from '../../shared/domain/live';
import { AppError } from '../api/errors';
import type { Study } from './study';

export function exportNotes(_study: Study, format: NotesFormat, _sessionId: string): { name: string; mimeType: string; dataBase64: string } {
  throw new AppError('UNSUPPORTED', `Export of notes as ${format} is not available yet.`);
}
