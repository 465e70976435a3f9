import Cypher from '@neo4j/cypher-builder';
import { describe, expect, it } from 'vitest';
import { checkCost, costOf } from '../../src/graph/cost.ts';
import { rootPlan, type Statement } from '../../src/graph/plan.ts';
import { encodeId } from '../../src/schema/ids.ts';
import { roots } from '../support/roots.ts';

const limits = { complexity: 50_000, depth: 15, breadth: 500 };

/** The Cypher of a query's only root field. */
function cypherOf(query: string, variables?: Record<string, unknown>) {
  const [root] = roots(query, variables);
  if (root === undefined) throw new Error('no root field');
  const plan = rootPlan(root.field)?.plan(root);
  if (plan === undefined || !('clause' in plan)) throw new Error('not a statement');
  return (plan as Statement).clause.build();
}

/** The Cypher of a lookup root field, for one key. */
function lookupCypher(query: string) {
  const [root] = roots(query);
  const plan = root && rootPlan(root.field)?.plan(root);
  if (plan === undefined || !('key' in plan)) throw new Error('not a lookup');
  return { key: plan.key, ...plan.clause(new Cypher.NamedParam('keys', [])).build() };
}

describe('the planner', () => {
  it('turns a whole nested selection into one statement that reads only what is selected', () => {
    const { cypher } = cypherOf(`{ meetings(first: 20) { edges { node { number title
      decisions { kind summary subjects { __typename
        ... on Network { acronym memberStates { iso3 name } }
        ... on Programme { slug name } } } } } } }`);
    // Every level is a pattern comprehension within the one statement.
    expect(cypher).toMatch(/\[\(this\d+\)<-\[:MADE_AT\]-\(this\d+\) \|/);
    expect(cypher).toContain(':MADE_AT');
    expect(cypher).toContain(':CONCERNS');
    expect(cypher).toContain(':MEMBER_OF');
    // Only what was asked: no evidence, no summaries of networks, no source texts.
    expect(cypher).not.toContain('evidenceSources');
    expect(cypher).not.toContain('.text');
    // Pages read in the order of the number index and stop at the page size.
    expect(cypher).toMatch(/ORDER BY this\d+\.number ASC\s+LIMIT \$param\d+/);
  });

  it('reads no evidence, rather than failing, of what a write deleted after it was matched', () => {
    // Neo4j reads the properties of a node or relationship deleted by a write committed meanwhile
    // as null: its evidence lists are sized as empty lists, never as null.
    for (const query of [
      '{ participation { kind evidence { note } } }',
      '{ networks { evidence { note } } }',
    ]) {
      const { cypher } = cypherOf(query);
      const sized = cypher.match(/size\([^)]*evidenceSources[^)]*\)?/g) ?? [];
      expect(sized.length).toBeGreaterThan(0);
      for (const size of sized)
        expect(size).toMatch(/^size\(coalesce\(this\d+\.evidenceSources, \[\]\)/);
    }
  });

  it('reads a list in any order and sorts it once read, by a selected field or a key of its own', () => {
    const named = cypherOf('{ memberStates { networks { acronym name } } }').cypher;
    expect(named).not.toContain('#o0');
    const unnamed = cypherOf('{ memberStates { networks { acronym } } }').cypher;
    expect(unnamed).toMatch(/`#o0`: this\d+\.name/);
    const decisions = cypherOf('{ networks { decisions { kind } } }').cypher;
    expect(decisions).toMatch(
      /`#o0`: head\(\[\(this\d+\)-\[:MADE_AT\]->\(this\d+\) \| this\d+\.number\]\)/,
    );
  });

  it('projects each alias of a field with its own arguments', () => {
    const { cypher, params } = cypherOf(`{ networks {
      a: relationships(types: [MEMBER_OF]) { type } b: relationships(direction: OUT) { type } } }`);
    expect(cypher).toContain('a: COLLECT');
    expect(cypher).toContain('b: COLLECT');
    expect(Object.values(params)).toContainEqual(['MEMBER_OF']);
  });

  it('answers interfaces and unions by the label of each node', () => {
    const { cypher } = cypherOf(
      '{ search(text: "marine") { score node { __typename ... on Network { acronym } ... on Entity { name } } } }',
    );
    expect(cypher).toContain("CALL db.index.fulltext.queryNodes('entity_text'");
    // The node's label, read once, chooses what to project of it.
    expect(cypher).toMatch(/\[var\d+ IN \[head\(\[var\d+ IN labels\(this\d+\)/);
    // One map for the types whose projections are the same: a network adds its acronym, a
    // decision's name is its summary, the rest share one.
    expect(cypher).toMatch(
      /WHEN var\d+ IN \['Network'\] THEN this\d+ \{ \.acronym, \.name, `#type`: var\d+ \}/,
    );
    expect(cypher).toMatch(
      /WHEN var\d+ IN \['Decision'\] THEN this\d+ \{ `#type`: var\d+, name: this\d+\.summary \}/,
    );
    expect(cypher).toMatch(/ELSE this\d+ \{ \.name, `#type`: var\d+ \}/);
  });

  it('counts without reading a page, from the count store when nothing is filtered', () => {
    const { cypher } = cypherOf('{ decisions { totalCount } }');
    expect(cypher.trim()).toMatch(/^RETURN COUNT \{\s*\(this\d+:Decision\)\s*\} AS total$/);
    const filtered = cypherOf('{ decisions(kind: LAUNCHED) { totalCount } }').cypher;
    expect(filtered).toContain('COUNT {');
    expect(filtered).not.toContain('collect(');
  });

  it('adds a filter only when it is given, never as "$x IS NULL OR"', () => {
    const { cypher } = cypherOf(
      '{ decisions(first: 5, network: "NEAMPAN") { edges { node { kind } } } }',
    );
    expect(cypher).toContain('acronym: $param');
    expect(cypher).not.toMatch(/IS NULL OR/);
    expect(cypherOf('{ decisions(first: 5) { edges { node { kind } } } }').cypher).not.toContain(
      'acronym',
    );
  });

  it("projects a page's decisions' meeting from the meeting the page is ordered by", () => {
    for (const filter of ['', ', network: "NEAMPAN"']) {
      const { cypher } = cypherOf(
        `{ decisions(first: 20${filter}) { edges { node { kind meeting { number } } } } }`,
      );
      // MADE_AT is matched once, to order the page; the meeting is not matched again.
      expect(cypher.match(/:MADE_AT/g), cypher).toHaveLength(1);
      // MADE_AT joins only decisions to meetings: neither label is read again.
      expect(cypher).not.toMatch(/\(this\d+:Decision\)-\[:MADE_AT\]/);
      expect(cypher).not.toMatch(/\[:MADE_AT\]->\(this\d+:Meeting\)/);
    }
  });

  it('writes the length bound of a path into its pattern', () => {
    const one = cypherOf('{ path(from: "MNG", to: "NEAMPAN", maxHops: 1) { length } }').cypher;
    const eight = cypherOf('{ path(from: "MNG", to: "NEAMPAN", maxHops: 8) { length } }').cypher;
    expect(one).toMatch(/SHORTEST 1 \(this\d+\)-\[this\d+\*1\.\.1\]-\(this\d+\)/);
    expect(eight).toMatch(/\*1\.\.8\]/);
    const typed = cypherOf(
      '{ path(from: "MNG", to: "NEAMPAN", types: [MEMBER_OF, PART_OF]) { length } }',
    ).cypher;
    expect(typed).toMatch(/\[this\d+:(\(MEMBER_OF\|PART_OF\)|MEMBER_OF\|PART_OF)\*1\.\.6\]/);
  });

  it('batches lookups by key: the key is the statement’s list parameter', () => {
    const mongolia = lookupCypher('{ memberState(iso3: "mng") { name } }');
    const korea = lookupCypher('{ memberState(iso3: "KOR") { name } }');
    expect(mongolia.key).toBe('MNG');
    expect(mongolia.cypher).toBe(korea.cypher);
    expect(mongolia.cypher).toContain('UNWIND $keys');
  });

  it('never splices a value a client sends into the statement text', () => {
    const evil = `x") MATCH (n) DETACH DELETE n //`;
    const { cypher, params } = cypherOf(`query ($t: String!) { search(text: $t) { score } }`, {
      t: evil,
    });
    expect(cypher).not.toContain('DETACH');
    expect(JSON.stringify(params).toLowerCase()).toContain('detach');
    const path = cypherOf('query ($k: ID!) { path(from: $k, to: "MNG") { length } }', { k: evil });
    expect(path.cypher).not.toContain('DETACH');
  });
});

describe('the cost of a query, from its plan', () => {
  const cost = (query: string, variables?: Record<string, unknown>) =>
    costOf(roots(query, variables));

  it('counts a list argument by its length', () => {
    const ids = Array.from({ length: 2700 }, () => encodeId('Network', 'NEAMPAN'));
    const heavy = roots(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Entity { relationships { evidence { source { text } } } } } }',
      { ids },
    );
    const refusal = checkCost(heavy, limits);
    expect(refusal?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', field: 'nodes' });
    expect(cost('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids.slice(0, 2) })).toBe(
      cost('{ node(id: "x") { id } }') * 2 - 1,
    );
  });

  it('counts a page by its size and a relationship by its fan-out bound', () => {
    expect(cost('{ meetings(first: 40) { edges { node { number } } } }')).toBeGreaterThan(
      cost('{ meetings(first: 4) { edges { node { number } } } }'),
    );
    expect(cost('{ network(acronym: "NEAMPAN") { memberStates { iso3 } } }')).toBe(1 + (1 + 6 * 1));
  });

  it('does not make a short path cheaper or dearer than a long one', () => {
    expect(cost('{ path(from: "A", to: "B", maxHops: 1) { length } }')).toBe(
      cost('{ path(from: "A", to: "B", maxHops: 8) { length } }'),
    );
  });

  it('refuses depth and breadth beyond the limits', () => {
    const deep = `{ memberStates { ${'networks { memberStates { '.repeat(8)}iso3${' } }'.repeat(8)} } }`;
    expect(checkCost(roots(deep), limits)?.extensions).toMatchObject({ limit: 'depth' });
    const wide = `{ ${Array.from({ length: 60 }, (_, i) => `m${i}: memberStates { iso3 name networks { acronym name summary } projects { slug name summary } }`).join(' ')} }`;
    expect(checkCost(roots(wide), limits)?.extensions).toMatchObject({ limit: 'breadth' });
  });
});
