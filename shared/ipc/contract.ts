import type { z } from 'zod';
import { autocodeChannels } from './channels/autocodeChannels';
import { codingChannels } from './channels/codingChannels';
import { fileChannels } from './channels/fileChannels';
import { refiChannels } from './channels/refiChannels';
import { jobChannels } from './channels/jobChannels';
import { liveChannels } from './channels/liveChannels';
import { matrixChannels, queryChannels } from './channels/queryChannels';
import { reportChannels } from './channels/reportChannels';
import { retrieveChannels } from './channels/retrieveChannels';
import { searchChannels } from './channels/searchChannels';
import { wordChannels } from './channels/wordChannels';
import { studyChannels } from './channels/studyChannels';

/**
 * The one table of backend calls. Every transport (Electron IPC, HTTP in browser mode, the CLI)
 * serves exactly these channels; main validates each input against its schema before the handler runs.
 * Names are `domain:verb`. The entries live in ./channels/, one file per area.
 */
export const contract = {
  ...studyChannels,
  ...codingChannels,
  ...retrieveChannels,
  ...queryChannels,
  ...searchChannels,
  ...wordChannels,
  ...reportChannels,
  ...refiChannels,
  ...liveChannels,
  ...fileChannels,
  ...jobChannels,
  ...matrixChannels,
  ...autocodeChannels,
} as const;

/** A channel name of the {@link contract}. */
export type Channel = keyof typeof contract;
/** What a caller passes on a channel (before defaults are applied). */
export type In<C extends Channel> = z.input<(typeof contract)[C]['input']>;
/** What a handler receives on a channel (after parsing). */
export type Parsed<C extends Channel> = z.output<(typeof contract)[C]['input']>;
/** What a channel returns. */
export type Out<C extends Channel> = z.output<(typeof contract)[C]['output']>;

/** All channel names, for allow-lists. */
export const CHANNELS = Object.keys(contract) as Channel[];

/** True when `name` is a channel of the contract (own property, so `__proto__` and friends are not). */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
