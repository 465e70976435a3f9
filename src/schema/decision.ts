import { z } from 'zod';
import { type DecisionKind, decisionKinds, decisionKindTable } from '../dataset/decision-kinds.ts';
import { subjectLabels } from '../dataset/facts.ts';
import {
  type DecisionFilters,
  type DecisionKey,
  decisionsCount,
  decisionsPage,
} from '../graph/pages.ts';
import type { EntityRecord } from '../graph/records.ts';
import { builder } from './builder.ts';
import { entityNode, relatedOne } from './entity.ts';
import { resolveKeysetConnection } from './pagination.ts';
import {
  Decision,
  Event,
  Meeting,
  MemberState,
  Network,
  Organisation,
  Programme,
  Project,
} from './refs.ts';

export const DecisionKindEnum = builder.enumType('DecisionKind', {
  description: 'What a meeting did, in the words of the sources.',
  values: Object.fromEntries(
    decisionKinds.map((kind) => [kind, { description: decisionKindTable[kind].description }]),
  ),
});

const DecisionSubject = builder.unionType('DecisionSubject', {
  description: 'What a decision is about.',
  types: [Network, Project, Programme, Event, Organisation],
  resolveType: (entity) => entity.label,
});

entityNode(
  Decision,
  'Decision',
  'An outcome of a Senior Officials Meeting: what it launched, endorsed, decided, ...',
  (t) => ({
    kind: t.field({
      type: DecisionKindEnum,
      description: 'What the meeting did.',
      resolve: (d) => d.kind as DecisionKind,
    }),
    summary: t.string({
      description: 'What was decided, in one sentence.',
      resolve: (d) => d.summary ?? '',
    }),
    meeting: t.field({
      type: Meeting,
      description: 'The meeting that made it.',
      resolve: async (d, _args, { graph }) =>
        (await graph.relatedOne(d.id, {
          type: 'MADE_AT',
          direction: 'out',
          label: 'Meeting',
        })) as EntityRecord,
    }),
    proposedBy: relatedOne(
      t,
      MemberState,
      { type: 'PROPOSED', direction: 'in', label: 'MemberState' },
      'The State on whose proposal it was made, where a source names one.',
    ),
    subjects: t.field({
      type: [DecisionSubject],
      description: 'What it is about: networks, projects, programme areas, events, organisations.',
      resolve: (d, _args, { graph }) =>
        graph.related(d.id, {
          type: 'CONCERNS',
          direction: 'out',
          label: Object.values(subjectLabels),
        }),
    }),
  }),
);

const decisionKey = z.object({ number: z.number().int(), position: z.number().int() });

builder.queryField('decisions', (t) =>
  t.connection(
    {
      type: Decision,
      description:
        'Decisions of all meetings in meeting order (and within a meeting as its sources list them), a page at a time (20 unless `first` says, at most 100), filtered as asked.',
      args: {
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
      },
      resolve: (_root, args, { graph }) =>
        resolveKeysetConnection(
          args,
          {
            fromYear: args.fromYear ?? null,
            toYear: args.toYear ?? null,
            kind: (args.kind as DecisionKind | null | undefined) ?? null,
            programme: args.programme?.toLowerCase() ?? null,
            network: args.network?.toUpperCase() ?? null,
            state: args.state?.toUpperCase() ?? null,
          },
          {
            connection: 'decisions',
            key: decisionKey,
            keyOf: (d: EntityRecord & { meetingNumber: number }): DecisionKey => ({
              number: d.meetingNumber,
              position: Number(d.position),
            }),
            page: (filters: DecisionFilters, window) =>
              decisionsPage(graph.reader, filters, window),
          },
        ),
    },
    {
      name: 'DecisionConnection',
      description: 'A page of decisions.',
      fields: (connection) => ({
        totalCount: connection.int({
          description:
            'How many decisions match the filters, in all pages (counted only when asked for).',
          resolve: (page, _args, { graph }) =>
            decisionsCount(graph.reader, (page as { filters: DecisionFilters }).filters),
        }),
      }),
    },
  ),
);
