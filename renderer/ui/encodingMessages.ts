import { ENCODING_LABELS, type TextEncodingName } from '../../shared/text/encodings';

/**
 * Words of the encoding picker in the import previews, in one place for the message catalogue.
 * The encodings' own names come from shared/text/encodings.ts (the backend's messages use them too).
 */
export const ENCODING_MESSAGES = {
  label: 'Read as',
  detected: (name: string) => `${name} (detected)`,
  weakTitle: 'Check the text below before importing.',
  chosen: 'Read in the encoding you chose. If letters still look wrong, try another.',
  switching: 'Reading the file again…',
} as const;

/** The name of an encoding as the picker lists it. */
export const encodingLabel = (encoding: TextEncodingName): string => ENCODING_LABELS[encoding];
