/**
 * The relationship mutations, generated from the relationship table: for every type T,
 * `add<T>` and `remove<T>` (MEMBER_OF: addMemberOf, removeMemberOf), and evidence on any fact:
 * `addEvidence`, `removeEvidence`.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { InvalidInputError, NotFoundError } from '../curation/errors.ts';
import { relationshipInput } from '../curation/inputs.ts';
import type { Graph } from '../graph/graph.ts';
import { selectedField } from '../graph/graph.ts';
import type { Selected } from '../graph/selection.ts';
import type { PropertyDeclaration } from '../model/entities.ts';
import { type Evidence, type RelationshipFact, storedEvidence } from '../model/facts.ts';
import type { Label } from '../model/labels.ts';
import { identifyingProperties } from '../model/relationship-identity.ts';
import {
  endsOfType,
  isRelationshipType,
  relationships,
  relationshipTypes,
  typeName,
} from '../model/relationships.ts';
import { type BuilderTypes, builder, type Row } from './builder.ts';
import { curating, EvidenceInput } from './curation.ts';
import { ChangeRef, recordedChange } from './history.ts';
import { decodeId } from './ids.ts';
import { localIds } from './local-ids.ts';
import { RelationshipRef } from './relationship.ts';

/** The fields selected of a Relationship (the mutation's result type), each by its response key. */
function relationshipRow(
  graph: Graph,
  selections: readonly Selected[],
  fact: RelationshipFact,
  labels: { from: Label; to: Label },
): Row {
  const row: Row = {};
  for (const selected of selections) {
    const name = selected.field.name;
    if (name === 'type') row[selected.key] = fact.type;
    else if (name === 'from' || name === 'to')
      row[selected.key] = graph.nodeSelecting(
        labels[name],
        fact[name],
        selected.children.get(labels[name]) ?? [],
      );
    else if (name === 'evidence')
      row[selected.key] = evidenceRows(graph, selected, fact.properties);
    else row[selected.key] = fact.properties[name] ?? null;
  }
  return row;
}

function evidenceRows(graph: Graph, selected: Selected, properties: Record<string, unknown>) {
  const items = storedEvidence(properties);
  const fields = selected.children.get('Evidence') ?? [];
  return items.map((item) =>
    Object.fromEntries(
      fields.map((field) => [
        field.key,
        field.field.name === 'source'
          ? graph.nodeSelecting('Source', item.source, field.children.get('Source') ?? [])
          : (item[field.field.name as 'quote' | 'note'] ?? null),
      ]),
    ),
  );
}

interface RelationshipEnds {
  type: string;
  from: string;
  to: string;
}

const RelationshipEndsRef = builder.objectRef<RelationshipEnds>('RelationshipEnds').implement({
  description: 'A relationship, by its type and the global IDs of its ends.',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'Its type, e.g. "MEMBER_OF".' }),
    from: t.exposeID('from', { description: 'The global ID of its start node.' }),
    to: t.exposeID('to', { description: 'The global ID of its end node.' }),
  }),
});

const RemovedRelationship = builder
  .objectRef<RelationshipEnds & { change: string | undefined }>('RemovedRelationship')
  .implement({
    description: 'A relationship that was removed (its history keeps what it was).',
    fields: (t) => ({
      type: t.exposeString('type', { description: 'Its type, e.g. "MEMBER_OF".' }),
      from: t.exposeID('from', { description: 'The global ID of its start node.' }),
      to: t.exposeID('to', { description: 'The global ID of its end node.' }),
      change: t.field({
        type: ChangeRef,
        description: 'The change that removed it: revertChange restores it.',
        resolve: (removed, _args, context) => recordedChange(removed.change, context),
      }),
    }),
  });

/** The labels of both ends of a global-ID input, read from the IDs. */
const labelsOf = (input: { from: string; to: string }) => ({
  from: decodeId(input.from).typename,
  to: decodeId(input.to).typename,
});

/** Input fields for relationship properties, as the table declares them. */
function propertyFields(
  t: PothosSchemaTypes.InputFieldBuilder<BuilderTypes, 'InputObject'>,
  declared: readonly [string, PropertyDeclaration][],
) {
  return Object.fromEntries(
    declared.map(([property, p]) => {
      const options = { required: p.required === true, description: p.description };
      return [property, p.type === 'int' ? t.int(options) : t.string(options)];
    }),
  );
}

