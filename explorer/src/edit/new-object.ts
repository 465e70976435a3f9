/**
 * The editor's bar under the page's header: add a new object of any label the service lets
 * editors create; its form opens in the side panel. Hidden from everyone but editors.
 */
import { requestGenerated } from '../api/client.ts';
import { editable } from '../api/editable.ts';
import { h } from '../dom.ts';
import { labelName } from '../labels.ts';
import type { Panel } from '../panel.ts';
import { go } from '../state.ts';
import { isEditor, onEditorChange } from './editor.ts';
import { factForm } from './form.ts';

export function newObjectBar(panel: Panel): HTMLElement {
  const labels = Object.keys(editable.labels);
  const choice = h(
    'select',
    { id: 'new-object-label' },
    labels.map((label) => h('option', { value: label }, labelName(label))),
  );
  const open = () => {
    const label = choice.value;
    const forms = editable.labels[label];
    if (forms === undefined) return;
    panel.showForm(
      `New ${labelName(label).toLowerCase()}`,
      factForm({
        title: `New ${labelName(label).toLowerCase()}`,
        fields: forms.create,
        evidence: true,
        submit: 'Add',
        send: (input) => requestGenerated(`Create${label}`, { input }),
        done: (answer) => {
          if (answer.id) go({ node: answer.id, edge: undefined, state: undefined });
        },
      }),
    );
  };
  const bar = h(
    'div',
    { class: 'editor-bar', role: 'region', 'aria-label': 'Editing', hidden: true },
    h('span', { class: 'editor-mode' }, 'Editing'),
    h('label', { for: choice.id }, 'New'),
    choice,
    h('button', { type: 'button', onclick: open }, 'Add…'),
  );
  const show = (editor: boolean) => {
    bar.hidden = !editor || labels.length === 0;
  };
  isEditor().then(show);
  onEditorChange(show);
  return bar;
}
