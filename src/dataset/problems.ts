import type { z } from 'zod';
import { firstLines, UserError } from '../user-error.ts';

/** Something wrong with the dataset, pinned to the file, the entry and the field. */
export interface Problem {
  file: string;
  /** Where in the file, e.g. `decisions[2].evidence[0].quote`; empty for the whole file. */
  path: string;
  message: string;
}

/** `['decisions', 2, 'evidence', 0, 'quote']` -> `decisions[2].evidence[0].quote` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

const describeProblem = ({ file, path, message }: Problem) =>
  path === '' ? `${file}: ${message}` : `${file}: ${path}: ${message}`;

/** The dataset was refused: nothing was written. Lists every problem found, one per line. */
export class DatasetError extends UserError {
  override name = 'DatasetError';

  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(
      [
        `The dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
        ...firstLines(problems.map(describeProblem)),
      ].join('\n'),
    );
    this.problems = problems;
  }
}

const describe = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'a map'
        : `${typeof value} ${JSON.stringify(value)}`;

/** Zod's issues, worded for a curator. */
export const curatorMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'missing: this field is required';
    return `expected ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a map' : issue.expected}, got ${describe(issue.input)}`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')}`;
  }
  if (issue.code === 'invalid_value') {
    return `expected one of ${issue.values.join(', ')}, got ${describe(issue.input)}`;
  }
  return undefined;
};
