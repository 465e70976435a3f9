/**
 * What the graph records, told apart from "none": a dashboard reads null or an empty list as
 * "not recorded" unless the coverage says RECORDED or NONE.
 */
import {
  aspectCountsPlan,
  coverageValues,
  everyMeetingPlan,
  meetingAspectNames,
  meetingAspects,
  meetingCoverage,
  participationCoverage,
  programmeParticipationCoverage,
  unrecordedNumbersPlan,
  yearCoveragePlan,
} from '../graph/coverage.ts';
import { project } from '../graph/plan.ts';
import { ofNode } from '../graph/values.ts';
import { builder, type Row } from './builder.ts';
import { planned } from './planned.ts';
import { type PlannedField, plannedObject } from './planned-object.ts';
import { Meeting, Network, Programme, Project } from './refs.ts';
import { GraphStats } from './stats.ts';

const coverageDescriptions: Record<(typeof coverageValues)[number], string> = {
  RECORDED: 'The graph holds it: a source states it.',
  NONE: 'A source states there is none (e.g. a meeting held online has no city).',
  NOT_RECORDED:
    'No source the graph holds says either way: the field reads null or an empty list, which does not mean none.',
};

export const Coverage = builder.enumType('Coverage', {
  description:
    'Whether the sources record a fact: null or an empty list means "none" only where the coverage is NONE; where it is NOT_RECORDED it means that no source says.',
  values: Object.fromEntries(
    coverageValues.map((value) => [value, { description: coverageDescriptions[value] }]),
  ) as Record<(typeof coverageValues)[number], { description: string }>,
});

const MeetingCoverage = builder.objectRef<Row>('MeetingCoverage').implement({
  description:
    'Which facts of a meeting the sources record: null `startDate`, `city` or `hostState` and empty `attendees`, `agenda` or `decisions` mean "none" only where the coverage says NONE.',
  fields: (t) =>
    Object.fromEntries(
      meetingAspectNames.map((aspect) => [
        aspect,
        t.field({
          type: Coverage,
          description: meetingAspects[aspect].description,
          ...planned(ofNode((meeting) => meetingCoverage(meeting, aspect))),
        }),
      ]),
    ),
});

builder.objectField(Meeting, 'coverage', (t) =>
  t.field({
    type: MeetingCoverage,
    description:
      'Which of its date, city, host, attendance, agenda and decisions the sources record, and which they state there was none of.',
    ...planned({ cypher: (scope, selected) => project(selected, { node: scope.node }) }),
  }),
);

const participationField = (what: string, label: 'Network' | 'Project' | 'Programme') => ({
  type: Coverage,
  description: `Whether the sources record which member States take part in it (${what}): where NOT_RECORDED, a State missing from \`participation\` may still take part.`,
  ...planned(
    ofNode((node) =>
      label === 'Programme'
        ? programmeParticipationCoverage(node)
        : participationCoverage(node, label),
    ),
  ),
});

builder.objectField(Network, 'participationCoverage', (t) =>
  t.field(participationField('its members', 'Network')),
);
builder.objectField(Project, 'participationCoverage', (t) =>
  t.field(participationField('its participants', 'Project')),
);
builder.objectField(Programme, 'participationCoverage', (t) =>
  t.field(
    participationField(
      'through its networks and projects; RECORDED or NONE only when each of them is',
      'Programme',
    ),
  ),
);

const MeetingAspect = builder.enumType('MeetingAspect', {
  description: 'A fact of a meeting whose coverage is counted.',
  values: Object.fromEntries(
    meetingAspectNames.map((aspect) => [
      aspect.toUpperCase(),
      { description: meetingAspects[aspect].description },
    ]),
  ),
});

const count = (description: string): PlannedField => ({ type: 'Int', description });

const AspectCoverage = plannedObject(
  'AspectCoverage',
  'How many meetings have one fact recorded, stated to be none, or not recorded.',
  {
    aspect: { type: MeetingAspect, description: 'The fact.' },
    recorded: count('Meetings the sources record it for.'),
    none: count('Meetings a source states had none.'),
    notRecorded: count('Meetings no source says it for.'),
  },
);

const YearCoverage = plannedObject('YearCoverage', 'What the graph records of one year.', {
  year: count('The year.'),
  meetings: count('Meetings with a recorded date in that year.'),
  decisionsRecorded: count(
    "Of those, the meetings whose decisions are recorded or stated to be none: where 0, the year's decision counts are not recorded, not zero.",
  ),
});

const CoverageSummary = plannedObject(
  'CoverageSummary',
  'What the graph records, for a dashboard to tell "none" from "not recorded".',
  {
    meetings: {
      type: [Meeting],
      description: 'Every meeting in SOM-number order (select its `coverage`).',
      plan: everyMeetingPlan,
    },
    aspects: {
      type: [AspectCoverage],
      description: 'For each fact of a meeting, how many meetings record it.',
      plan: aspectCountsPlan,
    },
    years: {
      type: [YearCoverage],
      description:
        'Every year from the first recorded meeting date to the last, with how many of its meetings record their decisions.',
      plan: yearCoveragePlan,
    },
    unrecordedNumbers: {
      type: ['Int'],
      description:
        'SOM numbers up to the highest recorded that the graph holds no meeting for: the numbering says they took place, nothing else about them is recorded.',
      plan: unrecordedNumbersPlan,
    },
  },
);

builder.objectField(GraphStats, 'coverage', (t) =>
  t.field({
    type: CoverageSummary,
    description:
      'Which facts of the meetings the sources record, per meeting and in counts, and which years have recorded decisions.',
    ...planned({ cypher: (_scope, selected) => project(selected, {}) }),
  }),
);
