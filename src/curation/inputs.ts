/**
 * What curation mutations accept, built from the dataset format's own schemas, so that a write
 * an import would refuse is refused here with the same words.
 */
import { z } from 'zod';
import {
  decisionEntry,
  type EvidenceItem,
  evidence,
  meetingEntry,
  propertyValue,
} from '../dataset/format.ts';
import { curatorMessages, formatPath } from '../dataset/problems.ts';
import type { Properties, PropertyValue } from '../model/facts.ts';
import { identifyingProperties } from '../model/relationship-identity.ts';
import { endsOfType, type RelationshipType } from '../model/relationships.ts';
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

/** The input of `add<T>` (with evidence) or `remove<T>`, checked; ends are node ids. */
export interface RelationshipInput {
  from: string;
  to: string;
  evidence: EvidenceItem[];
  properties: Properties;
}

/**
 * Checks the input of `add<type>` (`adding`: the type's properties and evidence) or of
 * `remove<type>` (the properties that identify one of the type's relationships, if it has any)
 * against the relationship table.
 */
export function relationshipInput(
  type: RelationshipType,
  raw: Record<string, unknown>,
  adding: boolean,
  /** Where the input is, for the problems it has. */
  at: readonly string[] = ['input'],
): RelationshipInput {
  const identifying = identifyingProperties(type);
  const declared = Object.entries(endsOfType(type).properties ?? {}).filter(
    ([name]) => adding || identifying.includes(name),
  );
  const properties = Object.fromEntries(
    declared.map(([name, property]) => {
      const value = propertyValue(property);
      return [name, property.required ? value : value.optional()];
    }),
  );
  const parsed = parseInput(
    z.strictObject({
      from: z.string(),
      to: z.string(),
      ...(adding ? { evidence } : {}),
      ...properties,
    }),
    raw,
    at,
  ) as Record<string, unknown>;
  return {
    from: parsed.from as string,
    to: parsed.to as string,
    evidence: (parsed.evidence as EvidenceItem[] | undefined) ?? [],
    properties: Object.fromEntries(
      declared
        .filter(([name]) => parsed[name] !== undefined)
        .map(([name]) => [name, parsed[name] as PropertyValue]),
    ),
  };
}

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
export function parseInput<T>(
  schema: z.ZodType<T>,
  value: unknown,
  at: readonly string[] = ['input'],
): T {
  const parsed = schema.safeParse(withoutNulls(value), { error: curatorMessages });
  if (parsed.success) return parsed.data;
  throw new InvalidInputError(
    parsed.error.issues.map((issue) => ({
      field: formatPath([...at, ...issue.path]),
      message: issue.message,
    })),
  );
}
