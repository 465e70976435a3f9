/**
 * A failure the user can mend (a setting, a file, a server to start), told in words: the service
 * and the command-line tools print its message alone, without a stack trace, and exit with 1.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** The first `max` lines of a refusal's list, and how many more there are. */
export function firstLines(lines: readonly string[], max = 50): string[] {
  const more = lines.length - max;
  return [...lines.slice(0, max), ...(more > 0 ? [`… and ${more} more`] : [])];
}
