import { AutocodeInput, AutocodePreview, AutocodePreviewInput, AutocodeResult } from '../../domain/autocode';

/** Autocode: code every hit of a text search (see shared/domain/autocode.ts). */
export const autocodeChannels = {
  /** The passages applying would code, with counts; changes nothing. */
  'search:autocodePreview': { input: AutocodePreviewInput, output: AutocodePreview },
  /** Codes them in one undo step, creating the code when needed; the codings carry the current coder. */
  'search:autocode': { input: AutocodeInput, output: AutocodeResult },
} as const;