for (const type of relationshipTypes) {
  const name = typeName(type);
  const declared = endsOfType(type);
  const meaning = relationships[type].meaning;
  const AddInput = builder.inputType(`Add${name}Input`, {
    description: `A ${type} relationship to add (${meaning}), with its evidence.`,
    fields: (t) => ({
      from: t.id({
        required: true,
        description: `The global ID of the start node (${declared.from.join(' or ')}).`,
      }),
      to: t.id({
        required: true,
        description: `The global ID of the end node (${declared.to.join(' or ')}).`,
      }),
      evidence: t.field({
        type: [EvidenceInput],
        required: true,
        description: 'The evidence for it; added to what it has if it exists already.',
      }),
      ...propertyFields(t, Object.entries(declared.properties ?? {})),
    }),
  });
  const identifying = identifyingProperties(type);
  const RemoveInput = builder.inputType(`Remove${name}Input`, {
    description:
      identifying.length === 0
        ? `A ${type} relationship to remove (${meaning}).`
        : `A ${type} relationship to remove (${meaning}), named by its ends and its ${identifying.join(' and ')}: the same two nodes may be joined by several.`,
    fields: (t) => ({
      from: t.id({ required: true, description: 'The global ID of the start node.' }),
      to: t.id({ required: true, description: 'The global ID of the end node.' }),
      ...propertyFields(
        t,
        Object.entries(declared.properties ?? {}).filter(([p]) => identifying.includes(p)),
      ),
    }),
  });
  builder.mutationFields((t) => ({
    [`add${name}`]: t.field({
      type: RelationshipRef,
      description: `Adds ${meaning} One there already takes the properties given and gains the evidence.`,
      errors: { types: [InvalidInputError] },
      args: { input: t.arg({ type: AddInput, required: true, description: 'What to add.' }) },
      resolve: async (_root, { input }, { curation, graph }, info: GraphQLResolveInfo) => {
        const raw = input as Record<string, unknown> & { from: string; to: string };
        const local = localIds(raw, ['from', 'to']);
        const fact = await curating(curation).addRelationship(type, local);
        const selections = selectedField(info).children.get('Relationship') ?? [];
        return relationshipRow(graph, selections, fact, labelsOf(raw));
      },
    }),
    [`remove${name}`]: t.field({
      type: RemovedRelationship,
      description: `Removes ${meaning}`,
      errors: { types: [NotFoundError, InvalidInputError] },
      args: { input: t.arg({ type: RemoveInput, required: true, description: 'What to remove.' }) },
      resolve: async (_root, { input }, { curation }) => {
        const local = localIds(input, ['from', 'to']);
        const writer = curating(curation);
        await writer.removeRelationship(type, local);
        return {
          type,
          from: String(input.from),
          to: String(input.to),
          change: writer.lastChange,
        };
      },
    }),
  }));
}

const EvidenceRecord = builder.objectRef<Evidence>('EvidenceRecord').implement({
  description: 'One item of the evidence of a fact, as stored.',
  fields: (t) => ({
    source: t.exposeString('source', { description: 'The id of the Source.' }),
    quote: t.string({
      nullable: true,
      description: 'The verbatim quote, if any.',
      resolve: (e) => e.quote ?? null,
    }),
    note: t.string({
      nullable: true,
      description: 'The note, if any.',
      resolve: (e) => e.note ?? null,
    }),
  }),
});

const EvidencedFact = builder
  .objectRef<{
    node: string | null;
    relationship: { type: string; from: string; to: string } | null;
    evidence: Evidence[];
  }>('EvidencedFact')
  .implement({
    description: 'A node or relationship whose evidence changed, and its evidence now.',
    fields: (t) => ({
      node: t.id({
        nullable: true,
        description: 'The global ID of the node, when the fact is one.',
        resolve: (f) => f.node,
      }),
      relationship: t.field({
        type: RelationshipEndsRef,
        nullable: true,
        description: 'The relationship, when the fact is one.',
        resolve: (f) => f.relationship,
      }),
      evidence: t.field({
        type: [EvidenceRecord],
        description: 'Its evidence now.',
        resolve: (f) => f.evidence,
      }),
    }),
  });

