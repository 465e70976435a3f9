/**
 * The object types of the graph, declared once so that the files that implement them can refer
 * to each other freely (their fields are resolved lazily when the schema is built).
 */
import type { EntityRecord } from '../graph/records.ts';
import { builder } from './builder.ts';

export const Entity = builder.interfaceRef<EntityRecord>('Entity');

export const MemberState = builder.objectRef<EntityRecord>('MemberState');
export const Programme = builder.objectRef<EntityRecord>('Programme');
export const Network = builder.objectRef<EntityRecord>('Network');
export const Project = builder.objectRef<EntityRecord>('Project');
export const Meeting = builder.objectRef<EntityRecord>('Meeting');
export const AgendaItem = builder.objectRef<EntityRecord>('AgendaItem');
export const Decision = builder.objectRef<EntityRecord>('Decision');
export const Event = builder.objectRef<EntityRecord>('Event');
export const Organisation = builder.objectRef<EntityRecord>('Organisation');
export const Species = builder.objectRef<EntityRecord>('Species');
export const Place = builder.objectRef<EntityRecord>('Place');
export const Source = builder.objectRef<EntityRecord>('Source');
