/**
 * Relationships as objects: their type, both ends, a contributor's role and the evidence. An
 * Entity lists its own with `relationships(types:, direction:)`; paths list theirs step by step.
 */
import { evidenceListPlan } from '../graph/evidence.ts';
import { endPlan, relationshipProperty, relationshipTypePlan } from '../graph/values.ts';
import {
  type RelationshipType,
  relationshipProperties,
  relationships,
} from '../model/relationships.ts';
import { builder, type Fields, type Row } from './builder.ts';
import { EvidenceRef } from './evidence.ts';
import { planned } from './planned.ts';
import { Entity } from './refs.ts';

export const RelationshipTypeEnum = builder.enumType('RelationshipType', {
  description:
    'The kinds of relationship the graph holds, e.g. MEMBER_OF (MemberState -> Network).',
  values: Object.fromEntries(
    Object.entries(relationships).map(([type, { meaning }]) => [type, { description: meaning }]),
  ) as Record<RelationshipType, { description: string }>,
});

export const DirectionEnum = builder.enumType('Direction', {
  description: 'Which way a relationship points, seen from the object asked about.',
  values: {
    OUT: { description: 'From this object to another.' },
    IN: { description: 'From another object to this one.' },
    BOTH: { description: 'Either way.' },
  },
});

/** A field for each relationship property of the table (null on types without it). */
const propertyFields = (t: Parameters<Fields>[0]) =>
  Object.fromEntries(
    [...relationshipProperties].map(([name, declared]) => {
      const options = {
        nullable: true as const,
        // Types that share a property may share its description: each is said once.
        description: [...new Set(declared.map((p) => p.description))].join(' '),
        ...planned(relationshipProperty(name)),
      };
      return [name, declared[0]?.type === 'int' ? t.int(options) : t.string(options)];
    }),
  );

export const RelationshipRef = builder.objectRef<Row>('Relationship').implement({
  description: 'A relationship between two objects of the graph, with the evidence for it.',
  fields: (t) => ({
    type: t.field({
      type: RelationshipTypeEnum,
      description: 'What the relationship means.',
      ...planned(relationshipTypePlan),
    }),
    from: t.field({
      type: Entity,
      description: 'The object the relationship starts from.',
      ...planned(endPlan('from')),
    }),
    to: t.field({
      type: Entity,
      description: 'The object the relationship points to.',
      ...planned(endPlan('to')),
    }),
    ...propertyFields(t),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'Where the relationship comes from.',
      ...planned(evidenceListPlan),
    }),
  }),
});
