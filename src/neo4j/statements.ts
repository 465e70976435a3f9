/**
 * The static statements of cypher/, each bound to TypeScript by a handle: the file, the
 * parameters it takes and the rows it answers. Code runs a statement only through its handle, so
 * a wrong parameter or a misread column is a type error. A test checks that every handle has its
 * file and every file its handle. (cypher/schema/ holds the migrations, applied in order by
 * migrate.ts, not statements run by name.)
 */
import type { NodeFact, PropertyValue, RelationshipFact } from '../model/facts.ts';
import type { ChangeMeta, ChangeRecord, FactChangeRecord } from '../model/history.ts';
import type { Label } from '../model/labels.ts';
import type { RelationshipType } from '../model/relationships.ts';

declare const types: unique symbol;

/** A statement in `cypher/<file>.cypher` that takes `P` (void: none) and answers rows of `R`. */
export interface Statement<P, R> {
  readonly file: string;
  /** Never present: carries the parameter and row types. */
  readonly [types]?: { params: P; row: R };
}

const statement = <P = void, R = never>(file: string): Statement<P, R> => ({ file });

/**
 * A relationship as the statements that find one take it: its type, its ends and the values of
 * the properties that tell it from others between the same nodes (see relationship-identity.ts).
 */
type Ends = Pick<RelationshipFact, 'type' | 'from' | 'to'> & {
  match: Record<string, PropertyValue | null>;
};

/** A node read by id with its label and every property as stored. */
export interface StoredNode {
  id: string;
  label: Label;
  properties: Record<string, PropertyValue | null>;
}

/** A node or relationship as exported: its properties and its evidence's source URLs. */
export interface ExportedFact {
  properties: Record<string, PropertyValue | null>;
  urls: (string | null)[];
}

/** The evidence of one relationship, as parallel lists. */
export interface ExportedEvidence {
  sources: string[];
  quotes: string[];
  notes: string[];
  urls: (string | null)[];
}

/** One way a member State takes part in a network, project or programme area. */
export interface ExportedParticipation {
  state: string;
  stateName: string;
  kind: string;
  targetLabel: Label;
  target: string;
  targetName: string;
  through: string | null;
  evidence: ExportedEvidence[];
}

