/**
 * The history of the graph, declared once: every committed change (an import, an editor's write,
 * a revert) is a `Change` node, and each fact it created, updated or removed a `FactChange` node
 * with the fact's stored properties before and after, as JSON. History nodes are neither labelled
 * Entity nor joined to entities by relationships, so paths, neighbourhoods, statistics, search
 * and exports never see them; a removed fact stays findable through its ids.
 */
import {
  type Evidence,
  evidenceProperties,
  type NodeFact,
  type Properties,
  type RelationshipFact,
  storedEvidence,
} from './facts.ts';
import type { Label } from './labels.ts';
import type { RelationshipType } from './relationships.ts';

/** The labels of history nodes (cypher/schema/008-history.cypher indexes them). */
export const historyLabels = { change: 'Change', factChange: 'FactChange' } as const;

/** Where a change came from. */
export const changeOrigins = ['IMPORT', 'CURATION', 'REVERT'] as const;
export type ChangeOrigin = (typeof changeOrigins)[number];

export const factActions = ['CREATED', 'UPDATED', 'REMOVED'] as const;
export type FactAction = (typeof factActions)[number];

/** Who made a change, how, and (a revert) which change it undoes. */
export interface ChangeMeta {
  by: string;
  origin: ChangeOrigin;
  /** The mutation or command, e.g. "updateProject", "import". */
  operation: string;
  reverts?: string | undefined;
}

/** A change as stored. */
export interface ChangeRecord extends ChangeMeta {
  id: string;
  /** When it was committed, ISO 8601. */
  at: string;
  revertedBy?: string | null;
}

/** One fact a change touched, as stored: its properties before and after as JSON, or null. */
export interface FactChangeRecord {
  change: string;
  position: number;
  action: FactAction;
  label: Label | null;
  type: RelationshipType | null;
  id: string | null;
  from: string | null;
  to: string | null;
  /** A relationship's identifying values (see relationship-identity.ts), or null. */
  identity: string | null;
  before: string | null;
  after: string | null;
}

/** A fact's state as history shows it: its properties, with its evidence as items. */
export type FactState = Record<string, unknown> & { evidence?: Evidence[] };

const evidenceKeys = ['evidenceSources', 'evidenceQuotes', 'evidenceNotes'];

/** The properties of a fact as history keeps them: evidence as `[{source, quote, note}]`. */
export function factState(properties: Properties): FactState {
  const state: FactState = Object.fromEntries(
    Object.entries(properties)
      .filter(([key]) => !evidenceKeys.includes(key))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  if ('evidenceSources' in properties) state.evidence = storedEvidence(properties);
  return state;
}

/** The stored properties of a fact history kept (the inverse of `factState`). */
export function storedState(state: FactState): Properties {
  const { evidence, ...rest } = state;
  return {
    ...(rest as Properties),
    ...(evidence === undefined ? {} : evidenceProperties(evidence)),
  };
}

/** The fact a record is about, as the write statements take it, in the state `state`. */
export function factOf(record: FactChangeRecord, state: FactState): NodeFact | RelationshipFact {
  const properties = storedState(state);
  if (record.label !== null)
    return { label: record.label, id: record.id as string, properties } satisfies NodeFact;
  return {
    type: record.type as RelationshipType,
    from: record.from as string,
    to: record.to as string,
    properties,
  } satisfies RelationshipFact;
}
