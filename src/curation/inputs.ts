/**
 * What curation mutations accept, built from the dataset format's own schemas, so that a write
 * an import would refuse is refused here with the same words.
 */
import { z } from 'zod';
import { decisionEntry, evidence, iso3, meetingEntry, networkId, slug } from '../dataset/format.ts';
import { curatorMessages, formatPath } from '../dataset/problems.ts';
import { InvalidInputError } from './errors.ts';

export const meetingInput = meetingEntry.pick({
  number: true,
  title: true,
  startDate: true,
  endDate: true,
  city: true,
  online: true,
  host: true,
  summary: true,
  evidence: true,
});
export type MeetingInput = z.infer<typeof meetingInput>;

export const decisionInput = decisionEntry.extend({ meeting: meetingEntry.shape.number });
export type DecisionInput = z.infer<typeof decisionInput>;

export const membershipInput = z.strictObject({ state: iso3, network: networkId, evidence });
export type MembershipInput = z.infer<typeof membershipInput>;

export const participationInput = z.strictObject({ state: iso3, project: slug, evidence });
export type ParticipationInput = z.infer<typeof participationInput>;

/** GraphQL sends an explicit null for a field a client sets to null; the format wants it absent. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, inner]) => inner !== null)
      .map(([key, inner]) => [key, withoutNulls(inner)]),
  );
}

/** Checks `value` against `schema`; every problem is reported under `input.<field>`. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(withoutNulls(value), { error: curatorMessages });
  if (parsed.success) return parsed.data;
  throw new InvalidInputError(
    parsed.error.issues.map((issue) => ({
      field: formatPath(['input', ...issue.path]),
      message: issue.message,
    })),
  );
}
