import { describe, expect, it } from 'vitest';
import { statements } from '../../src/neo4j/statements.ts';
import { seededGraph } from '../support/seeded.ts';

const { db } = seededGraph();

describe('the example queries in cypher/examples answer the questions users ask', () => {
  it('which States join which network: NEAMPAN has four, with their sites; Mongolia is not one', async () => {
    const rows = await db.read(statements.examples.statesByNetwork);
    const neampan = rows.filter((row) => row.network === 'NEAMPAN');
    expect(neampan.map((row) => [row.state, row.sites])).toEqual([
      ['CHN', 6],
      ['JPN', 1],
      ['KOR', 3],
      ['RUS', 2],
    ]);
    expect(neampan[0]?.evidence).toContain('the page counts six from China');
  });

  it('which States take part in which programme, and through what', async () => {
    const rows = await db.read(statements.examples.statesByProgramme);
    const marine = rows.find((row) => row.programme === 'Marine protected areas');
    expect(marine?.states.map((s) => s.state)).toEqual(['CHN', 'JPN', 'KOR', 'RUS']);
    expect(marine?.states[0]?.through).toContain('North-East Asian Marine Protected Areas Network');
  });

  it('what SOM-18 decided and on whose proposal', async () => {
    const rows = await db.read(statements.examples.meetingDecisions, { number: 18 });
    expect(rows.map((row) => row.kind).sort()).toEqual([
      'DECIDED',
      'ENDORSED',
      'LAUNCHED',
      'REAFFIRMED',
    ]);
    const endorsed = rows.find((row) => row.kind === 'ENDORSED');
    expect(endorsed?.proposedBy).toBe('Russian Federation');
    expect(endorsed?.subjects).toEqual(['transboundary-air-pollution-framework']);
    expect(rows.find((row) => row.kind === 'LAUNCHED')?.subjects).toContain('NEAMPAN');
  });

  it('how Mongolia connects to NEAMPAN, each step with evidence', async () => {
    const [row] = await db.read(statements.examples.howEntitiesConnect, {
      from: 'MNG',
      to: 'NEAMPAN',
    });
    expect(row?.entities[0]).toBe('MNG');
    expect(row?.entities.at(-1)).toBe('NEAMPAN');
    expect(row?.steps.length).toBe((row?.entities.length ?? 0) - 1);
    for (const step of row?.steps ?? []) expect(step.evidence).toMatch(/\w/);
  });

  it('every fact a source supports', async () => {
    const rows = await db.read(statements.examples.factsFromSource, {
      source: 'som-18-page',
    });
    const facts = rows.map((row) => row.fact);
    expect(facts).toContain('(ulaanbaatar)-[LOCATED_IN]->(MNG)');
    expect(facts).toContain('Decision som-18/neampan-launched');
  });
});
