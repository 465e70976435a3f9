/** The unions of node types: what a decision is about, what a State takes part in and through. */

import { typeKey } from '../graph/plan.ts';
import type { Label } from '../model/labels.ts';
import { builder, type Row } from './builder.ts';
import { Event, Network, nodeRefs, Organisation, Programme, Project } from './refs.ts';

const resolveType = (row: Row) => row[typeKey] as string;

export const DecisionSubject = builder.unionType('DecisionSubject', {
  description: 'What a decision is about.',
  types: [Network, Project, Programme, Event, Organisation],
  resolveType,
});

export const ParticipationTarget = builder.unionType('ParticipationTarget', {
  description: 'What a State takes part in.',
  types: [Network, Project, Programme],
  resolveType,
});

export const ParticipationRoute = builder.unionType('ParticipationRoute', {
  description: 'The network or project through which a State takes part in a programme area.',
  types: [Network, Project],
  resolveType,
});

const unions: [readonly Label[], typeof DecisionSubject][] = [
  [['Network', 'Project', 'Programme', 'Event', 'Organisation'], DecisionSubject],
  [['Network', 'Project', 'Programme'], ParticipationTarget],
  [['Network', 'Project'], ParticipationRoute],
];

/** The unions the relationship table names, made once each. */
const declared = new Map<string, typeof DecisionSubject>();

/** The union of exactly `labels`: one of the above, or the one the relationship table names. */
export function subjectUnion(
  labels: readonly Label[],
  union?: { name: string; description: string },
) {
  if (union) {
    const made =
      declared.get(union.name) ??
      builder.unionType(union.name, {
        description: union.description,
        types: labels.map((label) => nodeRefs[label]),
        resolveType,
      });
    declared.set(union.name, made);
    return made;
  }
  const found = unions.find(
    ([members]) => members.length === labels.length && labels.every((l) => members.includes(l)),
  );
  if (found === undefined) throw new Error(`no union of ${labels.join(', ')}`);
  return found[1];
}
