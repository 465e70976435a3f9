/**
 * The graph as linked data: every node a resource with a stable IRI (`<base>/id/<key>`), typed
 * with our vocabulary (`<base>/vocab#MemberState`) and a schema.org type where one fits, its
 * properties in schema.org terms where they fit; every relationship a triple, and also a
 * statement (rdf:Statement, prov:Entity) that says where the fact comes from: PROV-O's
 * prov:wasDerivedFrom the Source, and a prov:Derivation per evidence item with its quote or note.
 * Written as JSON-LD and as Turtle from the same resources.
 */
import type { PropertyValue } from '../model/facts.ts';
import { type Label, labels } from '../model/labels.ts';
import {
  identifyingProperties,
  identityOf,
  type NamedRelationship,
} from '../model/relationship-identity.ts';
import { relationshipTypes } from '../model/relationships.ts';
import type { ReadSnapshot } from '../neo4j/database.ts';
import { statements } from '../neo4j/statements.ts';
import { evidenceOf, notColumns } from './cells.ts';

export const prefixes = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
} as const;

/** A value: an IRI (full, or prefixed as `schema:name`), a literal, or a resource of its own. */
export type Term =
  | { iri: string }
  | { value: string | number | boolean; datatype?: string }
  | { resource: Resource };

/** A resource and what is said of it; a resource without an id is a blank node. */
export interface Resource {
  id?: string;
  types: string[];
  statements: [predicate: string, object: Term][];
}

const schemaTypes: Partial<Record<Label, string>> = {
  MemberState: 'schema:Country',
  Network: 'schema:Organization',
  Organisation: 'schema:Organization',
  Meeting: 'schema:Event',
  Event: 'schema:Event',
  Place: 'schema:Place',
  Project: 'schema:Project',
  Source: 'schema:CreativeWork',
  Species: 'schema:Taxon',
};

const schemaProperties: Record<string, string> = {
  id: 'schema:identifier',
  name: 'schema:name',
  summary: 'schema:description',
  aliases: 'schema:alternateName',
  startDate: 'schema:startDate',
  endDate: 'schema:endDate',
  url: 'schema:url',
  publisher: 'schema:publisher',
  author: 'schema:author',
};

const dates = new Set(['startDate', 'endDate']);

/** The IRIs of one export: nodes, facts and our vocabulary under `base`. */
export function iris(base: string) {
  const root = base.replace(/\/+$/, '');
  const vocab = `${root}/vocab#`;
  const node = (id: string) => `${root}/id/${encodeURIComponent(id)}`;
  return {
    vocab,
    node,
    /** A relationship's IRI: its type and ends, then the values that tell it from others between them. */
    fact: (link: NamedRelationship) =>
      [
        `${root}/fact/${link.type}`,
        ...[link.from, link.to, ...Object.values(identityOf(link)).map((v) => v ?? '')].map(
          (part) => encodeURIComponent(String(part)),
        ),
      ].join('/'),
  };
}
type Iris = ReturnType<typeof iris>;

function literals(key: string, value: PropertyValue | null): Term[] {
  if (value === null) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.map((item) =>
    dates.has(key) ? { value: String(item), datatype: 'xsd:date' } : { value: item },
  );
}

/** Where a fact comes from, one derivation per evidence item. */
function provenance(names: Iris, fact: Parameters<typeof evidenceOf>[0]): Resource['statements'] {
  return evidenceOf(fact).flatMap((item) => {
    const source = { iri: names.node(item.source) };
    const derivation: Resource = {
      types: ['prov:Derivation'],
      statements: [
        ['prov:entity', source],
        ...(item.quote === '' ? [] : [[`${names.vocab}quote`, { value: item.quote }] as const]),
        ...(item.note === '' ? [] : [[`${names.vocab}note`, { value: item.note }] as const]),
      ] as Resource['statements'],
    };
    return [
      ['prov:wasDerivedFrom', source],
      ['prov:qualifiedDerivation', { resource: derivation }],
    ] as Resource['statements'];
  });
}

/** Every node, then every relationship (its triple and its statement), as resources. */
export async function* resources(snapshot: ReadSnapshot, base: string): AsyncGenerator<Resource> {
  const names = iris(base);
  for (const label of labels) {
    const schemaType = schemaTypes[label];
    for await (const node of snapshot.rows(statements.read.exportNodes, { label })) {
      const properties = Object.entries(node.properties).filter(([key]) => !notColumns.has(key));
      yield {
        id: names.node(node.id),
        types: [`${names.vocab}${label}`, ...(schemaType ? [schemaType] : [])],
        statements: [
          ...properties.flatMap(([key, value]) =>
            literals(key, value).map((term): [string, Term] => [
              schemaProperties[key] ?? `${names.vocab}${key}`,
              term,
            ]),
          ),
          ...provenance(names, node),
        ],
      };
    }
  }
  for (const type of relationshipTypes) {
    const predicate = `${names.vocab}${type}`;
    for await (const link of snapshot.rows(statements.read.exportRelationships, {
      type,
      identifying: identifyingProperties(type),
    })) {
      const [from, to] = [names.node(link.from), names.node(link.to)];
      yield { id: from, types: [], statements: [[predicate, { iri: to }]] };
      const properties = Object.entries(link.properties).filter(([key]) => !notColumns.has(key));
      yield {
        id: names.fact({ type, ...link }),
        types: ['rdf:Statement', 'prov:Entity'],
        statements: [
          ['rdf:subject', { iri: from }],
          ['rdf:predicate', { iri: predicate }],
          ['rdf:object', { iri: to }],
          ...properties.flatMap(([key, value]) =>
            literals(key, value).map((term): [string, Term] => [`${names.vocab}${key}`, term]),
          ),
          ...provenance(names, link),
        ],
      };
    }
  }
}
