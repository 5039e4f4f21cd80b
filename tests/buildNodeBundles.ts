// vitest globalSetup: builds the CLI's and browser mode's bundles once, before any test file runs,
// when a source is newer than them. Tests that start `verbatim` or `npm run serve` as a child
// process run what users run, and without this every such child would find them stale and build.
import { join } from 'node:path';

/** build/nodeBundles.mjs is plain ESM without type declarations; this is the part used here. */
type NodeBundles = {
  NODE_BUNDLES: Record<string, unknown>;
  staleReason(name: string): string | null;
  buildNodeBundle(name: string): Promise<void>;
};

export default async function buildNodeBundles(): Promise<void> {
  const bundles = (await import(join(import.meta.dirname, '..', 'build', 'nodeBundles.mjs'))) as NodeBundles;
  for (const name of Object.keys(bundles.NODE_BUNDLES)) {
    if (bundles.staleReason(name) !== null) await bundles.buildNodeBundle(name);
  }
}