export const statements = {
  read: {
    graphNodes: statement<void, NodeFact>('read/graph-nodes'),
    graphRelationships: statement<void, RelationshipFact>('read/graph-relationships'),
    entityCount: statement<void, { count: number }>('read/entity-count'),
    graphRevision: statement<void, { number: number }>('read/graph-revision'),
    schemaIndexes: statement<
      void,
      {
        name: string;
        type: string;
        entityType: string;
        labelsOrTypes: string[] | null;
        properties: string[] | null;
        state: string;
      }
    >('read/schema-indexes'),
    historyOf: statement<
      { id: string; afterAt: string | null; afterId: string | null; limit: number },
      ChangeRecord
    >('read/history-of'),
    changes: statement<
      {
        since: string | null;
        by: string | null;
        afterAt: string | null;
        afterId: string | null;
        limit: number;
      },
      ChangeRecord
    >('read/changes'),
    changesById: statement<{ ids: readonly string[] }, ChangeRecord>('read/changes-by-id'),
    factChanges: statement<
      { changes: readonly string[]; of: string | null; limit: number },
      FactChangeRecord
    >('read/fact-changes'),
    laterFactChange: statement<
      {
        id: string | null;
        type: string | null;
        from: string | null;
        to: string | null;
        identity: string | null;
        at: string;
      },
      { change: string }
    >('read/later-fact-change'),
    curationInvariants: statement<
      { identifiedBy: Readonly<Record<string, readonly string[]>> },
      { violation: string }
    >('read/curation-invariants'),
    exportNodeKeys: statement<{ label: Label }, { key: string; types: string[] }>(
      'read/export-node-keys',
    ),
    exportRelationshipKeys: statement<{ type: RelationshipType }, { key: string; types: string[] }>(
      'read/export-relationship-keys',
    ),
    exportNodes: statement<{ label: Label }, ExportedFact & { id: string }>('read/export-nodes'),
    exportRelationships: statement<
      { type: RelationshipType; identifying: readonly string[] },
      ExportedFact & { from: string; to: string }
    >('read/export-relationships'),
    exportParticipation: statement<void, ExportedParticipation>('read/export-participation'),
    factCount: statement<void, { nodes: number; relationships: number }>('read/fact-count'),
    changeFactCount: statement<{ change: string }, { facts: number }>('read/change-fact-count'),
    labelSizes: statement<
      void,
      { label: Label; nodes: number; evidence: number; mostEvidence: number }
    >('read/label-sizes'),
    relationshipDegrees: statement<
      void,
      {
        label: Label;
        type: RelationshipType | null;
        direction: 'out' | 'in' | null;
        total: number;
        most: number;
        evidence: number;
        mostEvidence: number;
      }
    >('read/relationship-degrees'),
  },
  write: {
    createNodes: statement<{ nodes: readonly NodeFact[] }>('write/create-nodes'),
    updateNodes: statement<{ nodes: readonly NodeFact[] }>('write/update-nodes'),
    deleteNodes: statement<{ ids: readonly string[] }>('write/delete-nodes'),
    createRelationships: statement<{ relationships: readonly RelationshipFact[] }>(
      'write/create-relationships',
    ),
    updateRelationships: statement<{ relationships: readonly (RelationshipFact & Ends)[] }>(
      'write/update-relationships',
    ),
    deleteRelationships: statement<{ relationships: readonly Ends[] }>(
      'write/delete-relationships',
    ),
    recordChange: statement<
      { change: Omit<ChangeMeta, 'reverts'> & { id: string; reverts: string | null } },
      { at: string }
    >('write/record-change'),
    recordFactChanges: statement<{ facts: readonly FactChangeRecord[] }>(
      'write/record-fact-changes',
    ),
    bumpRevision: statement<void, { number: number; importing: string | null }>(
      'write/bump-revision',
    ),
    beginImport: statement<{ change: string; abandonedAfterMs: number }, { importing: string }>(
      'write/begin-import',
    ),
    endImport: statement<{ change: string }>('write/end-import'),
    forgetFactChanges: statement<{ change: string; limit: number }, { deleted: number }>(
      'write/forget-fact-changes',
    ),
    forgetChange: statement<{ change: string }>('write/forget-change'),
    curationEntities: statement<{ ids: readonly string[] }, StoredNode>('write/curation-entities'),
    curationRelationships: statement<{ ids: readonly string[] }, RelationshipFact>(
      'write/curation-relationships',
    ),
    curationNextPosition: statement<
      { meeting: string; type: RelationshipType },
      { position: number }
    >('write/curation-next-position'),
    curationCitations: statement<{ id: string }, { fact: string }>('write/curation-citations'),
    lockEntities: statement<{ ids: readonly string[] }>('write/lock-entities'),
  },
  health: {
    databaseAnswers: statement<void, { answers: true }>('health/database-answers'),
  },
  /** The questions users ask most, in Cypher, for Neo4j Browser or cypher-shell. */
  examples: {
    statesByNetwork: statement<
      void,
      { network: string; state: string; sites: number | null; evidence: string | null }
    >('examples/states-by-network'),
    statesByProgramme: statement<
      void,
      { programme: string; states: { state: string; through: string[] }[] }
    >('examples/states-by-programme'),
    meetingDecisions: statement<
      { number: number },
      {
        meeting: string;
        kind: string;
        summary: string;
        proposedBy: string | null;
        subjects: string[];
      }
    >('examples/meeting-decisions'),
    howEntitiesConnect: statement<
      { from: string; to: string },
      {
        entities: string[];
        steps: { type: RelationshipType; from: string; to: string; evidence: string | null }[];
      }
    >('examples/how-entities-connect'),
    factsFromSource: statement<{ source: string }, { fact: string }>('examples/facts-from-source'),
  },
  /** The raw Cypher floor of bench:peers: one hand-written statement per operation. */
  bench: {
    lookup: statement<{ acronym: string }, Record<string, unknown>>('bench/lookup'),
    nested: statement<{ first: number }, Record<string, unknown>>('bench/nested'),
    participation: statement<void, Record<string, unknown>>('bench/participation'),
    list: statement<void, Record<string, unknown>>('bench/list'),
    page: statement<{ limit: number }, Record<string, unknown>>('bench/page'),
    count: statement<void, { totalCount: number }>('bench/count'),
    search: statement<{ query: string; limit: number }, Record<string, unknown>>('bench/search'),
  },
} as const;
