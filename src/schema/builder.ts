import SchemaBuilder, { type ObjectFieldsShape } from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import type { Context } from './context.ts';

/** What the planner projects for an object: its selected fields by response key. */
export type Row = Record<string, unknown>;

interface Types {
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
}

export type BuilderTypes = PothosSchemaTypes.ExtendDefaultTypes<Types>;

/** The fields of an object type the planner projects. */
export type Fields = ObjectFieldsShape<BuilderTypes, Row>;

/** The field builder of root fields. */
export type QueryFieldBuilder = PothosSchemaTypes.QueryFieldBuilder<BuilderTypes, object>;

export const builder = new SchemaBuilder<Types>({
  plugins: [ErrorsPlugin],
  defaultFieldNullability: false,
  errors: {
    // A mutation answers the object it changed, or a typed error: `UpsertMeetingResult`.
    directResult: true,
    defaultUnionOptions: {
      name: ({ fieldName }) => `${fieldName[0]?.toUpperCase()}${fieldName.slice(1)}Result`,
      description: 'What the mutation changed, or a typed error saying why nothing was written.',
    },
  },
});

builder.queryType({
  description:
    'The NEASPEC knowledge graph: member States, programme areas, networks, Senior Officials Meetings and their decisions, projects, species, places, organisations, and the source of every fact.',
});
