import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import graphmlReader from 'graphology-graphml';
import jsonld from 'jsonld';
import { type Quad, Parser as TurtleParser } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeRelease } from '../../src/export/release.ts';
import { labels } from '../../src/model/labels.ts';
import { relationshipTypes } from '../../src/model/relationships.ts';
import { testSecret, token } from '../support/auth.ts';
import { securityWith, testApp } from '../support/database.ts';
import { seededGraph } from '../support/seeded.ts';

const { app, db, query } = seededGraph();

const rdfType = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const rdfPredicate = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate';
const vocab = 'http://localhost/vocab#';

interface Stats {
  nodeCounts: { label: string; count: number }[];
  relationshipCounts: { type: string; count: number }[];
}
let stats: { nodes: Record<string, number>; relationships: Record<string, number> };

beforeAll(async () => {
  const { data } = await query(
    '{ stats { nodeCounts { label count } relationshipCounts { type count } } }',
  );
  const { nodeCounts, relationshipCounts } = (data as { stats: Stats }).stats;
  stats = {
    nodes: Object.fromEntries(nodeCounts.map(({ label, count }) => [label, count])),
    relationships: Object.fromEntries(relationshipCounts.map(({ type, count }) => [type, count])),
  };
});

/** Downloads an export gzipped, as a browser or curl would, and checks its headers. */
async function download(path: string): Promise<string> {
  const response = await app.fetch(`http://localhost/export/${path}`, {
    headers: { 'accept-encoding': 'gzip' },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-encoding')).toBe('gzip');
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="neaspec-/);
  expect(response.headers.get('etag')).toMatch(/^W\/"graph-\d+"$/);
  return gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8');
}

const csvRows = (text: string) => parseCsv(text, { columns: true }) as Record<string, string>[];

/** How many quads have each object of `predicate`, e.g. how many subjects of each rdf:type. */
function countObjects(
  quads: readonly { predicate: { value: string }; object: { value: string } }[],
  predicate: string,
) {
  const counts: Record<string, number> = {};
  for (const quad of quads) {
    if (quad.predicate.value !== predicate) continue;
    const key = quad.object.value.replace(vocab, '');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** Nodes per label and statements per relationship type in a set of quads, as stats counts. */
function rdfCounts(quads: readonly { predicate: { value: string }; object: { value: string } }[]) {
  const types = countObjects(quads, rdfType);
  const predicates = countObjects(quads, rdfPredicate);
  return {
    nodes: Object.fromEntries(labels.map((label) => [label, types[label] ?? 0])),
    relationships: Object.fromEntries(
      relationshipTypes.map((type) => [type, predicates[type] ?? 0]),
    ),
  };
}

type Term = { termType: string; value: string };
/** The distinct triples without blank nodes (whose names differ between readers), sorted. */
const namedTriples = (quads: readonly { subject: Term; predicate: Term; object: Term }[]) =>
  [
    ...new Set(
      quads
        .filter(
          (quad) => quad.subject.termType !== 'BlankNode' && quad.object.termType !== 'BlankNode',
        )
        .map((quad) => `${quad.subject.value} ${quad.predicate.value} ${quad.object.value}`),
    ),
  ].sort();

describe('exports, each loaded by a real reader', () => {
  it('lists every export at /export', async () => {
    const response = await app.fetch('http://localhost/export');
    const index = (await response.json()) as { files: { path: string; url: string }[] };
    const paths = index.files.map((file) => file.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        ...labels.map((label) => `csv/${label}.csv`),
        ...relationshipTypes.map((type) => `csv/${type}.csv`),
        'csv/participation.csv',
        'graph.graphml',
        'graph.jsonld',
        'graph.ttl',
      ]),
    );
    expect(index.files[0]?.url).toBe(`http://localhost/export/${paths[0]}`);
  });

  it('has a CSV per label with a row per node, as many as stats counts', async () => {
    for (const label of labels) {
      const rows = csvRows(await download(`csv/${label}.csv`));
      expect({ label, rows: rows.length }).toEqual({ label, rows: stats.nodes[label] });
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    }
    const decisions = csvRows(await download('csv/Decision.csv'));
    expect(decisions.every((row) => row.evidence_source !== '')).toBe(true);
    expect(decisions.some((row) => row.evidence_url?.startsWith('http'))).toBe(true);
  });

  it('has a CSV per relationship type with a row per relationship and its evidence', async () => {
    for (const type of relationshipTypes) {
      const rows = csvRows(await download(`csv/${type}.csv`));
      expect({ type, rows: rows.length }).toEqual({ type, rows: stats.relationships[type] });
      for (const row of rows) {
        expect(row.evidence_source).not.toBe('');
        const items = (row.evidence_source as string).split('\n').length;
        const said = [row.evidence_quote, row.evidence_note].map((cell) =>
          (cell as string).split('\n'),
        );
        // Each item has a quote or a note.
        for (let i = 0; i < items; i += 1) expect(`${said[0]?.[i]}${said[1]?.[i]}`).not.toBe('');
      }
    }
    const quoted = csvRows(await download('csv/MADE_AT.csv')).find(
      (row) => row.evidence_quote !== '',
    );
    expect(quoted?.evidence_url).toMatch(/^https?:\/\//);
  });

  it('has the participation matrix as a table, a row for each participation the API lists', async () => {
    const rows = csvRows(await download('csv/participation.csv'));
    const { data } = await query(
      '{ participation { state { iso3 } kind target { ... on Node { id } } } }',
    );
    const participation = (data as { participation: unknown[] }).participation;
    expect(rows.length).toBe(participation.length);
    expect(rows.every((row) => row.evidence_source !== '')).toBe(true);
    expect(new Set(rows.map((row) => row.kind))).toEqual(
      new Set(['MEMBER_OF', 'PARTICIPATES_IN', 'VIA_MEMBER_OF', 'VIA_PARTICIPATES_IN']),
    );
  });

  it('has GraphML that graphology reads, with every node and relationship', async () => {
    const graph = graphmlReader.parse(MultiDirectedGraph, await download('graph.graphml'));
    const nodes: Record<string, number> = {};
    graph.forEachNode((_id, attributes) => {
      nodes[attributes.label] = (nodes[attributes.label] ?? 0) + 1;
    });
    const relationships: Record<string, number> = {};
    graph.forEachEdge((_id, attributes) => {
      relationships[attributes.type] = (relationships[attributes.type] ?? 0) + 1;
    });
    expect({ nodes, relationships }).toEqual({
      nodes: Object.fromEntries(Object.entries(stats.nodes).filter(([, n]) => n > 0)),
      relationships: Object.fromEntries(
        Object.entries(stats.relationships).filter(([, n]) => n > 0),
      ),
    });
    expect(graph.getNodeAttribute('MNG', 'name')).toBe('Mongolia');
  });

  it('has JSON-LD and Turtle that jsonld.js and N3 read, to the same triples, counts as stats', async () => {
    const fromJsonLd = (await jsonld.toRDF(JSON.parse(await download('graph.jsonld')))) as Quad[];
    const fromTurtle = new TurtleParser().parse(await download('graph.ttl'));
    expect(rdfCounts(fromJsonLd)).toEqual(stats);
    expect(rdfCounts(fromTurtle)).toEqual(stats);
    expect(namedTriples(fromTurtle)).toEqual(namedTriples(fromJsonLd));
    // The evidence of a fact is its derivation from a source, in PROV-O.
    const derived = fromTurtle.filter(
      (quad) => quad.predicate.value === 'http://www.w3.org/ns/prov#wasDerivedFrom',
    );
    expect(derived.length).toBeGreaterThan(stats.relationships.MADE_AT as number);
    expect(derived.every((quad) => quad.object.value.startsWith('http://localhost/id/'))).toBe(
      true,
    );
  });

  it('answers 304 to a client that has the export of the current revision', async () => {
    const first = await app.fetch('http://localhost/export/csv/Network.csv');
    await first.arrayBuffer();
    const again = await app.fetch('http://localhost/export/csv/Network.csv', {
      headers: { 'if-none-match': first.headers.get('etag') as string },
    });
    expect(again.status).toBe(304);
    expect(await app.fetch('http://localhost/export/nothing.csv')).toHaveProperty('status', 404);
  });

  it('needs a token where reads need one', async () => {
    const closed = testApp(
      db,
      () => true,
      securityWith({ AUTH_JWT_SECRET: testSecret, AUTH_READS: 'token' }),
    );
    const anonymous = await closed.fetch('http://localhost/export/csv/Network.csv');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toMatch(/needs a token for reads, exports too/);
    const allowed = await closed.fetch('http://localhost/export/csv/Network.csv', {
      headers: { authorization: `Bearer ${await token(['reader'])}` },
    });
    expect(allowed.status).toBe(200);
    expect(csvRows(await allowed.text()).length).toBe(stats.nodes.Network);
  });

  it('writes a release: the files and a manifest with counts as stats and each SHA-256', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'neaspec-release-'));
    try {
      const manifest = await writeRelease(db, dir, 'http://localhost');
      expect(manifest.counts).toEqual(
        expect.objectContaining({ ...stats.nodes, ...stats.relationships }),
      );
      for (const file of manifest.files) {
        const bytes = await readFile(join(dir, file.path));
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
        expect(bytes.length).toBe(file.bytes);
      }
      const onDisk = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
      expect(onDisk.graphRevision).toBe(manifest.graphRevision);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
