/**
 * The node labels of the graph. Every node also carries the label Entity and a key `id` that is
 * unique across the whole graph, so that a node can be found by id alone.
 */
export const labels = [
  'AgendaItem',
  'Decision',
  'Event',
  'Meeting',
  'MemberState',
  'Network',
  'Organisation',
  'Place',
  'Programme',
  'Project',
  'Source',
  'Species',
] as const;
export type Label = (typeof labels)[number];

export const isLabel = (value: string): value is Label =>
  (labels as readonly string[]).includes(value);
