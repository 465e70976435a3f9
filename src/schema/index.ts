import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './stats.ts';

export const schema = builder.toSchema({ sortSchema: true });

/** The schema as SDL, sorted, as committed in schema.graphql. */
export const schemaSdl = () => `${printSchema(lexicographicSortSchema(schema))}\n`;
