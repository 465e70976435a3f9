import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Cypher from '@neo4j/cypher-builder';
import { describe, expect, it } from 'vitest';
import { ofType, withLabel } from '../../src/graph/patterns.ts';
import { projectRoot } from '../../src/paths.ts';

const srcDir = join(projectRoot, 'src');
const plannerFiles = ['graph', 'schema'].flatMap((folder) =>
  readdirSync(join(srcDir, folder)).map((file) => join(srcDir, folder, file)),
);

const cypherOf = (pattern: Cypher.Pattern) => new Cypher.Match(pattern).build().cypher;

describe('patterns of the planner', () => {
  it('take relationship types and labels from the model', () => {
    const pattern = new Cypher.Pattern(new Cypher.Node(), withLabel('MemberState'))
      .related(ofType('HOSTED'))
      .to(new Cypher.Node(), withLabel('Meeting'));
    expect(cypherOf(pattern)).toMatch(/\(this\d:MemberState\)-\[:HOSTED\]->\(this\d:Meeting\)/);
    // @ts-expect-error a misspelt relationship type does not compile
    ofType('HOSTD');
    // @ts-expect-error neither does one of two
    ofType(['MEMBER_OF', 'PARTICIPATES']);
    // @ts-expect-error nor a misspelt label
    withLabel('Meetin');
  });

  it('never name a type or label in a bare string', () => {
    for (const file of plannerFiles) {
      const text = readFileSync(file, 'utf8');
      expect(text.match(/\.related\(\{[^}]*type: '|labels: \['(?!Entity')/g), file).toBeNull();
    }
  });

  it('are built in graph/ alone: the GraphQL types say what a field means, not how it is read', () => {
    for (const file of plannerFiles.filter((f) => f.includes(`${join('src', 'schema')}`)))
      expect(readFileSync(file, 'utf8'), file).not.toContain('@neo4j/cypher-builder');
  });
});
