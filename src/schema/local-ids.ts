/** Global IDs in mutation inputs, turned into the ids of the nodes they name. */
import { InvalidInputError, NotFoundError } from '../curation/errors.ts';
import type { Label } from '../model/labels.ts';
import { decodeId } from './ids.ts';

/**
 * `input` with each of `fields` (global IDs) replaced by the node id it names; an ID this API
 * did not hand out is refused naming its field. With `label`, the `id` field must name a node
 * of that label (else there is nothing to act on).
 */
export function localIds(
  input: Record<string, unknown>,
  fields: readonly string[],
  label?: Label,
  /** Where the fields are: `input.` for an input object's, '' for arguments. */
  at = 'input.',
): Record<string, unknown> {
  const local: Record<string, unknown> = { ...input };
  for (const field of fields) {
    const value = input[field];
    if (typeof value !== 'string') continue;
    let decoded: ReturnType<typeof decodeId>;
    try {
      decoded = decodeId(value, field);
    } catch {
      throw new InvalidInputError([
        {
          field: `${at}${field}`,
          message: `"${value}" is not an ID of this API (use the id field of an object it returned)`,
        },
      ]);
    }
    if (field === 'id' && label !== undefined && decoded.typename !== label)
      throw new NotFoundError(`${value} is the ID of a ${decoded.typename}, not of a ${label}.`);
    local[field] = decoded.id;
  }
  return local;
}