/** Every property that identifies the relationships of some type, with its declaration. */
const identifyingDeclarations = [
  ...new Map(
    relationshipTypes.flatMap((type) =>
      identifyingProperties(type).map((name): [string, PropertyDeclaration] => [
        name,
        endsOfType(type).properties?.[name] as PropertyDeclaration,
      ]),
    ),
  ),
];

const RelationshipRefInput = builder.inputType('RelationshipRefInput', {
  description:
    'A relationship, by its type and the global IDs of its ends, and for the types the same two nodes may have several of (HELD_ROLE), by the properties that tell them apart.',
  fields: (t) => ({
    type: t.string({ required: true, description: 'Its type, e.g. "MEMBER_OF".' }),
    from: t.id({ required: true, description: 'The global ID of its start node.' }),
    to: t.id({ required: true, description: 'The global ID of its end node.' }),
    ...propertyFields(
      t,
      identifyingDeclarations.map(([name, p]) => [
        name,
        { ...p, required: undefined, description: `${p.description} Names one of several.` },
      ]),
    ),
  }),
});

const EvidenceChangeInput = builder.inputType('EvidenceChangeInput', {
  description:
    'Evidence to add to or remove from one fact: give exactly one of node and relationship.',
  fields: (t) => ({
    node: t.id({ description: 'The global ID of a node.' }),
    relationship: t.field({ type: RelationshipRefInput, description: 'A relationship.' }),
    evidence: t.field({
      type: [EvidenceInput],
      required: true,
      description: 'The evidence items.',
    }),
  }),
});

/** The fact an EvidenceChangeInput names, with node ids; refused unless exactly one is given. */
function evidenceTarget(input: {
  node?: string | null;
  relationship?: ({ type: string; from: string; to: string } & Record<string, unknown>) | null;
}) {
  if ((input.node == null) === (input.relationship == null))
    throw new InvalidInputError([
      { field: 'input', message: 'give exactly one of node and relationship' },
    ]);
  if (input.node != null) return { node: String(localIds({ node: input.node }, ['node']).node) };
  const { type, ...given } = input.relationship as { type: string } & Record<string, unknown>;
  if (!isRelationshipType(type))
    throw new InvalidInputError([
      { field: 'input.relationship.type', message: `unknown relationship type "${type}"` },
    ]);
  const identifying = identifyingProperties(type);
  const stray = identifyingDeclarations.find(
    ([name]) => given[name] != null && !identifying.includes(name),
  );
  if (stray !== undefined)
    throw new InvalidInputError([
      {
        field: `input.relationship.${stray[0]}`,
        message: `${type} relationships are told apart by their ends alone: leave ${stray[0]} out`,
      },
    ]);
  const local = localIds(given, ['from', 'to'], undefined, 'input.relationship.');
  const { from, to, properties } = relationshipInput(
    type,
    Object.fromEntries(Object.entries(local).filter(([, value]) => value != null)),
    false,
    ['input', 'relationship'],
  );
  return { type, from, to, properties };
}

builder.mutationFields((t) =>
  Object.fromEntries(
    (['add', 'remove'] as const).map((action) => [
      `${action}Evidence`,
      t.field({
        type: EvidencedFact,
        description:
          action === 'add'
            ? 'Adds evidence to a node or relationship, checked as an import checks it.'
            : 'Removes evidence from a node or relationship; a fact keeps at least one item.',
        errors: { types: [InvalidInputError, NotFoundError] },
        args: {
          input: t.arg({
            type: EvidenceChangeInput,
            required: true,
            description: 'The fact and the evidence.',
          }),
        },
        resolve: async (_root, { input }, { curation }) => {
          const target = evidenceTarget(input);
          const evidence = await curating(curation).changeEvidence(action, target, input.evidence);
          return {
            node: input.node ?? null,
            relationship: input.relationship ?? null,
            evidence,
          };
        },
      }),
    ]),
  ),
);
