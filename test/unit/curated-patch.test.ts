import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compileDataset } from '../../src/dataset/compile/index.ts';
import { curatedFile } from '../../src/dataset/curated-format.ts';
import { checkFile, loadDataset } from '../../src/dataset/load.ts';
import type { Problem } from '../../src/dataset/problems.ts';
import { dataDir } from '../../src/paths.ts';

const files = await loadDataset(dataDir, []);
if (files === undefined) throw new Error('the dataset in data/ does not load');
const { facts } = compileDataset(files);

/** The dataset with `patch` as its curated.yaml: the facts, or the problems found. */
function withPatch(patch: unknown) {
  const problems: Problem[] = [];
  const content = checkFile('curated.yaml', stringify(patch), curatedFile, problems);
  if (content === undefined) return { problems };
  return compileDataset({
    ...(files as NonNullable<typeof files>),
    curated: { file: 'curated.yaml', content },
  });
}

const text = 'The Secretariat reported that the new centre opened in Incheon.\n';
const note = [{ source: 'neaspec-som-outcomes', note: 'Made up for the test.' }];

describe('a curated patch over the files', () => {
  it('adds a source with its text, quotes it, and replaces and removes facts of the files', () => {
    const result = withPatch({
      nodes: [
        {
          label: 'Source',
          id: 'curated-source',
          properties: { title: 'A page an editor added', kind: 'web-page', announces: false, text },
        },
        {
          label: 'Organisation',
          id: 'curated-centre',
          properties: { name: 'A curated centre', established: '2024-05' },
          evidence: [{ source: 'curated-source', quote: 'the new centre opened in Incheon' }],
          curatedBy: 'alice',
          curatedAt: '2026-12-07T05:00:00.000Z',
        },
      ],
      relationships: [{ type: 'BASED_IN', from: 'curated-centre', to: 'KOR', evidence: note }],
      removals: {
        nodes: [{ label: 'Decision', id: 'som-18/neampan-launched' }],
        relationships: [{ type: 'MEMBER_OF', from: 'CHN', to: 'NEAMPAN' }],
      },
    });
    expect(result.problems).toEqual([]);
    const after = 'facts' in result ? result.facts : { nodes: [], relationships: [] };
    const source = after.nodes.find((n) => n.id === 'curated-source');
    // Kept exactly: the text's closing newline is not trimmed.
    expect(source?.properties.text).toBe(text);
    expect(after.nodes.find((n) => n.id === 'curated-centre')?.properties).toMatchObject({
      origin: 'curation',
      curatedBy: 'alice',
      established: '2024-05',
      evidenceQuotes: ['the new centre opened in Incheon'],
    });
    expect(after.nodes.some((n) => n.id === 'som-18/neampan-launched')).toBe(false);
    // The removed decision's relationships go with it.
    expect(after.relationships.some((r) => r.from === 'som-18/neampan-launched')).toBe(false);
    expect(
      after.relationships.some(
        (r) => r.type === 'MEMBER_OF' && r.from === 'CHN' && r.to === 'NEAMPAN',
      ),
    ).toBe(false);
    expect(after.nodes.length).toBe(facts.nodes.length + 2 - 1);
  });

  it('refuses what the model or the rules do not allow, naming the path of each', () => {
    const { problems } = withPatch({
      nodes: [
        {
          label: 'Meeting',
          id: 'som-18',
          properties: {
            title: 'x',
            number: 18,
            online: false,
            startDate: '2013-11-06',
            endDate: '2013-11-05',
          },
        },
        { label: 'Event', id: 'som-18', properties: { name: 'x', kind: 'x', online: false } },
        { label: 'Network', id: 'som-17', properties: { name: 'x' } },
      ],
      relationships: [
        { type: 'COVERS', from: 'amur-tiger-leopard-dna-analysis', to: 'KOR', evidence: note },
        {
          type: 'MEMBER_OF',
          from: 'KOR',
          to: 'NEAMPAN',
          evidence: [{ source: 'nowhere', note: 'x y z' }],
        },
      ],
      removals: { relationships: [{ type: 'HOSTED', from: 'KOR', to: 'som-1' }] },
    });
    expect(problems.map((p) => `${p.file}: ${p.path}: ${p.message}`)).toEqual([
      'curated.yaml: removals.relationships[0]: the files hold no KOR -[HOSTED]-> som-1',
      'curated.yaml: nodes[1].id: "som-18" is given twice: also at nodes[0]',
      'curated.yaml: nodes[2].label: "som-17" is a meeting in the files: a node keeps its label',
      'curated.yaml: nodes[0].properties.endDate: 2013-11-05 is before startDate 2013-11-06',
      'curated.yaml: relationships[0].to: COVERS does not join a project to a member state',
      'curated.yaml: relationships[1].evidence[0].source: unknown source "nowhere"',
    ]);
  });
});
