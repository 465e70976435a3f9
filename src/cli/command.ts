import { UserError } from '../user-error.ts';

/**
 * Runs a command-line tool's `main`: a failure the user can mend is printed in words alone (and
 * `after`, e.g. that nothing was written), with exit code 1; anything else is a bug, thrown with
 * its stack.
 */
export function runCommand(main: () => Promise<void>, after?: string): void {
  main().catch((error: unknown) => {
    if (!(error instanceof UserError)) throw error;
    console.error(error.message);
    if (after !== undefined) console.error(after);
    process.exitCode = 1;
  });
}
