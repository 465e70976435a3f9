import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { authenticator } from '../auth/tokens.ts';
import type { SecurityConfig } from '../config.ts';
import type { Context } from '../schema/context.ts';

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

/**
 * Who may run what, decided before anything resolves, so a refused request reads and changes
 * nothing. Who the caller is comes first, before the operation is even parsed: a bad token is
 * refused whatever it is sent with, and when reads need a token an anonymous caller learns
 * nothing, not even what the schema would suggest for a misspelled field. Mutations then need a
 * valid token with the editor role.
 */
export function authorization(auth: SecurityConfig['auth']): Plugin<Context> {
  const curationEnabled = auth.secret !== undefined || auth.jwksUrl !== undefined;
  const authenticate = authenticator(auth);
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
      const operation = getOperationAST(args.document, args.operationName)?.operation;
      if (operation !== 'mutation') return;
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
        return undefined;
      })();
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
