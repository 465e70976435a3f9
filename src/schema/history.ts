/**
 * History: every committed change (an import, an editor's write, a revert) with who made it,
 * when, and each fact before and after. `history(of:)` lists the changes to a node and its
 * relationships (a deleted node's too), `changes` all of them, and `revertChange` undoes one.
 */
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import { ConflictError, NotFoundError } from '../curation/errors.ts';
import type { ChangeCursor, ChangeFilter, ReadChange } from '../graph/history.ts';
import type {
  ChangeRecord,
  changeOrigins,
  FactChangeRecord,
  factActions,
} from '../model/history.ts';
import { builder, type QueryFieldBuilder } from './builder.ts';
import type { Context } from './context.ts';
import { curating } from './curation.ts';
import { decodeCursor, encodeCursor } from './cursors.ts';
import { checkRange } from './errors.ts';
import { decodeId } from './ids.ts';

/** The most changes one page lists, and facts one change shows. */
export const historyLimits = { changes: 100, facts: 500 } as const;

export const DateTimeScalar = builder.scalarType('DateTime', {
  description: 'An instant, written as an RFC 3339 date-time, e.g. "2026-12-07T05:30:00Z".',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
      throw new GraphQLError(`${JSON.stringify(value)} is not a date-time: expected RFC 3339`);
    return new Date(value).toISOString();
  },
});

const JsonScalar = builder.scalarType('JSON', {
  description: 'A JSON value: the stored properties of a fact, with its evidence as a list.',
  serialize: (value) => value,
  parseValue: (value) => value,
});

const ChangeOriginEnum = builder.enumType('ChangeOrigin', {
  description: 'Where a change came from.',
  values: {
    IMPORT: { description: 'An import of the dataset files (or the seed on first start).' },
    CURATION: { description: "An editor's mutation." },
    REVERT: { description: 'A revertChange, undoing an earlier change.' },
  } satisfies Record<(typeof changeOrigins)[number], { description: string }>,
});

const FactActionEnum = builder.enumType('FactAction', {
  description: 'What a change did to a fact.',
  values: {
    CREATED: { description: 'It made the fact (before is null).' },
    UPDATED: { description: 'It changed its properties or evidence.' },
    REMOVED: { description: 'It removed the fact (after is null).' },
  } satisfies Record<(typeof factActions)[number], { description: string }>,
});

const parse = (json: string | null) => (json === null ? null : JSON.parse(json));

const FactChange = builder.objectRef<FactChangeRecord>('FactChange').implement({
  description:
    'What a change did to one fact: a node (label and id) or a relationship (type, from, to), before and after.',
  fields: (t) => ({
    action: t.field({
      type: FactActionEnum,
      description: 'Created, updated or removed.',
      resolve: (f) => f.action,
    }),
    label: t.string({ nullable: true, description: "A node's label.", resolve: (f) => f.label }),
    type: t.string({
      nullable: true,
      description: "A relationship's type.",
      resolve: (f) => f.type,
    }),
    id: t.string({ nullable: true, description: "A node's key.", resolve: (f) => f.id }),
    from: t.string({
      nullable: true,
      description: "The key of a relationship's start node.",
      resolve: (f) => f.from,
    }),
    to: t.string({
      nullable: true,
      description: "The key of a relationship's end node.",
      resolve: (f) => f.to,
    }),
    before: t.field({
      type: JsonScalar,
      nullable: true,
      description:
        'Its stored properties before, with `evidence: [{source, quote, note}]`; null when created.',
      resolve: (f) => parse(f.before),
    }),
    after: t.field({
      type: JsonScalar,
      nullable: true,
      description: 'Its stored properties after; null when removed.',
      resolve: (f) => parse(f.after),
    }),
  }),
});

/** A related change (reverts, revertedBy), read by id. */
const related = async (id: string | null | undefined, { history }: Context) =>
  id ? ((await history.change(id)) ?? null) : null;

export const ChangeRef = builder.objectRef<ReadChange>('Change');
ChangeRef.implement({
  description: 'One committed change to the graph: who, when, how, and what it did to each fact.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id: pass it to revertChange.' }),
    at: t.field({
      type: DateTimeScalar,
      description: 'When it was committed.',
      resolve: (c) => c.at,
    }),
    by: t.exposeString('by', {
      description: "Who made it: the editor's token subject, or the import's.",
    }),
    origin: t.field({
      type: ChangeOriginEnum,
      description: 'Import, curation or revert.',
      resolve: (c) => c.origin,
    }),
    operation: t.exposeString('operation', {
      description: 'The mutation or command, e.g. "updateProject", "import", "seed".',
    }),
    facts: t.field({
      type: [FactChange],
      description: `What it did to each fact, in order (read through \`history(of:)\`, only the facts of that node and its relationships); at most \`first\`.`,
      args: {
        first: t.arg.int({
          defaultValue: 50,
          description: `How many facts at most (1 to ${historyLimits.facts}).`,
        }),
      },
      extensions: {
        plan: {
          fanOut: (selected: { args: Record<string, unknown> }) =>
            Number(selected.args.first ?? 50),
        },
      },
      resolve: (c, { first }, { history }) => {
        checkRange('first', first, 1, historyLimits.facts);
        return history.facts(c.id, c.of, first ?? 50);
      },
    }),
    reverts: t.field({
      type: ChangeRef,
      nullable: true,
      description: 'The change this one reverts (origin REVERT).',
      resolve: (c, _args, context) => related(c.reverts, context),
    }),
    revertedBy: t.field({
      type: ChangeRef,
      nullable: true,
      description: 'The change that reverted this one, if any.',
      resolve: (c, _args, context) => related(c.revertedBy, context),
    }),
  }),
});

