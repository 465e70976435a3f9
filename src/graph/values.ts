/**
 * Plans of fields that read one value of the object in scope: a stored or computed property of
 * a node, a relationship's type, property or ends, or the node itself as its selection projects
 * it. The GraphQL types name these; how each is read is written here.
 */
import Cypher from '@neo4j/cypher-builder';
import { type Label, nameProperty } from '../model/entities.ts';
import { type FieldPlan, labelOf, project, type Scope } from './plan.ts';
import type { Selected } from './selection.ts';

/** A value computed from the node in scope. */
export const ofNode = (value: (node: Cypher.Node) => Cypher.Expr): FieldPlan => ({
  cypher: (scope: Scope) => {
    if (scope.node === undefined) throw new Error('no node in scope');
    return value(scope.node);
  },
});

/** A stored property of the node in scope. */
export const property = (name: string): FieldPlan => ({
  property: name,
  ...ofNode((node) => node.property(name)),
});

/** The year of a date property. */
export const yearOf = (name: string) => ofNode((node) => node.property(name, 'year'));

/** A property, or `fallback` where the node has none. */
export const withDefault = (name: string, fallback: string) =>
  ofNode((node) => Cypher.coalesce(node.property(name), new Cypher.Literal(fallback)));

/** A property as text, whatever type it is stored as. */
export const asText = (name: string) => ofNode((node) => Cypher.toString(node.property(name)));

/** The other names of a node: none where it has none. */
export const aliasesPlan = ofNode((node) =>
  Cypher.coalesce(node.property('aliases'), new Cypher.List([])),
);

/** The name of a node, by the property its label is named by (a decision: its summary). */
export const namePlan: FieldPlan = {
  property: (type) => nameProperty(type as Label),
  cypher: (scope, selected) => {
    if (scope.node === undefined) throw new Error('no node in scope');
    return scope.node.property(nameProperty(selected.parent as Label));
  },
};

/** What to print on a node of any label: its name, else its summary, else its key. */
export const displayName = (node: Cypher.Node) =>
  Cypher.coalesce(node.property('name'), node.property('summary'), node.property('id'));

export const displayNamePlan = ofNode(displayName);

/** The label of the node in scope. */
export const labelPlan = ofNode(labelOf);

/** `{label, id}` of the node in scope or of an end of the relationship in scope. */
export const identityPlan = (of: 'node' | 'from' | 'to'): FieldPlan => ({
  cypher: (scope: Scope) => {
    const node = of === 'node' ? scope.node : scope.ends?.[of];
    if (node === undefined) throw new Error(`no ${of} in scope`);
    return new Cypher.Map({ label: labelOf(node), id: node.property('id') });
  },
});

/** The node in scope, as its selection projects it. */
export const nodePlan: FieldPlan = {
  cypher: (scope: Scope, selected: Selected) => project(selected, { node: scope.node }),
};

const ofRelationship = (value: (r: Cypher.Relationship) => Cypher.Expr): FieldPlan => ({
  cypher: (scope: Scope) => {
    if (scope.relationship === undefined) throw new Error('no relationship in scope');
    return value(scope.relationship);
  },
});

/** The type of the relationship in scope. */
export const relationshipTypePlan = ofRelationship((r) => Cypher.type(r));

/** A property of the relationship in scope. */
export const relationshipProperty = (name: string) => ofRelationship((r) => r.property(name));

/** The node the relationship in scope starts or ends at, as its selection projects it. */
export const endPlan = (which: 'from' | 'to'): FieldPlan => ({
  cypher: (scope: Scope, selected: Selected) => {
    const node = scope.ends?.[which];
    if (node === undefined) throw new Error('no relationship ends in scope');
    return project(selected, { node });
  },
});
