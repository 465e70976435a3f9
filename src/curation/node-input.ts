/**
 * What the generated node mutations (`create<L>`, `update<L>`) accept for each label, from the
 * entity table: the label's key, its name, every property the API shows (by its field name),
 * its aliases, its evidence, and the meeting it belongs to where the relationship table says
 * every node of the label has exactly one. Each value is checked by the schema the dataset
 * files use for it, so a value an import would refuse is refused here with the same words.
 */
import { z } from 'zod';
import {
  aliases,
  decisionEntry,
  type EvidenceItem,
  evidence,
  meetingFile,
  referenceFiles,
} from '../dataset/format.ts';
import { entityOf, type Label, nameProperty, type PropertyType } from '../model/entities.ts';
import type { PropertyValue } from '../model/facts.ts';
import { identityOf } from '../model/identity.ts';
import { relationshipFieldsOf } from '../model/relationships.ts';
import { InvalidInputError } from './errors.ts';
import { parseInput } from './inputs.ts';

/** One field of a node input. */
export interface NodeField {
  name: string;
  /** What it fills: the key, a stored property, the aliases, the evidence, or the meeting. */
  role: 'key' | 'property' | 'aliases' | 'evidence' | 'meeting';
  /** The stored property it fills (properties, and a key that is also a property). */
  stored?: string;
  type: PropertyType | 'id' | 'evidence';
  /** Needed to create a node (and never cleared). */
  required: boolean;
  description: string;
  schema: z.ZodType;
}

type Shape = Record<string, z.ZodType>;

/** The fields of the dataset's entry that describes a node of `label`, as the files check them. */
function entryShape(label: Label): Shape {
  if (label === 'Meeting') return meetingFile.shape.meeting.shape as unknown as Shape;
  if (label === 'AgendaItem')
    return (meetingFile.shape.agenda.unwrap().element as z.ZodObject).shape as Shape;
  if (label === 'Decision') return decisionEntry.shape as unknown as Shape;
  for (const [key, file] of Object.entries(referenceFiles)) {
    if (!('label' in file) || file.label !== label) continue;
    const list = (file.schema.shape as Record<string, z.ZodArray<z.ZodObject>>)[key];
    const shape = { ...(list?.element.shape as Shape) };
    // A file names its entry's id `id`; the API calls it `key` where it shows no key field.
    if (file.id === 'id') shape.key = shape.id as z.ZodType;
    return shape;
  }
  throw new Error(`no dataset entry describes ${label}`);
}

/** Values a file holds by reference that curation takes as they are. */
const overrides: Partial<Record<Label, Shape>> = {
  // A file names the text's file; an editor gives the text itself (quotes are found in it).
  Source: { text: z.string().min(1, 'must not be empty') },
};

/** The fields of `create<label>` and `update<label>`, in the order the API shows them. */
export function nodeFields(label: Label): NodeField[] {
  const declared = entityOf(label);
  const shape = { ...entryShape(label), ...overrides[label] };
  const identity = identityOf(label);
  const schemaOf = (field: string) => {
    const schema = shape[field];
    if (schema === undefined) throw new Error(`no dataset field checks ${label}.${field}`);
    return schema;
  };
  const fields: NodeField[] = [];
  const keyProperty = declared.properties[identity.field];
  fields.push({
    name: identity.field,
    role: 'key',
    ...(keyProperty ? { stored: identity.field } : {}),
    type: keyProperty?.type ?? 'string',
    required: true,
    description:
      declared.key?.description ??
      keyProperty?.description ??
      (identity.withinMeeting
        ? 'Its key within its meeting, a slug, e.g. "neampan-launched".'
        : 'Its key, e.g. "som-18-report".'),
    schema: schemaOf(identity.field),
  });
  const nameField = declared.name?.field ?? 'name';
  fields.push({
    name: nameField,
    role: 'property',
    stored: nameProperty(label),
    type: 'string',
    required: true,
    description: declared.name?.description ?? 'Its name.',
    schema: schemaOf(nameField),
  });
  for (const [name, property] of Object.entries(declared.properties)) {
    const field = property.field ?? name;
    if (property.graphql === 'none' || fields.some((known) => known.name === field)) continue;
    fields.push({
      name: field,
      role: 'property',
      stored: name,
      type: property.type,
      required: property.required === true && property.type !== 'boolean',
      description: property.description,
      schema: schemaOf(field),
    });
  }
  fields.push({
    name: 'aliases',
    role: 'aliases',
    stored: 'aliases',
    type: 'texts',
    required: false,
    description: 'Other names the sources use for it.',
    schema: shape.aliases ?? aliases,
  });
  for (const end of relationshipFieldsOf(label).filter((end) => end.one && end.required))
    fields.push({
      name: end.field,
      role: 'meeting',
      type: 'id',
      required: true,
      description: `${end.description} Its global ID; it cannot change once made.`,
      schema: z.string(),
    });
  fields.push({
    name: 'evidence',
    role: 'evidence',
    type: 'evidence',
    required: label !== 'Source',
    description:
      label === 'Source'
        ? 'Where the source itself is cited, if anywhere (a source needs no evidence).'
        : 'The evidence for it: a source and a verbatim quote, or a note. On update, replaces its evidence (addEvidence adds to it).',
    schema: evidence,
  });
  return fields;
}

