#!/usr/bin/env node
// The `verbatim` command. The CLI is TypeScript run through tsx, so it always matches the source.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./index.ts');
const code = await runCli(process.argv.slice(2));
// An output error seen on the way (see processIo) has already set a failing exit code.
process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
