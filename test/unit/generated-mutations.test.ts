/**
 * The curation mutations are generated from the model: per label create/update/delete, per
 * relationship type add/remove, and evidence on any fact. Counted against the tables.
 */
import { getNamedType, isInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { entityOf } from '../../src/model/entities.ts';
import { labels } from '../../src/model/labels.ts';
import { relationships, relationshipTypes, typeName } from '../../src/model/relationships.ts';
import { schema } from '../../src/schema/index.ts';

const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});

describe('the mutations generated from the model', () => {
  it('are three per label and two per relationship type, and addEvidence, removeEvidence', () => {
    const perLabel = labels.flatMap((l) => [`create${l}`, `update${l}`, `delete${l}`]);
    const perType = relationshipTypes.flatMap((t) => [`add${typeName(t)}`, `remove${typeName(t)}`]);
    const generated = [...perLabel, ...perType, 'addEvidence', 'removeEvidence'];
    expect(mutations.filter((name) => generated.includes(name)).sort()).toEqual(generated.sort());
    expect(perLabel).toHaveLength(3 * labels.length);
    expect(perType).toHaveLength(2 * relationshipTypes.length);
    // Besides them, the two that write a whole meeting or decision entry at once, and undo.
    expect(mutations.filter((name) => !generated.includes(name)).sort()).toEqual([
      'recordDecision',
      'revertChange',
      'upsertMeeting',
    ]);
  });

  it("give each create input the label's shown properties and each add input the type's", () => {
    const fields = (name: string) => {
      const type = schema.getType(name);
      if (!isInputObjectType(type)) throw new Error(`${name} is not an input type`);
      return type.getFields();
    };
    for (const label of labels) {
      const input = fields(`Create${label}Input`);
      for (const [name, property] of Object.entries(entityOf(label).properties))
        if (property.graphql !== 'none') expect(input).toHaveProperty(property.field ?? name);
      expect(Object.keys(fields(`Update${label}Input`)).sort()).toEqual(
        ['id', ...Object.keys(input)].sort(),
      );
    }
    for (const type of relationshipTypes) {
      const input = fields(`Add${typeName(type)}Input`);
      for (const name of Object.keys(relationships[type].properties ?? {}))
        expect(getNamedType(input[name]?.type)).toBeDefined();
    }
    expect(Object.keys(fields('CreateDecisionInput'))).toEqual(
      expect.arrayContaining(['meeting', 'key', 'summary', 'kind', 'evidence']),
    );
  });
});
