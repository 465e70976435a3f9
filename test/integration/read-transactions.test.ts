import { describe, expect, it } from 'vitest';
import { examples } from '../../src/graphiql-examples.ts';
import { cypher } from '../../src/neo4j/cypher.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { type Statement, statements } from '../../src/neo4j/statements.ts';
import { encodeId } from '../../src/schema/ids.ts';
import { graphql, testApp } from '../support/database.ts';
import { seededGraph } from '../support/seeded.ts';

const { db } = seededGraph();

/** A value for every parameter the read queries take. */
const sampleParams: Record<string, unknown> = {
  after: null,
  afterAt: null,
  afterId: null,
  at: '2000-01-01T00:00:00Z',
  by: null,
  change: 'no-such-change',
  changes: [],
  id: 'som-18',
  identifiedBy: { HELD_ROLE: ['role', 'date'] },
  identifying: [],
  identity: null,
  ids: [],
  limit: 5,
  of: null,
  since: null,
  from: 'MNG',
  label: 'Network',
  number: 18,
  source: 'som-18-page',
  to: 'NEAMPAN',
  type: 'MEMBER_OF',
};

/** A view of `db` that records every query it is asked to run, and how. */
function recording(database: Database) {
  const calls: string[] = [];
  const view = new Proxy(database, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(
          property === 'read'
            ? `read ${(args[0] as Statement<unknown, unknown>).file}`
            : String(property),
        );
        return value.apply(target, args);
      };
    },
  });
  return { view, calls };
}

describe('read transactions', () => {
  it('are enforced: Neo4j refuses a write sent through the read path', async () => {
    const node = {
      label: 'Species' as const,
      id: 'read-mode-probe',
      properties: { id: 'read-mode-probe' },
    };
    await expect(db.read(statements.write.createNodes, { nodes: [node] })).rejects.toThrow(
      /read access mode|not allowed/i,
    );
    await expect(db.query('CREATE (n:Species {id: $id}) RETURN n', { id: 'x' })).rejects.toThrow(
      /read access mode|not allowed/i,
    );
    const nodes = await db.read(statements.read.graphNodes);
    expect(nodes.filter((n) => n.id === 'read-mode-probe' || n.id === 'x')).toEqual([]);
  });

  it('serve every query in cypher/read and cypher/examples', async () => {
    const handles = [...Object.values(statements.read), ...Object.values(statements.examples)];
    expect(handles.length).toBeGreaterThan(10);
    for (const handle of handles as Statement<Record<string, unknown>, unknown>[]) {
      const used = new Set(
        [...cypher(handle.file).matchAll(/\$([a-zA-Z]+)/g)].map((match) => match[1] as string),
      );
      const params = Object.fromEntries([...used].map((key) => [key, sampleParams[key]]));
      await expect(db.read(handle, params), handle.file).resolves.toBeInstanceOf(Array);
    }
  });

  it('are all the GraphQL queries use, from every root field', async () => {
    const { view, calls } = recording(db);
    const app = testApp(view);
    const neampan = encodeId('Network', 'NEAMPAN');
    const everyRootField = `{
      node(id: "${neampan}") { id } nodes(ids: ["${neampan}"]) { id }
      memberStates { id } memberState(iso3: "KOR") { programmes { id } relationships { type } }
      programmes { id decisions { id } memberStates { id } } programme(slug: "air-pollution") { id }
      networks { id launchedAt { id } } network(acronym: "NEAMPAN") { id }
      projects { id } project(slug: "amur-tiger-leopard-dna-analysis") { id }
      species { id } places { id } organisations { id } events { id } sources { id text }
      meeting(number: 18) { agenda { id } } meetings(first: 2) { totalCount edges { node { id } } }
      decisions(first: 2, programme: "air-pollution") { totalCount edges { node { id } } }
      search(text: "leopard") { score } participation { kind }
      path(from: "${encodeId('MemberState', 'MNG')}", to: "${neampan}") { length }
      neighbourhood(id: "${neampan}", depth: 2) { truncated }
      stats { nodeCounts { count } relationshipCounts { count } decisionsByYear { count }
        decisionsByKind { count } decisionsByProgramme { count } meetingsByHost { count } }
    }`;
    for (const query of [everyRootField, ...examples.map((example) => example.query)]) {
      const result = await graphql(app, query);
      expect(result.errors).toBeUndefined();
    }
    expect(calls.length).toBeGreaterThan(20);
    // Every statement the planner builds runs through the read path, as do the revision reads
    // of the response cache and the graph's statistics the cost estimate reads.
    const reads = [
      'query',
      'read read/graph-revision',
      'read read/label-sizes',
      'read read/relationship-degrees',
      'onCommit',
    ];
    expect(calls.filter((call) => !reads.includes(call))).toEqual([]);
  });
});
