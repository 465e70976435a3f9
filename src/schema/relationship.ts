/**
 * Relationships as objects: their type, both ends, a contributor's role and the evidence. An
 * Entity lists its own with `relationships(types:, direction:)`; paths list theirs step by step.
 */
import Cypher from '@neo4j/cypher-builder';
import { evidenceListPlan } from '../graph/evidence.ts';
import { type FieldPlan, project, type Scope } from '../graph/plan.ts';
import type { Selected } from '../graph/selection.ts';
import { isLabel, labels } from '../model/labels.ts';
import {
  type RelationshipType,
  relationshipFields,
  relationships,
} from '../model/relationships.ts';
import { builder, type Row } from './builder.ts';
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

const end = (which: 'from' | 'to'): FieldPlan => ({
  cypher: (scope: Scope, selected: Selected) => {
    const node = scope.ends?.[which];
    if (node === undefined) throw new Error('no relationship ends in scope');
    return project(selected, { node });
  },
});

const ofRelationship = (value: (r: Cypher.Relationship) => Cypher.Expr): FieldPlan => ({
  cypher: (scope: Scope) => {
    if (scope.relationship === undefined) throw new Error('no relationship in scope');
    return value(scope.relationship);
  },
});

export const RelationshipRef = builder.objectRef<Row>('Relationship').implement({
  description: 'A relationship between two objects of the graph, with the evidence for it.',
  fields: (t) => ({
    type: t.field({
      type: RelationshipTypeEnum,
      description: 'What the relationship means.',
      ...planned(ofRelationship((r) => Cypher.type(r))),
    }),
    from: t.field({
      type: Entity,
      description: 'The object the relationship starts from.',
      ...planned(end('from')),
    }),
    to: t.field({
      type: Entity,
      description: 'The object the relationship points to.',
      ...planned(end('to')),
    }),
    role: t.string({
      nullable: true,
      description: 'The part an organisation plays in a project (CONTRIBUTES_TO), e.g. "funder".',
      ...planned(ofRelationship((r) => r.property('role'))),
    }),
    sites: t.int({
      nullable: true,
      description:
        "How many sites of the network the State has nominated (MEMBER_OF), where a source counts them: NEAMPAN's target MPAs.",
      ...planned(ofRelationship((r) => r.property('sites'))),
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'Where the relationship comes from.',
      ...planned(evidenceListPlan),
    }),
  }),
});

/** The most relationships one node of any label has, from the model's fan-out bounds. */
const mostRelationships = Math.max(
  ...labels.map((label) =>
    relationshipFields.filter((f) => f.on === label).reduce((sum, f) => sum + f.fanOut, 0),
  ),
);

/**
 * The relationships of the node in scope, of some types and one direction, each with both ends:
 * `COLLECT { MATCH (this)-[r]-(other) WHERE type(r) IN $types ... }`, by type, then by the far
 * node's name.
 */
export const relationshipsPlan: FieldPlan = {
  cypher: (scope: Scope, selected: Selected) => {
    const node = scope.node;
    if (node === undefined) throw new Error('no node in scope');
    const { types, direction } = selected.args as {
      types?: RelationshipType[] | null;
      direction: 'OUT' | 'IN' | 'BOTH';
    };
    const r = new Cypher.Relationship();
    const other = new Cypher.Node();
    const from = new Cypher.Node();
    const to = new Cypher.Node();
    const match = new Cypher.Match(
      new Cypher.Pattern(node)
        .related(r, {
          direction: { OUT: 'right', IN: 'left', BOTH: 'undirected' }[direction] as never,
        })
        .to(other),
    );
    if (types) match.where(Cypher.in(Cypher.type(r), new Cypher.Param(types)));
    const rows = match
      .with(r, other, [Cypher.startNode(r), from], [Cypher.endNode(r), to])
      .return(project(selected, { relationship: r, ends: { from, to } }))
      .orderBy(
        [Cypher.type(r), 'ASC'],
        [
          Cypher.toLower(
            Cypher.coalesce(
              other.property('name'),
              other.property('summary'),
              other.property('id'),
            ),
          ),
          'ASC',
        ],
      );
    return new Cypher.Collect(rows);
  },
  fanOut: () => mostRelationships,
  spread: (selected, statistics) => {
    const { types, direction } = selected.args as {
      types?: RelationshipType[] | null;
      direction: 'OUT' | 'IN' | 'BOTH';
    };
    return statistics.relationships(
      isLabel(selected.parent) ? [selected.parent] : labels,
      types ?? undefined,
      direction === 'BOTH' ? undefined : direction === 'OUT' ? 'out' : 'in',
    );
  },
};
