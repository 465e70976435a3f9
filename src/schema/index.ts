import { lexicographicSortSchema, printSchema } from 'graphql';
import { auditRefusedWrites } from './audit.ts';
import { builder } from './builder.ts';
import './node.ts';
import './nodes.ts';
import './member-state.ts';
import './programme.ts';
import './network.ts';
import './project.ts';
import './meeting.ts';
import './decision.ts';
import './place.ts';
import './source.ts';
import './participation.ts';
import './paths.ts';
import './search.ts';
import './stats.ts';
import './coverage.ts';
import './curation.ts';

export const schema = auditRefusedWrites(builder.toSchema({ sortSchema: true }));

/** The schema as SDL, sorted, as committed in schema.graphql. */
export const schemaSdl = () => `${printSchema(lexicographicSortSchema(schema))}\n`;

import './node-mutations.ts';
import './relationship-mutations.ts';
import './viewer.ts';
import './history.ts';
