import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
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
 * nothing: a bad token is refused whatever it is sent with; mutations need a valid token with the
 * editor role; queries need a token only when reads are configured closed.
 */
export function authorization(auth: SecurityConfig['auth']): Plugin<Context> {
  const curationEnabled = auth.secret !== undefined || auth.jwksUrl !== undefined;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as Context;
      const operation = getOperationAST(args.document, args.operationName)?.operation;
      const error = (() => {
        if (context.authProblem)
          return refuse(`Not authenticated: ${context.authProblem}.`, 'UNAUTHENTICATED');
        if (operation === 'mutation') {
          if (!curationEnabled)
            return refuse('Curation is not enabled on this server.', 'FORBIDDEN');
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
        } else if (auth.reads === 'token' && context.viewer === null) {
          return refuse(
            'This server needs a token for reads too: send "Authorization: Bearer <token>".',
            'UNAUTHENTICATED',
          );
        }
        return undefined;
      })();
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
