#!/usr/bin/env node
// The `verbatim` command. It runs the CLI's bundle (out/cli/verbatim.cjs), built again first when a
// source is newer than it (build/nodeBundles.mjs), so it always matches the sources without
// compiling TypeScript at every start, and with V8's code cache (build/runBundle.mjs).
import { freshBundle } from '../../build/nodeBundles.mjs';
import { runBundle } from '../../build/runBundle.mjs';

runBundle(await freshBundle('cli'));
