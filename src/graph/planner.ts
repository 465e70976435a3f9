/**
 * An operation's plans: every root field's statement, and the check of the operation's cost,
 * depth and breadth against the limits, made from the values of its variables as GraphQL
 * coerced them (defaults applied, a single value given for a list made a list of one), so that
 * what is fetched is what the operation asks for. An operation run again with the same values
 * (a dashboard's) is planned once: plans are kept in a cache bounded in bytes.
 */
import {
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { BoundedCache, stringBytes } from '../bounded-cache.ts';
import { checkCost, estimate, type Limits } from './cost.ts';
import { type RootStatement, rootPlan } from './plan.ts';
import { type Selected, selectFields } from './selection.ts';
import { statementText } from './statement-text.ts';
import type { GraphStatistics, Statistics } from './statistics.ts';

/** A root field's plan, or the error its arguments make. */
export interface Planned {
  plan: RootStatement | GraphQLError;
}

/**
 * The plans of root fields by response key; a field whose arguments are wrong answers its error
 * when it runs. Plans hold no request's state: an operation sent again may use them again.
 */
export function planRoots(roots: readonly Selected[]): Map<string, Planned> {
  const plans = new Map<string, Planned>();
  for (const root of roots) {
    const plan = rootPlan(root.field);
    if (plan === undefined) continue;
    try {
      plans.set(root.key, { plan: plan.plan(root) });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      plans.set(root.key, { plan: error });
    }
  }
  return plans;
}

/** An operation of a parsed document, with its variables' coerced values. */
export interface Operation {
  schema: GraphQLSchema;
  definition: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * What planning an operation found: why it may not run, or its root fields' plans and its
 * estimated cost (from the graph's statistics, as checked against the limit; 0 for a mutation).
 */
export interface OperationPlans {
  refusal?: GraphQLError;
  plans: ReadonlyMap<string, Planned>;
  cost: number;
}

/** Operations whose variables are longer than this as JSON (lists of ids) are planned each time. */
const variablesKept = 2_048;

/**
 * Bytes a plan holds for each character of its Cypher text (the statement's expression tree of
 * cypher-builder objects, the selection it was made from, the text) and besides: measured on the
 * heap with the plans of 1,000 to 2,000 distinct operations, 18 to 36 bytes a character and
 * about 3.5 kB a plan for the smallest, rounded up.
 */
const bytesPerCypherCharacter = 40;
const bytesPerPlan = 1_024;

const sizeOf = ({ refusal, plans }: OperationPlans) => {
  let bytes = bytesPerPlan + (refusal ? stringBytes(refusal.message) * 2 : 0);
  for (const { plan } of plans.values()) {
    if (plan instanceof Error) bytes += stringBytes(plan.message) * 2;
    else if ('value' in plan) bytes += stringBytes(JSON.stringify(plan.value) ?? '');
    else {
      const { cypher, params } = statementText(plan);
      bytes += bytesPerCypherCharacter * cypher.length + stringBytes(JSON.stringify(params));
    }
  }
  return bytes;
};

export class Planner {
  readonly cache: BoundedCache<OperationPlans>;
  /** A number for each parsed document, and for each set of statistics, to key plans by. */
  readonly #numbers = new WeakMap<object, number>();
  #count = 0;

  private readonly limits: Limits;
  private readonly statistics: Statistics;

  constructor(limits: Limits, maxBytes: number, statistics: Statistics) {
    this.limits = limits;
    this.statistics = statistics;
    this.cache = new BoundedCache(maxBytes, sizeOf);
  }

  /** Waits for the graph's statistics the first time (later, a refresh runs in the background). */
  async ready(): Promise<void> {
    await this.statistics.current();
  }

  /** The plans of the operation the resolver `info` runs in. */
  ofResolver(info: GraphQLResolveInfo): OperationPlans {
    return this.plan({
      schema: info.schema,
      definition: info.operation,
      fragments: info.fragments,
      variables: info.variableValues,
    });
  }

  /**
   * The plans of `operation`, made now or kept from an earlier run with the same values and the
   * same statistics of the graph (its cost estimate depends on them).
   */
  plan(operation: Operation): OperationPlans {
    const statistics = this.statistics.latest();
    const variables = JSON.stringify(operation.variables);
    if (variables.length > variablesKept) return this.#make(operation, statistics);
    const document = operation.definition.loc?.source ?? operation.definition;
    const key = `${statistics ? this.#numberOf(statistics) : 0}\u0000${this.#numberOf(document)}:${operation.definition.loc?.start ?? 0}\u0000${variables}`;
    let plans = this.cache.get(key);
    if (plans === undefined) {
      plans = this.#make(operation, statistics);
      this.cache.set(key, plans);
    }
    return plans;
  }

  /** A number for a parsed document (a compiled copy shares its source) or a set of statistics. */
  #numberOf(object: object): number {
    let number = this.#numbers.get(object);
    if (number === undefined) {
      this.#count += 1;
      number = this.#count;
      this.#numbers.set(object, number);
    }
    return number;
  }

  #make(
    { schema, definition, fragments, variables }: Operation,
    statistics: GraphStatistics | undefined,
  ): OperationPlans {
    const root = (
      definition.operation === 'query' ? schema.getQueryType() : schema.getMutationType()
    ) as GraphQLObjectType | null | undefined;
    if (!root) return { plans: new Map(), cost: 0 };
    const roots = selectFields({ schema, fragments, variables }, root, [definition.selectionSet]);
    const refusal = checkCost(roots, this.limits, statistics);
    if (refusal) return { refusal, plans: new Map(), cost: 0 };
    if (definition.operation !== 'query') return { plans: new Map(), cost: 0 };
    return { plans: planRoots(roots), cost: estimate(roots, statistics).cost };
  }
}
