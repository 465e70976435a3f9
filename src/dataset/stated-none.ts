/**
 * "The sources state there is none": an entry's `none:` groups name the facts of the entry a
 * source says do not exist (a meeting that took no decisions, a network without members yet),
 * with that source's evidence. A fact left out without such a statement is "not recorded"; the
 * API tells the two apart (see the `Coverage` enum). The field's format is `statedNone` in
 * format.ts.
 */

import type { Evidence } from '../model/facts.ts';
import type { FactChecker } from './checker.ts';
import type { EvidenceItem } from './format.ts';

/** A `none:` group: the aspects a source states the entry has none of, with its evidence. */
export interface StatedNone<A extends string> {
  of: A[];
  evidence: EvidenceItem[];
}

/**
 * The aspects stated to be none (stored as the node's `none` property) and their evidence
 * (stored with the node's own). An aspect the entry also gives facts of is a contradiction.
 */
export function checkStatedNone<A extends string>(
  check: FactChecker,
  groups: readonly StatedNone<A>[],
  given: Record<A, boolean>,
  path: string,
): { none: A[]; evidence: Evidence[] } {
  const none: A[] = [];
  const stated: Evidence[] = [];
  groups.forEach((group, index) => {
    group.of.forEach((aspect, at) => {
      if (given[aspect])
        check.problem(
          `${path}[${index}].of[${at}]`,
          `the entry gives its ${aspect}, so a source cannot state it has none`,
        );
      else if (!none.includes(aspect)) none.push(aspect);
    });
    stated.push(...(check.evidence(group.evidence, `${path}[${index}].evidence`) ?? []));
  });
  return { none, evidence: stated };
}
