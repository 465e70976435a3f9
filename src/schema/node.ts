/**
 * What every object of the graph shares: the Node and Entity interfaces (id, name, aliases,
 * evidence, relationships), and `nodeType`, which declares the type of one label with its own
 * fields and every relationship field the model gives that label.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { evidenceListPlan } from '../graph/evidence.ts';
import { listPlan } from '../graph/lookups.ts';
import { type FieldPlan, typeKey } from '../graph/plan.ts';
import { relationshipPlan, relationshipsPlan, routePlan } from '../graph/related.ts';
import { aliasesPlan, namePlan, property } from '../graph/values.ts';
import {
  type AnyEntity,
  entityOf,
  type Label,
  type PropertyDeclaration,
  type PropertyName,
} from '../model/entities.ts';
import { labels } from '../model/labels.ts';
import { relationshipFieldsOf } from '../model/relationships.ts';
import { routesOf } from '../model/routes.ts';
import { builder, type Fields, type Row } from './builder.ts';
import { EvidenceRef } from './evidence.ts';
import { encodeId } from './ids.ts';
import { askedBy, EventOrder, NameOrder } from './order.ts';
import { planned, rooted } from './planned.ts';
import { Entity, Node, nodeRefs } from './refs.ts';
import { DirectionEnum, RelationshipRef, RelationshipTypeEnum } from './relationship.ts';
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
      ...planned(namePlan),
    }),
    aliases: t.stringList({
      description: 'Other names the sources use, e.g. earlier names of a programme area.',
      ...planned(aliasesPlan),
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
const typeFor = (labels: readonly Label[], union?: { name: string; description: string }) =>
  labels.length === 1 ? nodeRefs[labels[0] as Label] : subjectUnion(labels, union);

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
    case 'texts':
      return t.stringList(options);
    default:
      return t.string(options);
  }
}

/**
 * Declares the type of `label` from the entity table: a Node and Entity with its key, name and
 * property fields, and its relationship fields.
 */
function nodeType(label: Label): void {
  const declared = entityOf(label);
  builder.objectType(nodeRefs[label], {
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
            type: field.one ? typeFor(field.far, field.union) : [typeFor(field.far, field.union)],
            nullable: field.one && !field.required,
            description: field.description,
            ...planned(relationshipPlan(field)),
          }),
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
          }),
        ]),
      );
      return { ...key, ...name, ...properties, ...related, ...routed };
    },
  });
}

/** Every node of `label`, in list order or the order asked: `memberStates`, `events`, ... */
function listField(label: Label, list: NonNullable<AnyEntity['list']>): void {
  const byDate = entityOf(label).order === 'startDate';
  builder.queryField(list.field, (t) =>
    t.field({
      type: [nodeRefs[label]],
      description: list.description,
      args: {
        orderBy: t.arg({
          type: byDate ? EventOrder : NameOrder,
          description: `The order (by default: ${byDate ? 'start date' : 'name'}).`,
        }),
      },
      ...rooted<Row[]>(listPlan(label, list.most, askedBy(byDate ? 'START_DATE' : 'NAME'))),
    }),
  );
}

for (const label of labels) {
  nodeType(label);
  const { list } = entityOf(label);
  if (list) listField(label, list);
}

/**
 * Adds to the type of `label` the fields the table cannot derive (an enum, a computed value);
 * `property` names a stored property only as the table declares it for the label.
 */
export function ownFields<L extends Label>(
  label: L,
  fields: (t: FieldBuilder, property: PropertyPlan<L>) => ReturnType<Fields>,
): void {
  builder.objectFields(nodeRefs[label], (t) => fields(t, property));
}
