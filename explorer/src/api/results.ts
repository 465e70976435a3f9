/**
 * The variables and results of the operations in operations.graphql, as the page reads them:
 * names for the generated types (`npm run explorer:types` writes generated.ts from
 * schema.graphql and operations.graphql; a test fails when it is stale).
 */
import type * as Generated from './generated.ts';

/** The element type of a list. */
type Item<List> = List extends readonly (infer Element)[] ? Element : never;

export type { Coverage, RelationshipType } from './generated.ts';

export type Relationship = Item<NonNullable<Generated.PathQuery['path']>['relationships']>;
export type Evidence = Item<Relationship['evidence']>;
export type Source = Evidence['source'];
/**
 * An object named by id, its type and name. The type is any string: a key the reader typed is
 * shown with an empty one until the API names the object.
 */
export type EntityRef = Omit<Relationship['from'], '__typename'> & { __typename: string };
export type Subgraph = Generated.NeighbourhoodQuery['neighbourhood'];
export type SubgraphNode = Item<Subgraph['nodes']>;
export type SubgraphEdge = Item<Subgraph['edges']>;
/** The fields NodeDetails asks for; which are present depends on the object's type. */
export type NodeDetails = NonNullable<Generated.NodeDetailsQuery['node']>;
export type Participation = Item<Generated.ParticipationQuery['participation']>;
export type Meeting = Item<Generated.MeetingsQuery['meetings']['edges']>['node'];
export type Change = Item<Generated.HistoryQuery['history']['edges']>['node'];
export type FactChange = Item<Change['facts']>;
export type SourceChoice = Item<Generated.SourcesQuery['sources']>;
export type EvidenceInput = Generated.EvidenceInput;
export type Problem = Item<Generated.ProblemsFragment['problems']>;

/**
 * What any operation generated alike for every label or relationship type answers (editing.ts):
 * the object, an invalid input with its problems, or what was not found.
 */
export interface EditAnswer {
  __typename: string;
  id?: string;
  message?: string;
  problems?: Problem[];
}

export interface Operations {
  Search: { variables: Generated.SearchQueryVariables; data: Generated.SearchQuery };
  Neighbourhood: {
    variables: Generated.NeighbourhoodQueryVariables;
    data: Generated.NeighbourhoodQuery;
  };
  NodeDetails: { variables: Generated.NodeDetailsQueryVariables; data: Generated.NodeDetailsQuery };
  RelationshipEvidence: {
    variables: Generated.RelationshipEvidenceQueryVariables;
    data: Generated.RelationshipEvidenceQuery;
  };
  SourceTexts: { variables: Generated.SourceTextsQueryVariables; data: Generated.SourceTextsQuery };
  Names: { variables: Generated.NamesQueryVariables; data: Generated.NamesQuery };
  Path: { variables: Generated.PathQueryVariables; data: Generated.PathQuery };
  RelationshipTypes: {
    variables: Generated.RelationshipTypesQueryVariables;
    data: Generated.RelationshipTypesQuery;
  };
  Participation: {
    variables: Generated.ParticipationQueryVariables;
    data: Generated.ParticipationQuery;
  };
  Meetings: { variables: Generated.MeetingsQueryVariables; data: Generated.MeetingsQuery };
  Counts: { variables: Generated.CountsQueryVariables; data: Generated.CountsQuery };
  Viewer: { variables: Generated.ViewerQueryVariables; data: Generated.ViewerQuery };
  Sources: { variables: Generated.SourcesQueryVariables; data: Generated.SourcesQuery };
  History: { variables: Generated.HistoryQueryVariables; data: Generated.HistoryQuery };
  RevertChange: {
    variables: Generated.RevertChangeMutationVariables;
    data: Generated.RevertChangeMutation;
  };
  AddEvidence: {
    variables: Generated.AddEvidenceMutationVariables;
    data: Generated.AddEvidenceMutation;
  };
}

export type OperationName = keyof Operations;
