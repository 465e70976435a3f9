/**
 * The object types of the graph, declared once so that the files that implement them can refer
 * to each other freely (their fields are resolved lazily when the schema is built). Every node
 * type is named after its label.
 */
import type { Label } from '../model/labels.ts';
import { builder, type Row } from './builder.ts';

export const Node = builder.interfaceRef<Row>('Node');
export const Entity = builder.interfaceRef<Row>('Entity');

export const nodeRefs = {
  AgendaItem: builder.objectRef<Row>('AgendaItem'),
  Decision: builder.objectRef<Row>('Decision'),
  Event: builder.objectRef<Row>('Event'),
  Meeting: builder.objectRef<Row>('Meeting'),
  MemberState: builder.objectRef<Row>('MemberState'),
  Network: builder.objectRef<Row>('Network'),
  Organisation: builder.objectRef<Row>('Organisation'),
  Place: builder.objectRef<Row>('Place'),
  Programme: builder.objectRef<Row>('Programme'),
  Project: builder.objectRef<Row>('Project'),
  Source: builder.objectRef<Row>('Source'),
  Species: builder.objectRef<Row>('Species'),
} satisfies Record<Label, unknown>;

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
