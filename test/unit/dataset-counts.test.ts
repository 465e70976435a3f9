import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/dataset/importer.ts';
import { labels } from '../../src/model/labels.ts';
import { relationshipTypes } from '../../src/model/relationships.ts';
import { dataDir } from '../../src/paths.ts';
import { expectedNodes, expectedRelationships } from '../support/dataset-counts.ts';

const countBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};

describe('the dataset in data/', () => {
  it('compiles to the nodes per label and relationships per type it is known to hold', async () => {
    const facts = await readDataset(dataDir);
    expect(countBy(facts.nodes, (node) => node.label)).toEqual(expectedNodes);
    expect(countBy(facts.relationships, (r) => r.type)).toEqual(expectedRelationships);
  });

  it('keeps on one relationship every role the files give a link: a State that funds a project and is in one of its components', async () => {
    const facts = await readDataset(dataDir);
    const link = facts.relationships.find(
      (r) =>
        r.type === 'PARTICIPATES_IN' &&
        r.from === 'RUS' &&
        r.to === 'amur-tiger-leopard-snow-leopard-conservation',
    );
    expect(link?.properties.role).toBe('funder; a cross-border component');
  });

  it('uses every label and every relationship type of the graph model', () => {
    expect(Object.keys(expectedNodes).sort()).toEqual([...labels].sort());
    expect(Object.keys(expectedRelationships).sort()).toEqual([...relationshipTypes].sort());
  });
});
