/**
 * A node's stored properties from a description of it (a dataset file entry, a mutation's
 * input): its name, its aliases and each property the entity table declares, read by the field
 * that shows it. A property added to the table is stored without any change here.
 */
import {
  type Declared,
  entityOf,
  type Label,
  type NameField,
  type PropertyType,
  type ValueOf,
} from './entities.ts';

/** A property value Neo4j stores; dates travel as YYYY-MM-DD strings. */
export type PropertyValue = string | number | boolean | string[];
export type Properties = Record<string, PropertyValue>;

/** The field a property is written as: its own name unless the table names another. */
export type FieldOf<P, K> = P extends { field: infer F extends string } ? F : K & string;

type Value<P> = P extends { type: infer T extends PropertyType }
  ? T extends 'texts'
    ? readonly string[]
    : ValueOf[T]
  : never;

/**
 * What describes a node of `L`: its name, its aliases, every property each node has and any of
 * the others, by their fields. Other fields are not read.
 */
export type NodeValues<L extends Label> = { [F in NameField<L>]: string } & {
  aliases?: readonly string[] | undefined;
} & {
  [K in keyof Declared<L> as Declared<L>[K] extends { required: true }
    ? FieldOf<Declared<L>[K], K>
    : never]: Value<Declared<L>[K]>;
} & {
  [K in keyof Declared<L> as Declared<L>[K] extends { required: true }
    ? never
    : FieldOf<Declared<L>[K], K>]?: Value<Declared<L>[K]> | undefined;
};

const storable = (value: unknown): PropertyValue | undefined => {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return [...value];
  return undefined;
};

/**
 * The properties a node of `label` stores from `values`. Absent values are not stored, nor an
 * empty list of texts the table declares (a node states none of them).
 */
export function storedProperties<L extends Label>(label: L, values: NodeValues<L>): Properties {
  const given: Readonly<Record<string, unknown>> = values;
  const declared = entityOf(label);
  const fields: (readonly [property: string, field: string])[] = [
    ...(declared.name?.stored ? [] : [['name', declared.name?.field ?? 'name'] as const]),
    ['aliases', 'aliases'],
    ...Object.entries(declared.properties).map(
      ([name, property]) => [name, property.field ?? name] as const,
    ),
  ];
  const stored: Properties = {};
  for (const [property, field] of fields) {
    const value = storable(given[field]);
    const emptyTexts =
      Array.isArray(value) && value.length === 0 && declared.properties[property]?.type === 'texts';
    if (value !== undefined && !emptyTexts) stored[property] = value;
  }
  return stored;
}
