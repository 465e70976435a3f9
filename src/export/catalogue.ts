/**
 * Every export file, by its path under /export/ (and under the folder `npm run export` writes):
 * what it holds, its media type, and how it is written from a read snapshot of the graph.
 */
import { labels } from '../model/labels.ts';
import { relationshipTypes } from '../model/relationships.ts';
import type { ReadSnapshot } from '../neo4j/database.ts';
import { labelCsv, participationCsv, relationshipCsv } from './csv.ts';
import { graphml } from './graphml.ts';
import { resources } from './linked-data.ts';
import {
  jsonLdClosing,
  jsonLdOpening,
  jsonLdResource,
  turtlePrefixes,
  turtleResource,
} from './rdf-writers.ts';

export interface ExportFile {
  path: string;
  description: string;
  contentType: string;
  /** The file's text in pieces; `base` is where the linked data's IRIs live. */
  write: (snapshot: ReadSnapshot, base: string) => AsyncGenerator<string>;
}

const csv = 'text/csv; charset=utf-8; header=present';

async function* jsonLd(snapshot: ReadSnapshot, base: string): AsyncGenerator<string> {
  yield jsonLdOpening();
  let first = true;
  for await (const resource of resources(snapshot, base)) {
    yield jsonLdResource(resource, first);
    first = false;
  }
  yield jsonLdClosing();
}

async function* turtle(snapshot: ReadSnapshot, base: string): AsyncGenerator<string> {
  yield turtlePrefixes();
  for await (const resource of resources(snapshot, base)) yield turtleResource(resource);
}

export const exportFiles: readonly ExportFile[] = [
  ...labels.map((label) => ({
    path: `csv/${label}.csv`,
    description: `Every ${label} node: its properties, then its evidence.`,
    contentType: csv,
    write: (snapshot: ReadSnapshot) => labelCsv(snapshot, label),
  })),
  ...relationshipTypes.map((type) => ({
    path: `csv/${type}.csv`,
    description: `Every ${type} relationship: the keys of its ends, its properties, its evidence.`,
    contentType: csv,
    write: (snapshot: ReadSnapshot) => relationshipCsv(snapshot, type),
  })),
  {
    path: 'csv/participation.csv',
    description:
      'Which member State takes part in which network, project or programme area (the participation matrix as a table), with the evidence of each link.',
    contentType: csv,
    write: participationCsv,
  },
  {
    path: 'graph.graphml',
    description: 'The whole graph as GraphML, for Gephi, Cytoscape desktop, yEd or NetworkX.',
    contentType: 'application/graphml+xml; charset=utf-8',
    write: graphml,
  },
  {
    path: 'graph.jsonld',
    description:
      'The whole graph as JSON-LD: schema.org terms where they fit, PROV-O for the evidence of every fact.',
    contentType: 'application/ld+json',
    write: jsonLd,
  },
  {
    path: 'graph.ttl',
    description: 'The same linked data as graph.jsonld, in Turtle.',
    contentType: 'text/turtle; charset=utf-8',
    write: turtle,
  },
];

export const exportFile = (path: string) => exportFiles.find((file) => file.path === path);

/** Pieces of text joined into chunks of about `bytes`, so a stream is not a row per write. */
export async function* chunked(
  pieces: AsyncIterable<string>,
  bytes = 64 * 1024,
): AsyncGenerator<string> {
  let held = '';
  for await (const piece of pieces) {
    held += piece;
    if (held.length >= bytes) {
      yield held;
      held = '';
    }
  }
  if (held !== '') yield held;
}
