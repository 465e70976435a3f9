/**
 * Connection cursors: opaque to clients, and checked on the way back in, so a cursor from another
 * connection, an edited one or garbage is refused with the argument named.
 */
import { z } from 'zod';
import { badInput } from './errors.ts';

export const encodeCursor = (connection: string, key: unknown) =>
  Buffer.from(JSON.stringify([connection, key]), 'utf8').toString('base64url');

/** The key in `cursor` (argument `argument`) of `connection`, checked against `shape`. */
export function decodeCursor<T>(
  cursor: string | undefined,
  connection: string,
  shape: z.ZodType<T>,
  argument: string,
): T | undefined {
  if (cursor === undefined) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const parsed = z.tuple([z.literal(connection), shape]).safeParse(decoded);
  if (!parsed.success) {
    throw badInput(
      argument,
      `not a cursor of the ${connection} connection (use a cursor it returned)`,
    );
  }
  return parsed.data[1];
}
