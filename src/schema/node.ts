/**
 * What every object of the graph shares: the Node and Entity interfaces (id, name, aliases,
 * evidence, relationships), and `nodeType`, which declares the type of one label with its own
 * fields and every relationship field the model gives that label.
 */
import Cypher from '@neo4j/cypher-builder';
import type { GraphQLResolveInfo } from 'graphql';
import { evidenceListPlan } from '../graph/evidence.ts';
import { type FieldPlan, typeKey } from '../graph/plan.ts';
import { relationshipPlan, routePlan } from '../graph/related.ts';
import {
  entityOf,
  type Label,
  nameProperty,
  type PropertyDeclaration,
  type PropertyName,
} from '../model/entities.ts';
import { relationshipFieldsOf } from '../model/relationships.ts';
import { routesOf } from '../model/routes.ts';
import { builder, type Fields, type Row } from './builder.ts';
import { EvidenceRef } from './evidence.ts';
import { encodeId } from './ids.ts';
import { ofNode, planned, property } from './planned.ts';
import { Entity, Node, type NodeRef, nodeRefs } from './refs.ts';
import {
  DirectionEnum,
  RelationshipRef,
  RelationshipTypeEnum,
  relationshipsPlan,
} from './relationship.ts';
import { DateScalar } from './scalars.ts';
import { subjectUnion } from './subjects.ts';

const typeOf = (row: Row) => row[typeKey] as string | undefined;

builder.interfaceType(Node, {
  description: 'An object with a global ID: pass it to `node(id:)` to fetch the object again.',
  resolveType: (row) => typeOf(row) as string,
  fields: (t) => ({
    id: t.id({
      description: 'Global ID: opaque, stable, accepted by `node(id:)`.',
      extensions: { plan: property('id') },
      // Node types are named after their labels; an interface or union says which it is.
      resolve: (row: Row, _args: unknown, _context: unknown, info: GraphQLResolveInfo) =>
        encodeId(typeOf(row) ?? info.parentType.name, String(row[info.path.key as string])),
    }),
  }),
});

builder.interfaceType(Entity, {
  description: 'Any object of the NEASPEC graph: it has a name, evidence and relationships.',
  interfaces: [Node],
  resolveType: (row) => typeOf(row) as string,
  fields: (t) => ({
    name: t.string({
      description: 'What the object is called (a decision: its summary).',
      // Every node has a name, but a decision, which has its summary.
      ...planned({
        property: (type) => nameProperty(type as Label),
        cypher: (scope, selected) =>
          (scope.node as Cypher.Node).property(nameProperty(selected.parent as Label)),
      }),
    }),
    aliases: t.stringList({
      description: 'Other names the sources use, e.g. earlier names of a programme area.',
      ...planned(ofNode((n) => Cypher.coalesce(n.property('aliases'), new Cypher.List([])))),
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'Where the facts about this object come from (none for a source itself).',
      ...planned(evidenceListPlan),
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
      ...planned(relationshipsPlan),
    }),
  }),
});

/** The GraphQL type of nodes with one of `labels`: the label's type, or the union of them. */
const typeFor = (labels: readonly Label[]) =>
  labels.length === 1 ? nodeRefs[labels[0] as Label] : subjectUnion(labels);

type FieldBuilder = Parameters<Fields>[0];

/** The stored property of the node in scope, named only as the entity table declares it. */
export type PropertyPlan<L extends Label> = (name: PropertyName<L>) => FieldPlan;

/** The field of a property the entity table declares, by its type. */
function propertyField(t: FieldBuilder, name: string, declared: PropertyDeclaration) {
  const options = {
    description: declared.description,
    nullable: declared.required !== true,
    ...planned(property(name)),
  };
  switch (declared.type) {
    case 'int':
      return t.int(options);
    case 'boolean':
      return t.boolean(options);
    case 'date':
      return t.field({ type: DateScalar, ...options });
    default:
      return t.string(options);
  }
}

/**
 * Declares the type of `label` from the entity table: a Node and Entity with its key, name and
 * property fields, `own` fields (an enum, a computed value), and its relationship fields.
 */
export function nodeType<L extends Label>(
  label: L,
  own: (t: FieldBuilder, property: PropertyPlan<L>) => ReturnType<Fields> = () => ({}),
): void {
  const ref: NodeRef = nodeRefs[label];
  const declared = entityOf(label);
  builder.objectType(ref, {
    description: declared.description,
    interfaces: [Node, Entity],
    fields: (t) => {
      const key = declared.key && {
        [declared.key.field]: t.string({
          description: declared.key.description,
          ...planned(property('id')),
        }),
      };
      const name = declared.name &&
        declared.name.stored === undefined && {
          [declared.name.field]: t.string({
            description: declared.name.description,
            ...planned(property('name')),
          }),
        };
      const properties = Object.fromEntries(
        Object.entries(declared.properties)
          .filter(([, p]) => p.graphql === undefined)
          .map(([stored, p]) => [p.field ?? stored, propertyField(t, stored, p)]),
      );
      const related = Object.fromEntries(
        relationshipFieldsOf(label).map((field) => [
          field.field,
          t.field({
            type: field.one ? typeFor(field.far) : [typeFor(field.far)],
            nullable: field.one && !field.required,
            description: field.description,
            ...planned(relationshipPlan(field)),
          } as never),
        ]),
      );
      const routed = Object.fromEntries(
        routesOf(label).map((route) => [
          route.field,
          t.field({
            type: route.one ? typeFor(route.far) : [typeFor(route.far)],
            nullable: route.one === true,
            description: route.description,
            ...planned(routePlan(route)),
          } as never),
        ]),
      );
      return {
        ...key,
        ...name,
        ...properties,
        ...own(t, property),
        ...related,
        ...routed,
      } as never;
    },
  });
}
