/**
 * The format of `curated.yaml`: what editors added, changed or removed through the API, written
 * back by `npm run curated:export` as a patch over the other files. Nodes and relationships are
 * stated whole, as the graph holds them (a node the files hold too is replaced by the patch's);
 * removals name facts of the files that editors removed. Every label's and relationship type's
 * fields come from the model's tables, so a new label or type needs no change here.
 */
import { z } from 'zod';
import { entityOf, type Label, maxLength, type PropertyDeclaration } from '../model/entities.ts';
import { labels } from '../model/labels.ts';
import { identifyingProperties } from '../model/relationship-identity.ts';
import { endsOfType, type RelationshipType, relationshipTypes } from '../model/relationships.ts';
import { atMost, evidence, isoDate, partialDate } from './format.ts';

/** The patch's name in the dataset folder. */
export const curatedFileName = 'curated.yaml';

/** A stored property of a label and the field it is written as (its name in the other files). */
export interface StoredField {
  field: string;
  stored: string;
  declared: PropertyDeclaration;
}

/** The fields of a node of `label`: its name first, then its properties in table order. */
export function storedFields(label: Label): StoredField[] {
  const entity = entityOf(label);
  const name: StoredField = {
    field: entity.name?.field ?? 'name',
    stored: entity.name?.stored ?? 'name',
    declared: {
      type: 'string',
      required: true,
      maxLength: maxLength.text,
      description: entity.name?.description ?? '',
    },
  };
  const own = Object.entries(entity.properties).map(([stored, declared]) => ({
    field: declared.field ?? stored,
    stored,
    declared,
  }));
  // A name stored as one of the label's properties (a decision's summary) is that property.
  return [...(own.some((p) => p.stored === name.stored) ? [] : [name]), ...own];
}

/**
 * A value exactly as the graph stores it: unlike a hand-written file, nothing is trimmed or
 * defaulted, so that a patch gives back the very values it was written from.
 */
function storedValue(declared: PropertyDeclaration): z.ZodType {
  switch (declared.type) {
    case 'int':
      return z.number().int();
    case 'boolean':
      return z.boolean();
    case 'date':
      return isoDate;
    case 'partialDate':
      return partialDate;
    case 'texts':
      return z.array(z.string().min(1, 'must not be empty'));
    default: {
      const text = z.string().min(1, 'must not be empty');
      return declared.maxLength === undefined
        ? text
        : text.max(declared.maxLength, atMost(declared.maxLength));
    }
  }
}

/** The fields `declared` describes, each required when the table says every fact has it. */
const fieldsOf = (declared: readonly { field: string; declared: PropertyDeclaration }[]) =>
  z.strictObject(
    Object.fromEntries(
      declared.map(({ field, declared: property }) => [
        field,
        property.required ? storedValue(property) : storedValue(property).optional(),
      ]),
    ),
  );

const id = z.string().min(1, 'must not be empty');

/** Who curated the fact and when, as the graph keeps it. */
const curated = { curatedBy: id.optional(), curatedAt: id.optional() };

const curatedNode = (label: Label) =>
  z.strictObject({
    label: z.literal(label),
    id,
    properties: fieldsOf(storedFields(label)),
    aliases: z.array(z.string().min(1, 'must not be empty')).optional(),
    evidence: evidence.optional(),
    ...curated,
  });

const relationshipFields = (type: RelationshipType) =>
  Object.entries(endsOfType(type).properties ?? {}).map(([field, declared]) => ({
    field,
    declared,
  }));

const curatedRelationship = (type: RelationshipType) => {
  const fields = relationshipFields(type);
  const properties = fieldsOf(fields);
  return z.strictObject({
    type: z.literal(type),
    from: id,
    to: id,
    // Given when the type has properties every relationship of it carries.
    properties: fields.some((f) => f.declared.required) ? properties : properties.optional(),
    evidence,
    ...curated,
  });
};

/**
 * A relationship of the files that editors removed: its type and ends, and for a type the same
 * two nodes may have several of, the properties that tell which one (a HELD_ROLE's role and date).
 */
const removedRelationship = (type: RelationshipType) => {
  const identifying = identifyingProperties(type);
  return z.strictObject({
    type: z.literal(type),
    from: id,
    to: id,
    ...(identifying.length === 0
      ? {}
      : {
          properties: fieldsOf(
            relationshipFields(type).filter(({ field }) => identifying.includes(field)),
          ),
        }),
  });
};

/** A union over every label or type, told apart by `key`; an unknown one names the others. */
const byKind = <T extends z.ZodObject>(key: string, names: readonly string[], items: T[]) =>
  z.discriminatedUnion(key, items as [T, ...T[]], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `expected ${key} to be one of ${names.join(', ')}`
        : undefined,
  });

export const curatedFile = z.strictObject({
  nodes: z.array(byKind('label', labels, labels.map(curatedNode))).default([]),
  relationships: z
    .array(byKind('type', relationshipTypes, relationshipTypes.map(curatedRelationship)))
    .default([]),
  removals: z
    .strictObject({
      nodes: z.array(z.strictObject({ label: z.enum(labels), id })).default([]),
      relationships: z
        .array(byKind('type', relationshipTypes, relationshipTypes.map(removedRelationship)))
        .default([]),
    })
    .default({ nodes: [], relationships: [] }),
});

export type CuratedFile = z.infer<typeof curatedFile>;
export type CuratedNode = CuratedFile['nodes'][number];
export type CuratedRelationship = CuratedFile['relationships'][number];
