/**
 * The node mutations, generated from the entity table: for every label L, `createL`, `updateL`
 * and `deleteL`, with input types whose fields and descriptions come from the table (see
 * curation/node-input.ts). Each answers the node as the client selects it, or a typed error.
 */
import { InvalidInputError, NotFoundError } from '../curation/errors.ts';
import { fieldsOf, type NodeField } from '../curation/node-input.ts';
import { type Label, labels } from '../model/labels.ts';
import { type BuilderTypes, builder, type Row } from './builder.ts';
import { curating, EvidenceInput } from './curation.ts';
import { DecisionKindEnum } from './decision.ts';
import { ChangeRef, recordedChange } from './history.ts';
import { localIds } from './local-ids.ts';
import { nodeRefs } from './refs.ts';
import { DateScalar } from './scalars.ts';

type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<BuilderTypes, 'InputObject'>;

/** The GraphQL input field of a node field; `required` on create only. */
function inputField(t: InputFieldBuilder, label: Label, field: NodeField, required: boolean) {
  const options = { required, description: field.description };
  if (field.type === 'id') return t.id(options);
  if (field.type === 'evidence') return t.field({ ...options, type: [EvidenceInput] });
  if (label === 'Decision' && field.name === 'kind')
    return t.field({ ...options, type: DecisionKindEnum });
  switch (field.type) {
    case 'int':
      return t.int(options);
    case 'boolean':
      return t.boolean(options);
    case 'date':
      return t.field({ ...options, type: DateScalar });
    case 'texts':
      return t.stringList(options);
    default:
      return t.string(options);
  }
}

const DeletedNode = builder
  .objectRef<{ id: string; label: Label; change: string | undefined }>('DeletedNode')
  .implement({
    description: 'A node that was deleted, with its relationships.',
    fields: (t) => ({
      id: t.exposeID('id', { description: 'The global ID it had (its history keeps it).' }),
      label: t.exposeString('label', { description: 'What it was, e.g. "Decision".' }),
      change: t.field({
        type: ChangeRef,
        description: 'The change that deleted it: revertChange restores it.',
        resolve: (deleted, _args, context) => recordedChange(deleted.change, context),
      }),
    }),
  });

const article = (label: Label) => (/^[AEIOU]/.test(label) ? 'an' : 'a');

for (const label of labels) {
  const fields = fieldsOf(label);
  const a = `${article(label)} ${label}`;
  const CreateInput = builder.inputType(`Create${label}Input`, {
    description: `What makes ${a}: its key, name, properties, aliases and evidence, checked with the rules an import applies.`,
    fields: (t) =>
      Object.fromEntries(
        fields.map((field) => [field.name, inputField(t, label, field, field.required)]),
      ),
  });
  const UpdateInput = builder.inputType(`Update${label}Input`, {
    description: `What changes of ${a}: a field left out stays as it is, a field given as null is cleared (a required one cannot be).`,
    fields: (t) => ({
      id: t.id({ required: true, description: `The global ID of the ${label}.` }),
      ...Object.fromEntries(
        fields.map((field) => [field.name, inputField(t, label, field, false)]),
      ),
    }),
  });
  const ref = nodeRefs[label];
  const idFields = fields.filter((field) => field.type === 'id').map((field) => field.name);
  builder.mutationFields((t) => ({
    [`create${label}`]: t.field({
      type: ref,
      description: `Creates ${a}, with its evidence; all or nothing.`,
      errors: { types: [InvalidInputError] },
      args: { input: t.arg({ type: CreateInput, required: true, description: `The ${label}.` }) },
      resolve: async (_root, { input }, { curation, graph }, info) => {
        const raw = localIds(input as Record<string, unknown>, idFields);
        const id = await curating(curation).createNode(label, raw);
        return (await graph.node(info, label, id)) as Row;
      },
    }),
    [`update${label}`]: t.field({
      type: ref,
      description: `Changes what the input gives of ${a}; all or nothing.`,
      errors: { types: [InvalidInputError, NotFoundError] },
      args: { input: t.arg({ type: UpdateInput, required: true, description: 'What changes.' }) },
      resolve: async (_root, { input }, { curation, graph }, info) => {
        const raw = localIds(input as Record<string, unknown>, ['id', ...idFields], label);
        const id = await curating(curation).updateNode(label, String(raw.id), raw);
        return (await graph.node(info, label, id)) as Row;
      },
    }),
    [`delete${label}`]: t.field({
      type: DeletedNode,
      description: `Deletes ${a} and its relationships; its history keeps what it was.`,
      errors: { types: [NotFoundError, InvalidInputError] },
      args: { id: t.arg.id({ required: true, description: `The global ID of the ${label}.` }) },
      resolve: async (_root, { id }, { curation }) => {
        const { id: local } = localIds({ id: String(id) }, ['id'], label, '');
        const writer = curating(curation);
        await writer.deleteNode(label, String(local));
        return { id: String(id), label, change: writer.lastChange };
      },
    }),
  }));
}
