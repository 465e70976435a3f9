import { GraphQLError } from 'graphql';

/**
 * A client sent an argument the API cannot use. The message names the argument and says what
 * is wrong; `extensions.code` is BAD_USER_INPUT and `extensions.argument` the argument's name.
 */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}": ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}

/** Checks an optional whole-number argument against its bounds. */
export function checkRange(
  argument: string,
  value: number | null | undefined,
  min: number,
  max: number,
): void {
  if (value !== null && value !== undefined && (value < min || value > max)) {
    throw badInput(argument, `must be from ${min} to ${max}, got ${value}`);
  }
}
