/** What every object of the graph shares: the Entity interface, its evidence and relationships. */

import type { LinkFilter } from '../graph/graph.ts';
import type { EntityRecord, Evidence } from '../graph/records.ts';
import type { Label } from '../model/labels.ts';
import { type RelationshipType, relationships } from '../model/relationships.ts';
import { builder, type FieldBuilder, type FieldsOf } from './builder.ts';
import { Entity, Source } from './refs.ts';

export const EvidenceRef = builder.objectRef<Evidence>('Evidence').implement({
  description:
    'Where a fact comes from: a source, and either a verbatim quote from its text or a short paraphrase (note) of it.',
  fields: (t) => ({
    source: t.field({
      type: Source,
      description: 'The document or web page the fact is taken from.',
      resolve: async (evidence, _args, { graph }) => {
        const source = await graph.entity('Source', evidence.source);
        if (source === null)
          throw new Error(`evidence names source ${evidence.source}, not in the graph`);
        return source;
      },
    }),
    quote: t.string({
      nullable: true,
      description:
        "Words copied verbatim from the source's text (null when the evidence is a note).",
      resolve: (evidence) => evidence.quote ?? null,
    }),
    note: t.string({
      nullable: true,
      description:
        'A short paraphrase of what the source says (null when the evidence is a quote).',
      resolve: (evidence) => evidence.note ?? null,
    }),
  }),
});

const RelationshipTypeEnum = builder.enumType('RelationshipType', {
  description:
    'The kinds of relationship the graph holds, e.g. MEMBER_OF (MemberState -> Network).',
  values: Object.fromEntries(
    Object.entries(relationships).map(([type, { meaning }]) => [type, { description: meaning }]),
  ) as Record<RelationshipType, { description: string }>,
});

const DirectionEnum = builder.enumType('Direction', {
  description: 'Which way a relationship points, seen from the object asked about.',
  values: {
    OUT: { description: 'From this object to another.' },
    IN: { description: 'From another object to this one.' },
    BOTH: { description: 'Either way.' },
  },
});

/** A relationship between two objects, by their ids. */
export interface RelationshipView {
  type: RelationshipType;
  from: string;
  to: string;
  role?: string | undefined;
  evidence: Evidence[];
}

export const RelationshipRef = builder.objectRef<RelationshipView>('Relationship').implement({
  description: 'A relationship between two objects of the graph, with the evidence for it.',
  fields: (t) => ({
    type: t.field({
      type: RelationshipTypeEnum,
      description: 'What the relationship means.',
      resolve: (r) => r.type,
    }),
    from: t.field({
      type: Entity,
      description: 'The object the relationship starts from.',
      resolve: (r, _args, { graph }) => graph.anyEntity(r.from) as Promise<EntityRecord>,
    }),
    to: t.field({
      type: Entity,
      description: 'The object the relationship points to.',
      resolve: (r, _args, { graph }) => graph.anyEntity(r.to) as Promise<EntityRecord>,
    }),
    role: t.string({
      nullable: true,
      description: 'The part an organisation plays in a project (CONTRIBUTES_TO), e.g. "funder".',
      resolve: (r) => r.role ?? null,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'Where the relationship comes from.',
      resolve: (r) => r.evidence,
    }),
  }),
});

builder.interfaceType(Entity, {
  description: 'Any object of the NEASPEC graph: it has a name, evidence and relationships.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => entity.label,
  fields: (t) => ({
    name: t.string({
      description: 'What the object is called (a decision: its summary).',
      resolve: (entity) => entity.name ?? entity.summary ?? entity.id,
    }),
    aliases: t.stringList({
      description: 'Other names the sources use, e.g. earlier names of a programme area.',
      resolve: (entity) => entity.aliases,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'Where the facts about this object come from (none for a source itself).',
      resolve: (entity) => entity.evidence,
    }),
    relationships: t.field({
      type: [RelationshipRef],
      description:
        'Every relationship of this object, or those of the given types and direction, each with its evidence.',
      args: {
        types: t.arg({
          type: [RelationshipTypeEnum],
          required: false,
          description: 'Only these types.',
        }),
        direction: t.arg({
          type: DirectionEnum,
          defaultValue: 'BOTH',
          description: 'Only this direction.',
        }),
      },
      resolve: async (entity, { types, direction }, { graph }) => {
        const links = await graph.links(entity.id);
        return links
          .filter((link) => !types || types.includes(link.type))
          .filter((link) => direction === 'BOTH' || link.outgoing === (direction === 'OUT'))
          .map((link) => ({
            type: link.type,
            from: link.outgoing ? entity.id : link.node.id,
            to: link.outgoing ? link.node.id : entity.id,
            role: link.role,
            evidence: link.evidence,
          }));
      },
    }),
  }),
});

/**
 * Declares the object type of one label: a Relay node (refetchable by global ID) that is an
 * Entity, loaded by id through the request's loaders.
 */
export function entityNode(
  ref: typeof Source,
  label: Label,
  description: string,
  fields: FieldsOf<EntityRecord>,
): void {
  builder.node(ref, {
    description,
    interfaces: [Entity],
    isTypeOf: (value) => (value as EntityRecord).label === label,
    id: { resolve: (entity) => entity.id },
    loadMany: (ids, { graph }) => Promise.all(ids.map((id) => graph.entity(label, id))),
    fields,
  });
}

/** A list field of the objects related to this one through `filter`, e.g. a State's networks. */
export const related = (
  t: FieldBuilder<EntityRecord>,
  ref: typeof Source,
  filter: LinkFilter,
  description: string,
) =>
  t.field({
    type: [ref],
    description,
    resolve: (entity, _args, { graph }) => graph.related(entity.id, filter),
  });

/** A field of the one object related to this one through `filter`, or null: a meeting's city. */
export const relatedOne = (
  t: FieldBuilder<EntityRecord>,
  ref: typeof Source,
  filter: LinkFilter,
  description: string,
) =>
  t.field({
    type: ref,
    nullable: true,
    description,
    resolve: (entity, _args, { graph }) => graph.relatedOne(entity.id, filter),
  });

/** The entity's property `key` as a nullable string field. */
export const optionalString = (
  t: FieldBuilder<EntityRecord>,
  key: keyof EntityRecord,
  description: string,
) =>
  t.string({
    nullable: true,
    description,
    resolve: (entity) => (entity[key] as string | undefined) ?? null,
  });

/** A root field listing every object of one label, e.g. `memberStates`. */
export function listField(
  name: string,
  ref: typeof Source,
  label: Label,
  description: string,
): void {
  builder.queryField(name, (t) =>
    t.field({ type: [ref], description, resolve: (_root, _args, { graph }) => graph.list(label) }),
  );
}
