/**
 * The parsed documents (and the errors of those that do not parse) yoga keeps by their text,
 * so that a query sent again is neither parsed nor validated again (validation results are
 * kept with each document), bounded in bytes.
 */
import type { DocumentNode } from 'graphql';
import { BoundedCache, stringBytes } from '../bounded-cache.ts';

/**
 * Bytes a parsed document holds for each character of its text (its syntax tree, each node with
 * its location, and its validation result): measured on the heap with 1,000 to 2,000 distinct
 * documents, 80 to 95 bytes a character; rounded up.
 */
const bytesPerCharacter = 100;
const bytesPerDocument = 1_024;

const documentBytes = (document: DocumentNode) =>
  bytesPerDocument + bytesPerCharacter * (document.loc?.source.body.length ?? 0);

const errorBytes = (error: unknown) =>
  error instanceof Error ? stringBytes(error.message) + stringBytes(error.stack ?? '') + 512 : 512;

/** Documents get seven eighths of `bytes`, errors the rest. */
export const parserCaches = (bytes: number) => ({
  documentCache: new BoundedCache<DocumentNode>((bytes * 7) / 8, documentBytes),
  errorCache: new BoundedCache<unknown>(bytes / 8, errorBytes),
});
