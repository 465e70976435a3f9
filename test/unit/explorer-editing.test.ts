import { readFile } from 'node:fs/promises';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  editable,
  editableFile,
  editableModule,
  editingOperations,
  readSchema,
  withEditingOperations,
} from '../../explorer/editing.ts';
import { compileOperations, operationsFile } from '../../explorer/operations.ts';

/** A schema with two labels and one relationship type, as the curation API shapes them. */
const schema = buildSchema(`
  interface Node { id: ID! }
  scalar Date
  enum PlaceKind { CITY REGION }
  type Place implements Node { id: ID! slug: String! name: String! kind: PlaceKind! aliases: [String!]! }
  type Event implements Node { id: ID! slug: String! name: String! startDate: Date online: Boolean! city: Place }
  type Relationship { type: String! }
  type InvalidInputError { message: String! problems: [InputProblem!]! }
  type InputProblem { field: String! message: String! }
  type NotFoundError { message: String! }
  type DeletedNode { id: ID! }
  type RemovedRelationship { type: String! }
  input EvidenceInput { source: String! quote: String note: String }
  input CreateEventInput { slug: String! name: String! startDate: Date online: Boolean! city: ID evidence: [EvidenceInput!] }
  input UpdateEventInput { id: ID! slug: String name: String startDate: Date online: Boolean city: ID evidence: [EvidenceInput!] }
  input CreatePlaceInput { slug: String! name: String! kind: PlaceKind! aliases: [String!] evidence: [EvidenceInput!] }
  input UpdatePlaceInput { id: ID! slug: String name: String kind: PlaceKind aliases: [String!] }
  input AddHeldInInput { from: ID! to: ID! evidence: [EvidenceInput!]! venue: String }
  input RemoveHeldInInput { from: ID! to: ID! }
  union CreateEventResult = Event | InvalidInputError
  union UpdateEventResult = Event | InvalidInputError | NotFoundError
  union DeleteEventResult = DeletedNode | NotFoundError
  union CreatePlaceResult = Place | InvalidInputError
  union UpdatePlaceResult = Place | InvalidInputError | NotFoundError
  union DeletePlaceResult = DeletedNode | NotFoundError
  union AddHeldInResult = Relationship | InvalidInputError
  union RemoveHeldInResult = RemovedRelationship | NotFoundError | InvalidInputError
  type Query { node(id: ID!): Node }
  type Mutation {
    createEvent(input: CreateEventInput!): CreateEventResult!
    updateEvent(input: UpdateEventInput!): UpdateEventResult!
    deleteEvent(id: ID!): DeleteEventResult!
    createPlace(input: CreatePlaceInput!): CreatePlaceResult!
    updatePlace(input: UpdatePlaceInput!): UpdatePlaceResult!
    deletePlace(id: ID!): DeletePlaceResult!
    addHeldIn(input: AddHeldInInput!): AddHeldInResult!
    removeHeldIn(input: RemoveHeldInInput!): RemoveHeldInResult!
    addMembership(input: AddHeldInInput!): AddHeldInResult!
  }
`);
const problemsFragment =
  'fragment Problems on InvalidInputError { message problems { field message } }';

describe("the editor's forms and mutations, generated from the schema", () => {
  it('takes each form field from the create and update inputs: type, list, required, enum values; evidence and the global id apart', () => {
    const { labels, relationships } = editable(schema);
    expect(Object.keys(labels)).toEqual(['Event', 'Place']);
    expect(labels.Event?.create.map((f) => [f.name, f.type, f.required])).toEqual([
      ['slug', 'String', true],
      ['name', 'String', true],
      ['startDate', 'Date', false],
      ['online', 'Boolean', true],
      ['city', 'ID', false],
    ]);
    expect(labels.Event?.update.map((f) => f.name)).toEqual([
      'slug',
      'name',
      'startDate',
      'online',
      'city',
    ]);
    expect(labels.Place?.create.find((f) => f.name === 'kind')?.values).toEqual(['CITY', 'REGION']);
    expect(labels.Place?.create.find((f) => f.name === 'aliases')?.list).toBe(true);
    // addMembership has no AddMembershipInput: not one of the generated pairs.
    expect(Object.keys(relationships)).toEqual(['HeldIn']);
    expect(relationships.HeldIn?.map((f) => f.name)).toEqual(['venue']);
  });

  it('writes one valid operation per create, update, delete, add and remove, and one read of the fields an update form shows', () => {
    const text = editingOperations(schema, editable(schema));
    const operations = compileOperations(`${problemsFragment}\n${text}`);
    expect(operations.map((o) => o.name)).toEqual([
      'EditedEvent',
      'CreateEvent',
      'UpdateEvent',
      'DeleteEvent',
      'EditedPlace',
      'CreatePlace',
      'UpdatePlace',
      'DeletePlace',
      'AddHeldIn',
      'RemoveHeldIn',
    ]);
    for (const { name, text: operation } of operations) {
      expect(validate(schema, parse(operation)), name).toEqual([]);
    }
    const edited = operations.find((o) => o.name === 'EditedEvent')?.text ?? '';
    expect(edited).toMatch(/city \{\s+id\s+\}/);
    expect(edited).not.toContain('evidence');
    // Each answer is read for what its result may be, and nothing else.
    const operation = (name: string) => operations.find((o) => o.name === name)?.text ?? '';
    expect(operation('DeleteEvent')).toContain('NotFoundError');
    expect(operation('DeleteEvent')).not.toContain('InvalidInputError');
    expect(operation('AddHeldIn')).not.toContain('NotFoundError');
    expect(operation('UpdatePlace')).toMatch(
      /on Node[\s\S]*on InvalidInputError[\s\S]*on NotFoundError/,
    );
  });

  it('replaces the generated end of operations.graphql and keeps what is written above it', () => {
    const written = 'query Mine {\n  node(id: "x") {\n    id\n  }\n}\n';
    const once = withEditingOperations(written, schema);
    expect(once.startsWith(written.trimEnd())).toBe(true);
    expect(withEditingOperations(once, schema)).toBe(once);
  });

  it('is committed as schema.graphql gives it (run `npm run explorer:types` after changing the schema)', async () => {
    const current = await readSchema();
    const operations = await readFile(operationsFile, 'utf8');
    expect(operations).toBe(withEditingOperations(operations, current));
    expect(await readFile(editableFile, 'utf8')).toBe(editableModule(current));
  });
});
