import { GraphQLError, getOperationAST, Kind, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { authenticator } from '../auth/tokens.ts';
import type { SecurityConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Context } from '../schema/context.ts';
import { WriteLimits } from './write-limits.ts';

const refuse = (message: string, code: 'UNAUTHENTICATED' | 'FORBIDDEN') =>
  new GraphQLError(message, {
    extensions: {
      code,
      http: {
        status: code === 'UNAUTHENTICATED' ? 401 : 403,
        headers: code === 'UNAUTHENTICATED' ? { 'WWW-Authenticate': 'Bearer' } : {},
      },
    },
  });

const tooManyWrites = (perMinute: number, retryAfterSeconds: number) =>
  new GraphQLError(
    `Too many writes: an editor may make ${perMinute} a minute. Try again in ${retryAfterSeconds} s.`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        http: { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
      },
    },
  );

/** The mutation fields an operation asks for, by name: what the log names as its operation. */
const mutationFields = (operation: OperationDefinitionNode) =>
  operation.selectionSet.selections.map((selection) =>
    selection.kind === Kind.FIELD ? selection.name.value : '...',
  );

/**
 * Who may run what, decided before anything resolves, so a refused request reads and changes
 * nothing. Who the caller is comes first, before the operation is even parsed: a bad token is
 * refused whatever it is sent with, and when reads need a token an anonymous caller learns
 * nothing, not even what the schema would suggest for a misspelled field. Mutations then need a
 * valid token with the editor role, and each editor at most `writesPerMinute` writes a minute.
 */
export function authorization(auth: SecurityConfig['auth'], logger: Logger): Plugin<Context> {
  const curationEnabled = auth.secret !== undefined || auth.jwksUrl !== undefined;
  const authenticate = authenticator(auth);
  const limits = new WriteLimits(auth.writesPerMinute);
  return {
    async onParams({ request, setResult }) {
      const { viewer, problem } = await authenticate(request.headers.get('authorization'));
      if (problem !== undefined) {
        setResult({ errors: [refuse(`Not authenticated: ${problem}.`, 'UNAUTHENTICATED')] });
      } else if (auth.reads === 'token' && viewer === null) {
        setResult({
          errors: [
            refuse(
              'This server needs a token for reads too: send "Authorization: Bearer <token>".',
              'UNAUTHENTICATED',
            ),
          ],
        });
      }
    },
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as Context;
      const definition = getOperationAST(args.document, args.operationName);
      if (definition?.operation !== 'mutation') return;
      const fields = mutationFields(definition);
      const error = (() => {
        if (!curationEnabled) return refuse('Curation is not enabled on this server.', 'FORBIDDEN');
        if (context.viewer === null) {
          return refuse(
            'Mutations need an editor token: send "Authorization: Bearer <token>".',
            'UNAUTHENTICATED',
          );
        }
        if (!context.viewer.roles.includes(auth.editorRole)) {
          return refuse(
            `Mutations need the "${auth.editorRole}" role, which this token does not carry.`,
            'FORBIDDEN',
          );
        }
        const admitted = limits.admit(context.viewer.subject, fields.length);
        if (!admitted.allowed)
          return tooManyWrites(auth.writesPerMinute, admitted.retryAfterSeconds);
        return undefined;
      })();
      if (error) {
        // Who was refused what, and why: never anything of the token itself.
        logger.warn(
          {
            editor: context.viewer?.subject ?? null,
            operation: fields.join(','),
            reason: `${error.extensions.code}: ${error.message}`,
          },
          'write refused',
        );
        setResultAndStopExecution({ errors: [error] });
      }
    },
  };
}
