/**
 * What tells one relationship from another: its type, its two ends, and the values of the
 * properties its type declares `identifiedBy` (a HELD_ROLE's role and date). Every place that
 * finds, compares, removes or records a relationship names it this way.
 */

import { endsOfType, type RelationshipType, relationshipTypes } from './relationships.ts';
import type { PropertyValue } from './stored-properties.ts';

/** A relationship as the places that name it know it: its properties may be left out. */
export interface NamedRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  properties?: Readonly<Record<string, unknown>> | undefined;
}

/** The properties that tell relationships of `type` between the same two nodes apart (often none). */
export const identifyingProperties = (type: RelationshipType): readonly string[] =>
  endsOfType(type).identifiedBy ?? [];

/** The identifying properties of every type that has some, by type: for statements to group by. */
export const identifiedBy: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  relationshipTypes.flatMap((type) => {
    const names = identifyingProperties(type);
    return names.length === 0 ? [] : [[type, names]];
  }),
);

/** The identifying properties' values of a relationship, by name; an absent one is null. */
export function identityOf({
  type,
  properties = {},
}: Pick<NamedRelationship, 'type' | 'properties'>): Record<string, PropertyValue | null> {
  return Object.fromEntries(
    identifyingProperties(type).map((name) => [name, (properties[name] ?? null) as PropertyValue]),
  );
}

/** The identity of a relationship as one string, equal exactly for the same relationship. */
export const relationshipKey = (r: NamedRelationship) =>
  JSON.stringify([r.type, r.from, r.to, ...Object.values(identityOf(r))]);

/**
 * A relationship in words, with what identifies it besides its ends:
 * `a -[HELD_ROLE]-> b with role "Head of the office" and date "2022-12-12"` (`no date` when absent).
 */
export function describeRelationship(r: NamedRelationship): string {
  const values = Object.entries(identityOf(r)).map(([name, value]) =>
    value === null ? `no ${name}` : `${name} ${JSON.stringify(value)}`,
  );
  const ends = `${r.from} -[${r.type}]-> ${r.to}`;
  return values.length === 0 ? ends : `${ends} with ${values.join(' and ')}`;
}

/**
 * The identifying values as history stores them on a FactChange, to find the later changes of
 * the same relationship: JSON, or null for a type its ends identify alone.
 */
export const storedIdentity = (r: NamedRelationship): string | null =>
  identifyingProperties(r.type).length === 0 ? null : JSON.stringify(identityOf(r));
