/**
 * The node labels of the graph, from the entity table. Every node also carries the label Entity
 * and a key `id` that is unique across the whole graph, so that a node can be found by id alone.
 */
import { entities, type Label } from './entities.ts';

export type { Label } from './entities.ts';

export const labels = Object.keys(entities).sort() as Label[];

export const isLabel = (value: string): value is Label => Object.hasOwn(entities, value);
