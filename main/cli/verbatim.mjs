#!/usr/bin/env node
// The `verbatim` command. It runs the CLI's bundle (out/cli/verbatim.cjs), built again first when a
// source is newer than it (build/nodeBundles.mjs), so it always matches the sources without
// compiling TypeScript at every start.
import { createRequire } from 'node:module';
import { freshBundle } from '../../build/nodeBundles.mjs';

createRequire(import.meta.url)(await freshBundle('cli'));
