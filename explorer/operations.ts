import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  visit,
} from 'graphql';

/** The one file that lists every operation the explorer sends. */
export const operationsFile = fileURLToPath(new URL('operations.graphql', import.meta.url));

/** An operation as the page sends it and as the allow-list holds it. */
export interface PersistedOperation {
  name: string;
  /** The operation and the fragments it uses, printed: the exact text the hash is taken of. */
  text: string;
  /** SHA-256 of `text`, hex: the `extensions.persistedQuery.sha256Hash` a client sends. */
  hash: string;
}

const isOperation = (definition: DefinitionNode): definition is OperationDefinitionNode =>
  definition.kind === Kind.OPERATION_DEFINITION;

const isFragment = (definition: DefinitionNode): definition is FragmentDefinitionNode =>
  definition.kind === Kind.FRAGMENT_DEFINITION;

function spreadNames(node: OperationDefinitionNode | FragmentDefinitionNode): string[] {
  const names: string[] = [];
  visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
  return names;
}

/**
 * Splits a document into one self-contained document per operation: the operation, then the
 * fragments it spreads (directly or through other fragments) in the order the file defines them.
 */
export function compileOperations(source: string): PersistedOperation[] {
  const document: DocumentNode = parse(source, { noLocation: true });
  const fragments = new Map(
    document.definitions.filter(isFragment).map((fragment) => [fragment.name.value, fragment]),
  );
  return document.definitions.filter(isOperation).map((operation) => {
    const name = operation.name?.value;
    if (name === undefined) throw new Error(`${operationsFile}: every operation needs a name`);
    const used = new Set<string>();
    const pending = spreadNames(operation);
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const fragment = fragments.get(next);
      if (fragment === undefined) throw new Error(`${name}: unknown fragment ${next}`);
      if (!used.has(next)) pending.push(...spreadNames(fragment));
      used.add(next);
    }
    const text = print({
      kind: Kind.DOCUMENT,
      definitions: [operation, ...[...fragments.values()].filter((f) => used.has(f.name.value))],
    });
    return { name, text, hash: createHash('sha256').update(text).digest('hex') };
  });
}

/** The explorer's operations, read from operations.graphql. */
export const explorerOperations = (): PersistedOperation[] =>
  compileOperations(readFileSync(operationsFile, 'utf8'));

/** The allow-list in the format of PERSISTED_OPERATIONS_FILE: hash -> operation text. */
export const persistedOperations = (operations: PersistedOperation[]): Record<string, string> =>
  Object.fromEntries(operations.map(({ hash, text }) => [hash, text]));
