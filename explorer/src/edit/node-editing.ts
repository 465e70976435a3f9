/**
 * The editor's tools in the panel of a node: correct its fields, delete it, add a relationship
 * of a type its label may have (the far end found by search), add evidence to it or to one of
 * its relationships, remove a relationship. Every change is recorded; the history tab undoes it.
 */
import type { Label } from '../../../src/model/labels.ts';
import { relationshipFieldsOf } from '../../../src/model/relationships.ts';
import { request, requestGenerated } from '../api/client.ts';
import { editable } from '../api/editable.ts';
import type { EditAnswer, EvidenceInput, NodeDetails, Relationship } from '../api/results.ts';
import { type Content, failure, fill, h } from '../dom.ts';
import { labelName, typeName } from '../labels.ts';
import { Picker } from '../search.ts';
import { go } from '../state.ts';
import { factForm } from './form.ts';

/** MEMBER_OF -> MemberOf, as the generated mutations name a type. */
export const operationType = (type: string) =>
  type
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');

/**
 * A part of the panel opened and closed by its heading (keyboard: Enter or Space), its content
 * made when it is first opened.
 */
function tool(title: string, make: () => Content | Promise<Content>): HTMLDetailsElement {
  const slot = h('div', {}, h('p', { class: 'muted' }, 'Loading…'));
  const details = h('details', { class: 'edit-tool' }, h('summary', {}, title), slot);
  details.addEventListener(
    'toggle',
    async () => {
      try {
        fill(slot, await make());
      } catch (error) {
        fill(slot, failure(error));
      }
    },
    { once: true },
  );
  return details;
}

/** A button that acts, saying what it is doing and what went wrong beside itself. */
function actionButton(
  text: string,
  name: string,
  act: () => Promise<EditAnswer>,
  done: () => void,
): HTMLElement {
  const said = h('span', { class: 'action-said', role: 'status' });
  const button = h('button', { type: 'button', 'aria-label': name }, text);
  button.addEventListener('click', async () => {
    button.disabled = true;
    fill(said);
    try {
      const answer = await act();
      if (answer.__typename === 'InvalidInputError' || answer.__typename === 'NotFoundError') {
        fill(said, h('span', { class: 'field-problem', role: 'alert' }, answer.message ?? ''));
      } else done();
    } catch (error) {
      fill(said, failure(error));
    } finally {
      button.disabled = false;
    }
  });
  return h('span', { class: 'action' }, button, said);
}

/** A form with the evidence picker alone, adding evidence to a node or a relationship. */
function evidenceForm(
  title: string,
  target: { node: string } | { relationship: { type: string; from: string; to: string } },
  done: () => void,
): HTMLFormElement {
  return factForm({
    title,
    fields: [],
    evidence: true,
    submit: 'Add evidence',
    send: async ({ evidence }) =>
      (
        await request('AddEvidence', {
          input: { ...target, evidence: (evidence ?? []) as EvidenceInput[] },
        })
      ).addEvidence as EditAnswer,
    done,
  });
}

/** Its fields as the update form shows them, filled in as they are now. */
function editSection(node: NodeDetails, refresh: () => void): HTMLElement | null {
  const forms = editable.labels[node.__typename];
  if (forms === undefined) return null;
  return tool(`Edit this ${labelName(node.__typename).toLowerCase()}`, async () =>
    factForm({
      title: `Edit ${node.name}`,
      fields: forms.update,
      values:
        (await requestGenerated<Record<string, unknown> | null>(`Edited${node.__typename}`, {
          id: node.id,
        })) ?? {},
      submit: 'Save',
      send: (input) =>
        requestGenerated(`Update${node.__typename}`, { input: { id: node.id, ...input } }),
      done: refresh,
    }),
  );
}

function deleteSection(node: NodeDetails): HTMLElement | null {
  if (editable.labels[node.__typename] === undefined) return null;
  return tool('Delete', () => [
    h(
      'p',
      {},
      'Deletes it and its relationships; its history keeps what it said, and Undo restores it.',
    ),
    actionButton(
      'Delete',
      `Delete ${node.name}`,
      () => requestGenerated(`Delete${node.__typename}`, { id: node.id }),
      () => go({ node: undefined }),
    ),
  ]);
}

/** Add a relationship: a type its label may have, the far end by search, and evidence. */
function addRelationshipSection(node: NodeDetails, refresh: () => void): HTMLElement | null {
  const fields = relationshipFieldsOf(node.__typename as Label).filter(
    (field) => editable.relationships[operationType(field.type)] !== undefined,
  );
  if (fields.length === 0) return null;
  const id = `add-relationship-${node.id.replace(/\W/g, '')}`;
  const choice = h(
    'select',
    { id },
    fields.map((field, at) =>
      h(
        'option',
        { value: at },
        field.direction === 'out'
          ? `${typeName(field.type)} → ${field.far.map(labelName).join(' or ')}`
          : `${field.far.map(labelName).join(' or ')} → ${typeName(field.type)} this`,
      ),
    ),
  );
  const slot = h('div');
  const show = () => {
    const field = fields[Number(choice.value)];
    if (field === undefined) return;
    const far = new Picker('Other end', () => {});
    fill(
      slot,
      h('p', { class: 'hint' }, field.description),
      far.element,
      factForm({
        title: `Add ${typeName(field.type)}`,
        fields: editable.relationships[operationType(field.type)] ?? [],
        evidence: true,
        submit: 'Add relationship',
        send: (input) => {
          const ends =
            field.direction === 'out'
              ? { from: node.id, to: far.picked ?? '' }
              : { from: far.picked ?? '', to: node.id };
          return requestGenerated(`Add${operationType(field.type)}`, {
            input: { ...ends, evidence: [], ...input },
          });
        },
        done: refresh,
      }),
    );
  };
  choice.addEventListener('change', show);
  return tool('Add relationship', () => {
    show();
    return [h('div', { class: 'form-field' }, h('label', { for: id }, 'Type'), choice), slot];
  });
}

/** Remove and Add evidence for one relationship of the panel's node. */
export function relationshipTools(r: Relationship, refresh: () => void): HTMLElement {
  const type = operationType(r.type);
  // Which of several relationships between the same two nodes it is (a role on one date).
  const named = Object.fromEntries(
    (editable.identifying[type] ?? []).map((name) => [
      name,
      (r as unknown as Record<string, unknown>)[name] ?? null,
    ]),
  );
  const ends = { from: r.from.id, to: r.to.id, ...named };
  const ref = { type: r.type, ...ends };
  return h(
    'div',
    { class: 'relationship-tools' },
    editable.relationships[type] !== undefined &&
      actionButton(
        'Remove',
        `Remove: ${r.from.name} ${typeName(r.type)} ${r.to.name}`,
        () => requestGenerated(`Remove${type}`, { input: ends }),
        refresh,
      ),
    tool('Add evidence', () =>
      evidenceForm(`Add evidence to ${typeName(r.type)}`, { relationship: ref }, refresh),
    ),
  );
}

/** The editor's sections of a node's panel. */
export function nodeEditing(node: NodeDetails, refresh: () => void): (HTMLElement | null)[] {
  return [
    editSection(node, refresh),
    tool('Add evidence', () =>
      evidenceForm(`Add evidence to ${node.name}`, { node: node.id }, refresh),
    ),
    addRelationshipSection(node, refresh),
    deleteSection(node),
  ];
}
