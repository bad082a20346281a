import { ConfigurationError } from '../../services/config/settings';

/** A mistake in the command line: its message is printed with the usage. */
export class UsageError extends Error {}

/** Runs a command-line program: its lines to stdout, its exit code; a usage or settings error is one clear line. */
export function runCli(name: string, usage: string, run: (args: string[], out: (s: string) => void) => Promise<number>): void {
  run(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`)).then(
    (code) => process.exit(code),
    (err) => {
      if (err instanceof UsageError) process.stderr.write(`${err.message}\n${usage}\n`);
      else if (err instanceof ConfigurationError) process.stderr.write(`${err.message}\n`);
      else process.stderr.write(`${name}: ${(err as Error).message}\n`);
      process.exit(2);
    },
  );
}
