/**
 * The type definitions of the @neo4j/graphql peer (typeDefs.graphql), generated from the entity
 * and relationship tables so that the peer maps the same labels, properties and relationships
 * as this API: `node bench/peers/type-defs.ts` writes the file; a unit test fails
 * when it is stale.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  entityOf,
  type Label,
  type PropertyDeclaration,
  searchedProperties,
} from '../../src/model/entities.ts';
import { labels } from '../../src/model/labels.ts';
import {
  type Relationship,
  type RelationshipField,
  type RelationshipType,
  relationshipFieldsOf,
  relationships,
  relationshipTypes,
} from '../../src/model/relationships.ts';

export const typeDefsFile = fileURLToPath(new URL('typeDefs.graphql', import.meta.url));

const scalars = {
  string: 'String',
  int: 'Int',
  boolean: 'Boolean',
  date: 'Date',
  partialDate: 'String',
  texts: '[String!]',
} as const;

const fieldType = (declared: PropertyDeclaration) =>
  `${scalars[declared.type]}${declared.required ? '!' : ''}`;

const evidence = ['evidenceSources', 'evidenceQuotes', 'evidenceNotes'].map(
  (name) => `  ${name}: [String!]`,
);

/** MEMBER_OF -> MemberOfProperties. */
const propertiesType = (type: RelationshipType) =>
  `${type
    .toLowerCase()
    .split('_')
    .map((word) => `${word[0]?.toUpperCase()}${word.slice(1)}`)
    .join('')}Properties`;

/** What the peer needs beyond the tables: the order this API lists decisions in. */
const extraFields: Partial<Record<Label, string[]>> = {
  Decision: [
    '  "The SOM number of its meeting: what the decisions order is sorted by (then position)."',
    '  meetingNumber: Int @cypher(statement: "MATCH (this)-[:MADE_AT]->(m:Meeting) RETURN m.number AS n", columnName: "n")',
  ],
};

/** The union a relationship field to several labels returns: the table's, or one of its own. */
const unionName = (field: RelationshipField) =>
  field.union?.name ?? `${field.on}${field.field[0]?.toUpperCase()}${field.field.slice(1)}`;

function relationshipField(field: RelationshipField): string {
  const far = field.far.length === 1 ? (field.far[0] as Label) : unionName(field);
  // @neo4j/graphql takes a single related node as nullable, whatever the table says.
  const type = field.one ? far : `[${far}!]!`;
  const direction = field.direction === 'out' ? 'OUT' : 'IN';
  return `  ${field.field}: ${type} @relationship(type: "${field.type}", direction: ${direction}, properties: "${propertiesType(field.type)}")`;
}

function nodeType(label: Label): string {
  const { key, name, properties } = entityOf(label);
  // A decision's name is its summary, one of its properties.
  const named =
    name === undefined
      ? ['  name: String!']
      : name.stored
        ? []
        : [`  ${name.field}: String! @alias(property: "name")`];
  return [
    `type ${label} @node {`,
    key ? `  ${key.field}: String! @alias(property: "id")` : '  id: ID!',
    ...named,
    '  aliases: [String!]',
    ...Object.entries(properties).map(([property, p]) => `  ${property}: ${fieldType(p)}`),
    ...evidence,
    ...(extraFields[label] ?? []),
    ...relationshipFieldsOf(label).map(relationshipField),
    '}',
  ].join('\n');
}

function propertiesTypeOf(type: RelationshipType): string {
  const declared: Relationship = relationships[type];
  return [
    `type ${propertiesType(type)} @relationshipProperties {`,
    ...Object.entries(declared.properties ?? {}).map(
      ([property, p]) => `  ${property}: ${fieldType(p)}`,
    ),
    ...evidence,
    '  origin: String',
    '}',
  ].join('\n');
}

function unions(): string[] {
  const made = new Map<string, readonly Label[]>();
  for (const label of labels)
    for (const field of relationshipFieldsOf(label))
      if (field.far.length > 1) made.set(unionName(field), field.far);
  return [...made].map(([name, far]) => `union ${name} = ${far.join(' | ')}`);
}

/** Every node also carries the label Entity, which the full-text index is defined on. */
function entityType(): string {
  const texts = searchedProperties.filter((property) => property !== 'aliases');
  return [
    "# Every node also carries the label Entity, the label the project's full-text index",
    '# entity_text (cypher/schema/003-search.cypher) is defined on.',
    'type Entity',
    '  @node',
    `  @fulltext(indexes: [{ indexName: "entity_text", queryName: "searchEntities", fields: [${texts.map((t) => `"${t}"`).join(', ')}] }])`,
    '{',
    '  id: ID!',
    '  aliases: [String!]',
    ...texts.map((property) => `  ${property}: String`),
    '}',
  ].join('\n');
}

/** The text of typeDefs.graphql as the tables give it. */
export function peerTypeDefs(): string {
  return `${[
    [
      '# Generated from src/model/ by bench/peers/type-defs.ts; do not edit. The NEASPEC graph of',
      '# the project mapped for @neo4j/graphql 7: the same labels, relationship types and',
      '# directions, the same node and relationship properties.',
    ].join('\n'),
    ...relationshipTypes.map(propertiesTypeOf),
    ...unions(),
    ...labels.map(nodeType),
    entityType(),
  ].join('\n\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(typeDefsFile, peerTypeDefs());
  process.stdout.write(`Wrote ${typeDefsFile}\n`);
}
