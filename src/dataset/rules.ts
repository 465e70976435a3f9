/**
 * The rules a fact obeys wherever it comes from: a dataset file or a curation mutation. Each
 * returns what is wrong, in words a curator can act on, or undefined.
 */
import type { Label } from '../model/labels.ts';

const words = (label: Label) => label.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
const article = (label: Label) => (/^[AEIOU]/.test(label) ? 'an' : 'a');

/** An end date is never before its start, and never without one. */
export function datesProblem(
  start: string | undefined,
  end: string | undefined,
): string | undefined {
  if (end === undefined) return undefined;
  if (start === undefined) return 'an end date needs a startDate';
  return end < start ? `${end} is before startDate ${start}` : undefined;
}

/** Something happens in a place or online, not both. */
export function placementProblem(
  place: string | undefined,
  online: boolean,
  field: string,
): string | undefined {
  return place !== undefined && online
    ? `give either ${field} or online: true, not both`
    : undefined;
}

/** A reference must name an entry of the expected kind (`found` is the kind it names, if any). */
export function referenceProblem(
  expected: readonly Label[],
  id: string,
  found: Label | undefined,
): string | undefined {
  const wanted = expected.map(words).join(' or ');
  if (found === undefined) return `unknown ${wanted} "${id}"`;
  if (expected.includes(found)) return undefined;
  return `"${id}" is ${article(found)} ${words(found)}, not ${article(expected[0] as Label)} ${wanted}`;
}
