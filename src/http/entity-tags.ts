/**
 * Entity tags (RFC 9110 8.8.3) of the service's own static answers, and the If-None-Match check
 * that turns a request for what the client has into a 304.
 */
import { createHash } from 'node:crypto';

/** A strong tag for `content`: it changes whenever one byte does. */
export const strongTag = (content: Uint8Array | string) =>
  `"${createHash('sha256').update(content).digest('base64url').slice(0, 27)}"`;

/**
 * The tag of one encoding of a representation: each content coding of a body is another
 * representation, so a strong tag names the encoding too (`"x"` -> `"x-br"`). A weak tag only
 * promises an equivalent answer, which every encoding of it is.
 */
export const encodedTag = (tag: string, encoding: string | undefined) =>
  encoding === undefined || tag.startsWith('W/') ? tag : `${tag.slice(0, -1)}-${encoding}"`;

/** Whether an If-None-Match header names `tag`: `*`, or a list of tags compared weakly. */
export function noneMatch(header: string | null, tag: string): boolean {
  if (header === null) return false;
  const opaque = (value: string) => value.trim().replace(/^W\//, '');
  return header
    .split(',')
    .some((listed) => listed.trim() === '*' || opaque(listed) === opaque(tag));
}