/** A node input, checked: the key, the properties given, those to clear, the evidence. */
export interface NodeInput {
  key?: string | number;
  /** The global ID of the meeting it belongs to, where it belongs to one. */
  meeting?: string;
  /** Stored properties given, by stored name (the name and aliases among them). */
  properties: Record<string, PropertyValue>;
  /** Stored properties to remove (given as null on update). */
  cleared: string[];
  evidence?: EvidenceItem[];
}

const fieldsByLabel = new Map<Label, NodeField[]>();
/** The fields of a label's node inputs, made once. */
export const fieldsOf = (label: Label): NodeField[] => {
  let fields = fieldsByLabel.get(label);
  if (fields === undefined) {
    fields = nodeFields(label);
    fieldsByLabel.set(label, fields);
  }
  return fields;
};

function checked(fields: readonly NodeField[], given: Record<string, unknown>): NodeInput {
  const parsed = parseInput(
    z.strictObject(
      Object.fromEntries(
        fields.map((field) => [
          field.name,
          field.required || !(field.name in given) ? field.schema : field.schema.optional(),
        ]),
      ),
    ),
    given,
  ) as Record<string, unknown>;
  const input: NodeInput = { properties: {}, cleared: [] };
  for (const field of fields) {
    const value = parsed[field.name];
    if (value === undefined) continue;
    if (field.role === 'key') input.key = value as string | number;
    if (field.role === 'meeting') input.meeting = value as string;
    if (field.role === 'evidence') input.evidence = value as EvidenceItem[];
    else if (field.stored !== undefined) input.properties[field.stored] = value as PropertyValue;
  }
  return input;
}

/** The input of `create<label>`, checked: every required field given, each value valid. */
export function createInput(label: Label, raw: Record<string, unknown>): NodeInput {
  const given = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== null));
  return checked(
    fieldsOf(label).filter((field) => field.required || field.name in given || hasDefault(field)),
    given,
  );
}

const hasDefault = (field: NodeField) => field.schema.safeParse(undefined).success;

/**
 * The input of `update<label>` (its `id` apart), checked: only the fields given, each valid; a
 * field given as null is cleared, which a required field cannot be.
 */
export function updateInput(label: Label, raw: Record<string, unknown>): NodeInput {
  const fields = fieldsOf(label);
  const problems = fields
    .filter((field) => raw[field.name] === null && (field.required || field.role === 'meeting'))
    .map((field) => ({
      field: `input.${field.name}`,
      message: 'required: it can be changed but not cleared',
    }));
  if (problems.length > 0) throw new InvalidInputError(problems);
  const given = Object.fromEntries(
    Object.entries(raw).filter(([name, value]) => value !== null && name !== 'id'),
  );
  const input = checked(
    fields.filter((field) => field.name in given),
    given,
  );
  input.cleared = fields
    .filter((field) => raw[field.name] === null && field.stored !== undefined)
    .map((field) => field.stored as string);
  if (raw.evidence === null) input.evidence = [];
  return input;
}
