import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/importer.ts';
import { type Statement, statements } from '../../src/neo4j/statements.ts';
import { dataDir } from '../../src/paths.ts';
import { copyDataset, editYaml, snapshot } from '../support/dataset.ts';
import { expectedNodes, expectedRelationships } from '../support/dataset-counts.ts';
import { seededGraph } from '../support/seeded.ts';

const { db, query } = seededGraph();

interface Evidenced {
  evidenceSources?: string[];
  evidenceQuotes?: string[];
  evidenceNotes?: string[];
}

describe('importing the NEASPEC dataset', () => {
  it('holds exactly the nodes per label and relationships per type that data/ holds', async () => {
    const { data } = await query(
      '{ stats { nodeCounts { label count } relationshipCounts { type count } } }',
    );
    const stats = data?.stats as {
      nodeCounts: { label: string; count: number }[];
      relationshipCounts: { type: string; count: number }[];
    };
    expect(Object.fromEntries(stats.nodeCounts.map((row) => [row.label, row.count]))).toEqual(
      expectedNodes,
    );
    expect(
      Object.fromEntries(stats.relationshipCounts.map((row) => [row.type, row.count])),
    ).toEqual(expectedRelationships);
  });

  it('keeps every quote verbatim: an exact substring of its source text held in the graph', async () => {
    const nodes = await db.read(statements.read.graphNodes);
    const links = await db.read(statements.read.graphRelationships);
    const texts = new Map(
      nodes.filter((n) => n.label === 'Source').map((n) => [n.id, n.properties.text]),
    );
    let quotes = 0;
    for (const fact of [...nodes, ...links]) {
      const { evidenceSources = [], evidenceQuotes = [] } = fact.properties as Evidenced;
      evidenceQuotes.forEach((quote, index) => {
        if (quote === '') return;
        quotes += 1;
        const text = texts.get(evidenceSources[index] ?? '');
        expect(
          typeof text === 'string' && text.includes(quote),
          `${quote} in ${evidenceSources[index]}`,
        ).toBe(true);
      });
    }
    expect(quotes).toBeGreaterThan(50);
  });

  it('gives every relationship and every node but a source its evidence: a source and one of quote or note', async () => {
    const nodes = await db.read(statements.read.graphNodes);
    const links = await db.read(statements.read.graphRelationships);
    const facts = [...nodes.filter((node) => node.label !== 'Source'), ...links];
    for (const fact of facts) {
      const {
        evidenceSources = [],
        evidenceQuotes = [],
        evidenceNotes = [],
      } = fact.properties as Evidenced;
      expect(evidenceSources.length, JSON.stringify(fact)).toBeGreaterThan(0);
      evidenceSources.forEach((_source, index) => {
        expect(
          (evidenceQuotes[index] === '') !== (evidenceNotes[index] === ''),
          JSON.stringify(fact),
        ).toBe(true);
      });
    }
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await snapshot(db);
    const report = await importDataset(db, dataDir);
    expect(report.unchanged).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });

  describe('after an entry is removed from the files', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await copyDataset();
      await editYaml(dir, 'meetings/som-18.yaml', (file) => {
        file.decisions = file.decisions.filter(
          (d: { key: string }) => d.key !== 'neampan-launched',
        );
      });
      await editYaml(dir, 'networks.yaml', (file) => {
        file.networks[0].members = file.networks[0].members.filter(
          (members: { states: string[] }) => !members.states.includes('KOR'),
        );
      });
    });
    afterAll(async () => {
      await importDataset(db, dataDir);
      await rm(dir, { recursive: true, force: true });
    });

    it('a dry run reports the removals and writes nothing', async () => {
      const before = await snapshot(db);
      const report = await importDataset(db, dir, { dryRun: true });
      expect(report.change.nodes.remove.map((node) => node.id)).toEqual([
        'som-18/neampan-launched',
      ]);
      expect(
        report.change.relationships.remove.map((r) => `${r.from} ${r.type} ${r.to}`).sort(),
      ).toEqual([
        'KOR MEMBER_OF NEAMPAN',
        'som-18/neampan-launched CONCERNS NEAMPAN',
        'som-18/neampan-launched CONCERNS marine-protected-areas',
        'som-18/neampan-launched MADE_AT som-18',
      ]);
      expect(await snapshot(db)).toEqual(before);
    });

    it('an import removes them from the graph, and importing the full files brings them back', async () => {
      const full = await snapshot(db);
      const report = await importDataset(db, dir);
      expect(report.nodes.find((row) => row.name === 'Decision')?.removed).toBe(1);
      const after = await snapshot(db);
      expect(after.nodes.some((n) => n.includes('"som-18/neampan-launched"'))).toBe(false);
      expect(
        after.relationships.some(
          (r) => r.includes('"from":"KOR"') && r.includes('MEMBER_OF') && r.includes('NEAMPAN'),
        ),
      ).toBe(false);
      expect(after.nodes.length).toBe(full.nodes.length - 1);

      await importDataset(db, dataDir);
      expect(await snapshot(db)).toEqual(full);
    });
  });

  it('changes nothing when the write fails half-way: one transaction', async () => {
    const dir = await copyDataset();
    await editYaml(dir, 'species.yaml', (file) => {
      file.species.push({
        slug: 'test-species',
        commonName: 'Test species',
        evidence: file.species[0].evidence,
      });
    });
    const before = await snapshot(db);
    // Fail the transaction after it has deleted relationships, as a lost connection would.
    const failing = Object.create(db) as typeof db;
    failing.read = db.read.bind(db);
    failing.writeTransaction = (work, options) =>
      db.writeTransaction(
        (run) =>
          work(async <P, R>(statement: Statement<P, R>, params?: P) => {
            if ((statement as Statement<unknown, unknown>) === statements.write.createNodes)
              throw new Error('injected failure');
            return run(statement, params as P);
          }),
        options,
      );
    await editYaml(dir, 'networks.yaml', (file) => {
      file.networks[0].members[0].states = ['CHN'];
    });
    await expect(importDataset(failing, dir)).rejects.toThrow('injected failure');
    expect(await snapshot(db)).toEqual(before);
    await rm(dir, { recursive: true, force: true });
  });
});
