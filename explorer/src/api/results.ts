/**
 * The variables and results of the operations in operations.graphql, as the page reads them.
 * A unit test checks every operation against the schema; keep these in step with that file.
 */

export interface Source {
  id: string;
  title: string;
  url: string | null;
}

export interface Evidence {
  quote: string | null;
  note: string | null;
  source: Source;
}

/** An object named by id, its type and name. */
export interface EntityRef {
  id: string;
  __typename: string;
  name: string;
}

export interface Relationship {
  type: string;
  role: string | null;
  from: EntityRef;
  to: EntityRef;
  evidence: Evidence[];
}

export interface SubgraphNode {
  id: string;
  label: string;
  name: string;
}

export interface SubgraphEdge {
  type: string;
  source: string;
  target: string;
}

export interface Subgraph {
  truncated: boolean;
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
}

/** The fields NodeDetails asks for; which are present depends on the object's type. */
export interface NodeDetails extends EntityRef {
  aliases: string[];
  evidence: Evidence[];
  relationships: Relationship[];
  launchedAt?: {
    id: string;
    decisionKind: string;
    meeting: { id: string; title: string; startDate: string };
    evidence: Evidence[];
  } | null;
  [field: string]: unknown;
}

export interface Participation {
  kind: 'MEMBER_OF' | 'PARTICIPATES_IN' | 'VIA_MEMBER_OF' | 'VIA_PARTICIPATES_IN';
  state: { id: string; iso3: string };
  target: EntityRef;
  through: EntityRef | null;
  evidence: Evidence[];
}

/** Whether the sources record a fact (schema: enum Coverage). */
export type Coverage = 'RECORDED' | 'NONE' | 'NOT_RECORDED';

export interface Meeting {
  id: string;
  number: number;
  title: string;
  startDate: string | null;
  endDate: string | null;
  online: boolean;
  city: { name: string } | null;
  hostState: { name: string } | null;
  decisions: { id: string; kind: string; summary: string }[];
  coverage: { date: Coverage; city: Coverage; host: Coverage; decisions: Coverage };
}

export interface Operations {
  Search: {
    variables: { text: string; first?: number };
    data: { search: { score: number; node: EntityRef }[] };
  };
  Neighbourhood: {
    variables: { id: string; depth?: number };
    data: { neighbourhood: Subgraph };
  };
  NodeDetails: { variables: { id: string }; data: { node: NodeDetails | null } };
  RelationshipEvidence: {
    variables: { id: string; types: string[] };
    data: { node: { id: string; relationships: Relationship[] } | null };
  };
  SourceTexts: {
    variables: { ids: string[] };
    data: { nodes: ({ id: string; text?: string | null } | null)[] };
  };
  Names: { variables: { ids: string[] }; data: { nodes: (EntityRef | null)[] } };
  Path: {
    variables: { from: string; to: string; maxHops?: number; types?: string[] };
    data: {
      path: { length: number; nodes: EntityRef[]; relationships: Relationship[] } | null;
    };
  };
  RelationshipTypes: {
    variables: Record<string, never>;
    data: { stats: { relationshipCounts: { type: string; count: number }[] } };
  };
  Participation: {
    variables: Record<string, never>;
    data: {
      memberStates: { id: string; iso3: string; name: string }[];
      networks: {
        id: string;
        acronym: string | null;
        name: string;
        participationCoverage: Coverage;
      }[];
      programmes: { id: string; name: string; participationCoverage: Coverage }[];
      projects: { id: string; name: string; participationCoverage: Coverage }[];
      participation: Participation[];
    };
  };
  Meetings: {
    variables: { after?: string | null };
    data: {
      meetings: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: Meeting }[];
      };
    };
  };
  Counts: {
    variables: Record<string, never>;
    data: {
      stats: {
        nodeCounts: { label: string; count: number }[];
        relationshipCounts: { type: string; count: number }[];
        decisionsByKind: { kind: string; count: number }[];
        decisionsByYearAndKind: { year: number; kind: string; count: number }[];
        meetingsByHost: { state: { id: string; name: string }; count: number }[];
        decisionsByProgramme: { programme: { id: string; name: string }; count: number }[];
        coverage: {
          aspects: { aspect: string; notRecorded: number }[];
          years: { year: number; decisionsRecorded: number }[];
        };
      };
    };
  };
}

export type OperationName = keyof Operations;
