// The command line's entry point in its bundle, out/cli/verbatim.cjs (build/nodeBundles.mjs builds
// it; main/cli/verbatim.mjs, the `verbatim` command, runs it).
import { runCli } from './index';

void runCli(process.argv.slice(2)).then((code) => {
  // An output error seen on the way (see processIo) has already set a failing exit code.
  process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
});
