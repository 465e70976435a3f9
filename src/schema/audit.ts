/**
 * Every write the schema refuses with a typed error (its input breaks a rule, what it acts on is
 * not there, a revert conflicts) is logged as one line naming the editor, the mutation and why;
 * refusals before a mutation runs (no token, no editor role, too many writes) are logged by the
 * authorization plugin. Done once here, around every mutation field, so no mutation is missed.
 */
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { ConflictError, InvalidInputError, NotFoundError } from '../curation/errors.ts';
import type { Context } from './context.ts';

/** The typed errors a mutation answers with (the errors plugin hands them on wrapped). */
const refusals = new Set([InvalidInputError.name, NotFoundError.name, ConflictError.name]);

export function auditRefusedWrites(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (parent, args, context: Context, info) => {
      const result = await resolve(parent, args, context, info);
      const { name, message } = (result ?? {}) as { name?: unknown; message?: unknown };
      if (typeof name === 'string' && refusals.has(name))
        context.refusedWrite(info.fieldName, `${name}: ${String(message)}`);
      return result;
    };
  }
  return schema;
}
