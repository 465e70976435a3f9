import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceFiles } from '../../src/dataset/format.ts';
import {
  entities,
  entityOf,
  type Label,
  propertyOf,
  type StoredRow,
  searchedProperties,
} from '../../src/model/entities.ts';
import { labels } from '../../src/model/labels.ts';
import { cypherDir } from '../../src/paths.ts';

/** `MemberState` -> `member_state`, as the constraints and indexes are named. */
const snake = (name: string) =>
  name.replace(/[a-z0-9][A-Z]/g, (p) => `${p[0]}_${p[1]}`).toLowerCase();

/** The constraints and indexes the table implies, one normalised statement each. */
function implied(label: Label): string[] {
  const declared = entityOf(label);
  const unique = (property: string) =>
    `CREATE CONSTRAINT ${snake(label)}_${snake(property)} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${property} IS UNIQUE`;
  const index = (property: string) =>
    `CREATE INDEX ${snake(label)}_${snake(property)} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`;
  const properties = Object.entries(declared.properties);
  return [
    unique('id'),
    ...properties.filter(([, p]) => p.unique).map(([name]) => unique(name)),
    ...properties.filter(([, p]) => p.indexed).map(([name]) => index(name)),
    // Lists of named things may be asked for by name.
    ...(declared.order === 'name' || declared.order === 'startDate' ? [index('name')] : []),
  ];
}

/** Every statement of cypher/schema/, comments dropped and whitespace made single spaces. */
const schemaStatements = readdirSync(join(cypherDir, 'schema'))
  .sort()
  .flatMap((file) =>
    readFileSync(join(cypherDir, 'schema', file), 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n')
      .split(';')
      .map((statement) => statement.replace(/\s+/g, ' ').trim())
      .filter((statement) => statement !== ''),
  );

const ofLabel = (label: string) => (statement: string) => statement.includes(`(n:${label})`);

describe('the entity table', () => {
  it('lists the labels', () => {
    expect(labels).toEqual(Object.keys(entities).sort());
  });

  it('and cypher/schema/ agree on the constraints and indexes of every label', () => {
    for (const label of labels) {
      expect(schemaStatements.filter(ofLabel(label)).sort(), label).toEqual(implied(label).sort());
    }
  });

  it('and cypher/schema/ agree on what full-text search reads', () => {
    const fulltext = schemaStatements.find((s) =>
      s.startsWith('CREATE FULLTEXT INDEX entity_text'),
    );
    const fields = /ON EACH \[(.*)\]/.exec(fulltext ?? '')?.[1]?.split(', ');
    expect(fields?.map((field) => field.replace(/^n\./, '')).sort()).toEqual(
      [...searchedProperties].sort(),
    );
  });

  it('names a property only as a label declares it', () => {
    expect(propertyOf('Network', 'acronym')).toBe('acronym');
    // @ts-expect-error a misspelt property does not compile
    propertyOf('Network', 'acronymm');
    // @ts-expect-error a property of another label does not compile
    propertyOf('Species', 'acronym');
    const species: StoredRow<'Species'> = { id: 'amur-tiger', name: 'Amur tiger' };
    // @ts-expect-error a species row has no acronym
    expect(species.acronym).toBeUndefined();
    // @ts-expect-error a property every meeting has is required in its row
    const meeting: StoredRow<'Meeting'> = { id: 'som-18', name: 'SOM-18' };
    expect(meeting.id).toBe('som-18');
  });

  it('and the dataset files agree: each file of a label has its key, name and property fields', () => {
    for (const [list, kind] of Object.entries(referenceFiles)) {
      if (!('label' in kind)) continue;
      const declared = entityOf(kind.label);
      const entry = (kind.schema.shape as Record<string, { element: { shape: object } }>)[list];
      const fields = Object.keys(entry?.element.shape ?? {});
      const expected = [
        declared.key?.field ?? 'id',
        declared.name?.field ?? 'name',
        ...Object.entries(declared.properties)
          .filter(([, p]) => p.graphql !== 'none')
          .map(([name, p]) => p.field ?? name),
      ];
      expect(fields, kind.file).toEqual(expect.arrayContaining(expected));
    }
  });
});
