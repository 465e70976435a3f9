/**
 * The object types of the graph, declared once so that the files that implement them can refer
 * to each other freely (their fields are resolved lazily when the schema is built). Every node
 * type is named after its label.
 */
import { type Label, labels } from '../model/labels.ts';
import { builder, type Row } from './builder.ts';

export const Node = builder.interfaceRef<Row>('Node');
export const Entity = builder.interfaceRef<Row>('Entity');

export const nodeRefs = Object.fromEntries(
  labels.map((label) => [label, builder.objectRef<Row>(label)]),
) as Record<Label, ReturnType<typeof builder.objectRef<Row>>>;

export type NodeRef = (typeof nodeRefs)[Label];

export const {
  AgendaItem,
  Decision,
  Event,
  Meeting,
  MemberState,
  Network,
  Organisation,
  Place,
  Programme,
  Project,
  Source,
  Species,
} = nodeRefs;
