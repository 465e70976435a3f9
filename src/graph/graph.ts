/**
 * The graph as one GraphQL request reads it. Each root field's whole selection is one Cypher
 * statement; lookups by key that share a statement (the same type and selection) are batched
 * into one by a DataLoader, with duplicate keys collapsed. Made anew for every request.
 */
import DataLoader from 'dataloader';
import { GraphQLError, type GraphQLObjectType, type GraphQLResolveInfo, Kind } from 'graphql';
import type { Label } from '../model/labels.ts';
import type { StatementReader } from '../neo4j/database.ts';
import { lookup } from './lookups.ts';
import type { Lookup, RootStatement, Statement } from './plan.ts';
import type { Planner } from './planner.ts';
import { type OperationContext, type Selected, selectFields } from './selection.ts';
import { keysParameter, statementText } from './statement-text.ts';

type Row = Record<string, unknown>;

/** The operation of a resolver, as the planner needs it. */
const operationOf = (info: GraphQLResolveInfo): OperationContext => ({
  schema: info.schema,
  fragments: info.fragments,
  variables: info.variableValues,
});

/** The selection of the field a resolver resolves, on the type it is declared on. */
export const selectedField = (
  info: GraphQLResolveInfo,
  type: GraphQLObjectType = info.parentType,
) =>
  selectFields(operationOf(info), type, [
    { kind: Kind.SELECTION_SET, selections: info.fieldNodes },
  ]).find((selected) => selected.key === info.path.key) as Selected;

export class Graph {
  readonly #lookups = new Map<string, DataLoader<unknown, Row | undefined, string>>();

  private readonly reader: StatementReader;
  private readonly planner: Planner;

  constructor(reader: StatementReader, planner: Planner) {
    this.reader = reader;
    this.planner = planner;
  }

  /**
   * The value of the root field `info` resolves, read with its one statement, planned from
   * the operation's variables as GraphQL coerced them.
   */
  async answer(info: GraphQLResolveInfo): Promise<unknown> {
    const { refusal, plans } = this.planner.ofResolver(info);
    if (refusal) throw refusal;
    const planned = plans.get(String(info.path.key));
    if (planned === undefined) throw new GraphQLError(`${info.fieldName} has no plan`);
    return this.run(planned.plan);
  }

  /**
   * Runs `work`, which answers the root field `info` resolves without a statement of the
   * planner's (history), unless the operation was refused. Its estimated cost was admitted with
   * the operation's (http/query-plan.ts).
   */
  async admitted<T>(info: GraphQLResolveInfo, work: () => Promise<T>): Promise<T> {
    const { refusal } = this.planner.ofResolver(info);
    if (refusal) throw refusal;
    return work();
  }

  /**
   * The node `id` of `label` as the field `info` resolves selects it: what a mutation answers
   * after its write.
   */
  node(info: GraphQLResolveInfo, label: Label, id: string): Promise<unknown> {
    // A mutation's result is a union of the object and its errors: the value says its type.
    return this.run(lookup(label, 'id', id, selectedField(info).children.get(label) ?? [], true));
  }

  /** The node `id` of `label` with the fields `selections` select (of a field typed Entity). */
  nodeSelecting(label: Label, id: string, selections: readonly Selected[]): Promise<unknown> {
    return this.run(lookup(label, 'id', id, selections, true));
  }

  /** Runs a plan: a statement, a batched lookup, or a value known without Neo4j. */
  async run(plan: RootStatement | GraphQLError): Promise<unknown> {
    if (plan instanceof GraphQLError) throw plan;
    if ('value' in plan) return plan.value;
    if ('key' in plan) return this.#lookup(plan);
    return this.#statement(plan);
  }

  async #statement(statement: Statement): Promise<unknown> {
    const { cypher, params } = statementText(statement);
    return statement.finish(await this.reader.query(cypher, params));
  }

  async #lookup(lookup: Lookup): Promise<unknown> {
    const { cypher, params } = statementText(lookup);
    const { [keysParameter]: _keys, ...others } = params;
    const batch = `${cypher}\n${JSON.stringify(others)}`;
    let loader = this.#lookups.get(batch);
    if (loader === undefined) {
      loader = new DataLoader(
        async (keys) => {
          const rows = await this.reader.query(cypher, { ...others, [keysParameter]: keys });
          const found = new Map(rows.map((row) => [JSON.stringify(row.key), row]));
          return keys.map((key) => found.get(JSON.stringify(key)));
        },
        { cacheKeyFn: (key) => JSON.stringify(key) },
      );
      this.#lookups.set(batch, loader);
    }
    return lookup.finish(await loader.load(lookup.key));
  }
}
