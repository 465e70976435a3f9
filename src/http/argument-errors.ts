import { type ArgumentNode, type ASTNode, type DocumentNode, GraphQLError, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The argument whose value `node` is (or is inside), if any. */
function enclosingArgument(document: DocumentNode, node: ASTNode): ArgumentNode | undefined {
  let found: ArgumentNode | undefined;
  visit(document, {
    Argument(argument) {
      const { start, end } = argument.value.loc ?? { start: -1, end: -1 };
      if (node.loc && node.loc.start >= start && node.loc.end <= end) found = argument;
    },
  });
  return found;
}

/**
 * graphql-js reports a wrongly typed literal ("Int cannot represent non-integer value") without
 * the argument it was given for; this names it, e.g. `Argument "number": Int cannot ...`.
 */
export const nameArgumentsInValidationErrors: Plugin = {
  onValidate({ params }) {
    return ({ result, setResult }) => {
      if (result.length === 0) return;
      setResult(
        result.map((error: Error) => {
          if (!(error instanceof GraphQLError)) return error;
          const node = error.nodes?.[0];
          const argument = node && enclosingArgument(params.documentAST, node);
          if (argument === undefined || error.message.includes(`"${argument.name.value}"`))
            return error;
          return new GraphQLError(`Argument "${argument.name.value}": ${error.message}`, {
            nodes: error.nodes,
            extensions: { ...error.extensions, argument: argument.name.value },
          });
        }),
      );
    };
  },
};
