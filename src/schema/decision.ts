import { z } from 'zod';
import { decisionKinds, decisionKindTable } from '../dataset/decision-kinds.ts';
import { type DecisionKey, decisionItems } from '../graph/connections.ts';
import { builder } from './builder.ts';
import { connectionRoot, connectionType, pageArguments } from './connection.ts';
import { ownFields } from './node.ts';
import { DecisionOrder, ordering } from './order.ts';
import { planned } from './planned.ts';
import { Decision } from './refs.ts';

export const DecisionKindEnum = builder.enumType('DecisionKind', {
  description: 'What a meeting did, in the words of the sources.',
  values: Object.fromEntries(
    decisionKinds.map((kind) => [kind, { description: decisionKindTable[kind].description }]),
  ),
});

ownFields('Decision', (t, property) => ({
  kind: t.field({
    type: DecisionKindEnum,
    description: 'What the meeting did.',
    ...planned(property('kind')),
  }),
}));

const DecisionConnection = connectionType(
  'DecisionConnection',
  Decision,
  'A page of decisions.',
  'decisions',
);

const decisionKey: z.ZodType<DecisionKey> = z.object({
  number: z.number().int(),
  position: z.number().int(),
});

builder.queryField('decisions', (t) =>
  t.field({
    type: DecisionConnection,
    description:
      'Decisions of all meetings in meeting order (and within a meeting as its sources list them), a page at a time (20 unless `first` says, at most 100), filtered as asked.',
    args: {
      ...pageArguments(t),
      fromYear: t.arg.int({ description: 'Only decisions of meetings from this year on.' }),
      toYear: t.arg.int({ description: 'Only decisions of meetings up to this year.' }),
      kind: t.arg({ type: DecisionKindEnum, description: 'Only decisions of this kind.' }),
      programme: t.arg.string({
        description:
          'Only decisions about this programme area (slug) or one of its networks or projects.',
      }),
      network: t.arg.string({ description: 'Only decisions about this network (acronym).' }),
      state: t.arg.string({
        description:
          'Only decisions this State (ISO alpha-3) is involved in: it proposed them, or they concern a network it is a member of or a project it takes part in.',
      }),
      orderBy: t.arg({
        type: DecisionOrder,
        description: 'The order (by default: meeting, then place in the meeting).',
      }),
    },
    ...connectionRoot(
      (args) => (ordering(args.orderBy, 'MEETING').descending ? 'decisions/DESC' : 'decisions'),
      decisionKey,
      (args) =>
        decisionItems(
          {
            fromYear: (args.fromYear as number | null) ?? undefined,
            toYear: (args.toYear as number | null) ?? undefined,
            kind: (args.kind as string | null) ?? undefined,
            programme: (args.programme as string | null)?.toLowerCase(),
            network: (args.network as string | null)?.toUpperCase(),
            state: (args.state as string | null)?.toUpperCase(),
          },
          ordering(args.orderBy, 'MEETING'),
        ),
    ),
  }),
);
