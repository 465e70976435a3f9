/**
 * Relay global IDs: base64 of `Label:id`, e.g. `Network:NEAMPAN`. Opaque to clients; decoding
 * refuses anything this API did not hand out, naming the argument it came in.
 */
import { type Label, labels } from '../model/labels.ts';
import { badInput } from './errors.ts';

export const encodeId = (label: string, id: string | number | bigint) =>
  Buffer.from(`${label}:${id}`, 'utf8').toString('base64');

export function decodeId(globalId: string, argument = 'id'): { typename: Label; id: string } {
  const text = Buffer.from(globalId, 'base64').toString('utf8');
  const match = /^([A-Za-z]+):(.+)$/s.exec(text);
  const typename = match?.[1] as Label | undefined;
  if (
    match === null ||
    !labels.includes(typename as Label) ||
    encodeId(match[1] ?? '', match[2] ?? '') !== globalId
  ) {
    const shown = globalId.length > 60 ? `${globalId.slice(0, 60)}…` : globalId;
    throw badInput(
      argument,
      `"${shown}" is not an ID of this API (use the id field of an object it returned)`,
    );
  }
  return { typename: typename as Label, id: match[2] ?? '' };
}

/** Is `value` a global ID this API hands out (rather than a key such as "MNG")? */
export function isGlobalId(value: string): boolean {
  try {
    decodeId(value);
    return true;
  } catch {
    return false;
  }
}
