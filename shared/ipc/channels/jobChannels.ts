import { z } from 'zod';

/**
 * A client-made id for a long call (an import, an export, a report): the backend sends
 * `job:progress` events under it and `jobs:cancel` stops the call. Optional on every long channel.
 */
export const JobId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'must be 8–64 letters, digits or dashes');

/** Channels of long jobs. */
export const jobChannels = {
  /** Stops the running job `jobId`: its call then fails with CANCELLED and the study is as it was. `cancelled` is false when no such job runs (it has finished). */
  'jobs:cancel': { input: z.strictObject({ jobId: JobId }), output: z.object({ cancelled: z.boolean() }) },
} as const;