interface Edge {
  cursor: string;
  node: ReadChange;
}

const ChangeEdge = builder.objectRef<Edge>('ChangeEdge').implement({
  description: 'A change of a page, with its cursor.',
  fields: (t) => ({
    cursor: t.exposeString('cursor', {
      description: 'Pass it as `after` for the changes after it.',
    }),
    node: t.field({ type: ChangeRef, description: 'The change.', resolve: (e) => e.node }),
  }),
});

const ChangePageInfo = builder
  .objectRef<{ hasNextPage: boolean; endCursor: string | null }>('ChangePageInfo')
  .implement({
    description: 'Whether older changes follow this page, and where it ends.',
    fields: (t) => ({
      hasNextPage: t.exposeBoolean('hasNextPage', {
        description: 'True when older changes follow.',
      }),
      endCursor: t.string({
        nullable: true,
        description: 'The cursor of the last change of the page: pass it as `after`.',
        resolve: (p) => p.endCursor,
      }),
    }),
  });

const ChangeConnection = builder
  .objectRef<{ edges: Edge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>(
    'ChangeConnection',
  )
  .implement({
    description: 'A page of changes, newest first.',
    fields: (t) => ({
      edges: t.field({
        type: [ChangeEdge],
        description: 'The changes of this page.',
        extensions: { plan: { fanOut: () => 1 } },
        resolve: (c) => c.edges,
      }),
      pageInfo: t.field({
        type: ChangePageInfo,
        description: 'Where the page ends.',
        resolve: (c) => c.pageInfo,
      }),
    }),
  });

const cursorShape = z.tuple([z.string(), z.string()]);

/** A page of the changes `filter` lists, from the page arguments. */
async function changePage(
  filter: ChangeFilter,
  args: { first?: number | null; after?: string | null },
  { history, graph }: Context,
  info: GraphQLResolveInfo,
) {
  const first = args.first ?? 20;
  checkRange('first', first, 1, historyLimits.changes);
  const key = decodeCursor(args.after ?? undefined, 'changes', cursorShape, 'after');
  const after: ChangeCursor | undefined = key && { at: key[0], id: key[1] };
  const { changes, more } = await graph.admitted(info, () => history.page(filter, first, after));
  const edges = changes.map((node) => ({
    cursor: encodeCursor('changes', [node.at, node.id]),
    node,
  }));
  return { edges, pageInfo: { hasNextPage: more, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** A page's cost: as many changes as `first` asks, for the planner's estimate. */
const paged = {
  root: {
    plan: () => ({ value: undefined }),
    fanOut: (selected: { args: Record<string, unknown> }) => Number(selected.args.first ?? 20),
  },
};

const pageArgs = (t: QueryFieldBuilder) => ({
  first: t.arg.int({
    defaultValue: 20,
    description: `How many changes (1 to ${historyLimits.changes}).`,
  }),
  after: t.arg.string({ description: 'The endCursor of the page before.' }),
});

builder.queryFields((t) => ({
  history: t.field({
    type: ChangeConnection,
    description:
      'The changes to a node and its relationships, newest first; a deleted node keeps its history under the ID it had.',
    args: {
      of: t.arg.id({ required: true, description: 'The global ID of the node.' }),
      ...pageArgs(t),
    },
    extensions: paged,
    resolve: (_root, { of, ...page }, context, info) =>
      changePage({ of: decodeId(String(of), 'of').id }, page, context, info),
  }),
  changes: t.field({
    type: ChangeConnection,
    description: 'Every change to the graph, newest first: since a time, by one author.',
    args: {
      since: t.arg({ type: DateTimeScalar, description: 'Only changes from this instant on.' }),
      by: t.arg.string({ description: 'Only this author\'s (a token subject, or "import").' }),
      ...pageArgs(t),
    },
    extensions: paged,
    resolve: (_root, { since, by, ...page }, context, info) =>
      changePage({ since: since ?? null, by: by ?? null }, page, context, info),
  }),
}));

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description:
    'The change cannot be reverted: a fact it changed has changed since; nothing was written.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What changed since, and in which change.' }),
    fact: t.exposeString('fact', { description: 'The fact, e.g. "PRK -[MEMBER_OF]-> NEACAP".' }),
    change: t.field({
      type: ChangeRef,
      nullable: true,
      description: 'The later change to that fact.',
      resolve: (error, _args, context) => related(error.change, context),
    }),
  }),
});

/** The change an editor's write recorded, read back for its answer. */
export async function recordedChange(
  id: string | undefined,
  { history }: Context,
): Promise<ChangeRecord> {
  const change = id === undefined ? undefined : await history.change(id);
  if (change === undefined) throw new Error('the write recorded no change');
  return change;
}

builder.mutationFields((t) => ({
  revertChange: t.field({
    type: ChangeRef,
    description:
      'Reverts a change: restores what it removed or altered and removes what it created, as a change of its own (origin REVERT).',
    errors: { types: [NotFoundError, ConflictError] },
    args: { id: t.arg.id({ required: true, description: 'The id of the change.' }) },
    resolve: async (_root, { id }, context) =>
      recordedChange(await curating(context.curation).revertChange(String(id)), context),
  }),
}));
