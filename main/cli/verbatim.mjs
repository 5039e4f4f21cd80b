#!/usr/bin/env node
// The `verbatim` command. The CLI is TypeScript run through tsx, so it always matches the source.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./index.ts');
process.exitCode = await runCli(process.argv.slice(2));
