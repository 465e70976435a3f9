/**
 * Fields that follow more than one relationship, or a relationship with a condition, declared
 * as routes through the relationship table: a State's programme areas are those of its networks
 * and projects. The planner turns each into Cypher like any relationship field.
 */
import type { Label } from './labels.ts';
import type { RelationshipType } from './relationships.ts';

/** One step of a route: relationships of these types, this way, to nodes of these labels. */
export interface Step {
  types: readonly RelationshipType[];
  direction: 'out' | 'in';
  far?: readonly Label[];
}

export interface Route {
  on: Label;
  field: string;
  description: string;
  /** The labels at the end of the route. */
  far: readonly Label[];
  /** Alternative paths; a node reached by several is listed once. */
  paths: readonly (readonly Step[])[];
  /** Only far nodes whose property has this value. */
  where?: { property: string; equals: string };
  one?: true;
  fanOut: number;
}

export const routes: readonly Route[] = [
  {
    on: 'MemberState',
    field: 'programmes',
    description: 'The programme areas it takes part in, through a network or a project of theirs.',
    far: ['Programme'],
    paths: [
      [
        { types: ['MEMBER_OF', 'PARTICIPATES_IN'], direction: 'out' },
        { types: ['PART_OF'], direction: 'out', far: ['Programme'] },
      ],
    ],
    fanOut: 10,
  },
  {
    on: 'Programme',
    field: 'decisions',
    description: 'Decisions about the programme area or about one of its networks or projects.',
    far: ['Decision'],
    paths: [
      [{ types: ['CONCERNS'], direction: 'in', far: ['Decision'] }],
      [
        { types: ['PART_OF'], direction: 'in' },
        { types: ['CONCERNS'], direction: 'in', far: ['Decision'] },
      ],
    ],
    fanOut: 50,
  },
  {
    on: 'Programme',
    field: 'memberStates',
    description: 'The member States taking part, through its networks or projects.',
    far: ['MemberState'],
    paths: [
      [
        { types: ['PART_OF'], direction: 'in' },
        { types: ['MEMBER_OF', 'PARTICIPATES_IN'], direction: 'in', far: ['MemberState'] },
      ],
    ],
    fanOut: 6,
  },
  {
    on: 'Network',
    field: 'launchedAt',
    description: 'The meeting decision that launched it (null if the sources do not say).',
    far: ['Decision'],
    paths: [[{ types: ['CONCERNS'], direction: 'in', far: ['Decision'] }]],
    where: { property: 'kind', equals: 'LAUNCHED' },
    one: true,
    fanOut: 1,
  },
];

export const routesOf = (label: Label) => routes.filter((route) => route.on === label);
