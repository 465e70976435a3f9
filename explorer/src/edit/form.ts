/**
 * A form for one fact, made from the fields of its GraphQL input type (src/api/editable.ts):
 * each field with its label, its description as a hint, and the service's problems shown beside
 * it. An update sends only what was changed; a field emptied is sent as null (cleared).
 */
import type { FieldSpec } from '../../editing.ts';
import { request } from '../api/client.ts';
import type { EditAnswer, EvidenceInput, Problem } from '../api/results.ts';
import { type Content, failure, fill, h } from '../dom.ts';
import { fieldName } from '../labels.ts';
import { Picker } from '../search.ts';
import { EvidencePicker } from './evidence-picker.ts';

type Value = string | number | boolean | string[] | null;

/** One field on screen: how to read it, and where its problems go. */
interface Control {
  spec: FieldSpec;
  element: HTMLElement;
  read(): Value;
  problem: HTMLElement;
  focus(): void;
}

const longText = new Set(['summary', 'text']);

let forms = 0;

function control(form: string, spec: FieldSpec, initial: Value): Control {
  const id = `${form}-${spec.name}`;
  const hint = h('p', { class: 'hint', id: `${id}-hint` }, spec.description);
  const problem = h('p', { class: 'field-problem', id: `${id}-problem`, hidden: true });
  const described = `${id}-hint ${id}-problem`;
  const label = h(
    'label',
    { for: id },
    fieldName(spec.name),
    spec.required && h('span', { class: 'required' }, ' (required)'),
  );
  const wrap = (input: Content) =>
    h('div', { class: 'form-field', 'data-field': spec.name }, label, input, hint, problem);

  if (spec.type === 'Boolean') {
    const box = h('input', { id, type: 'checkbox', 'aria-describedby': described });
    box.checked = initial === true;
    const element = h(
      'div',
      { class: 'form-field checkbox', 'data-field': spec.name },
      box,
      label,
      hint,
      problem,
    );
    return { spec, element, read: () => box.checked, problem, focus: () => box.focus() };
  }
  if (spec.type === 'ID') {
    // The one object at the far end of a relationship the label must have, found by search.
    const picker = new Picker(fieldName(spec.name), () => {});
    picker.input.setAttribute('aria-describedby', described);
    if (typeof initial === 'string') {
      picker.set({ id: initial, __typename: '', name: initial });
      request('Names', { ids: [initial] }).then(
        ({ nodes: [node] }) => {
          if (node && 'name' in node) picker.set({ ...node, name: node.name });
        },
        () => {},
      );
    }
    const element = h(
      'div',
      { class: 'form-field', 'data-field': spec.name },
      picker.element,
      hint,
      problem,
    );
    return {
      spec,
      element,
      read: () => picker.picked ?? null,
      problem,
      focus: () => picker.input.focus(),
    };
  }
  if (spec.values !== undefined) {
    const select = h(
      'select',
      { id, 'aria-describedby': described },
      h('option', { value: '' }, spec.required ? 'Choose…' : '(none)'),
      spec.values.map((value) => h('option', { value }, value)),
    );
    select.value = typeof initial === 'string' ? initial : '';
    return {
      spec,
      element: wrap(select),
      read: () => select.value || null,
      problem,
      focus: () => select.focus(),
    };
  }
  if (spec.list || longText.has(spec.name)) {
    const area = h('textarea', { id, rows: spec.list ? 2 : 4, 'aria-describedby': described });
    area.value = Array.isArray(initial) ? initial.join('\n') : String(initial ?? '');
    if (spec.list) hint.append(' One per line.');
    const read = (): Value => {
      if (!spec.list) return area.value.trim() || null;
      const items = area.value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      return items.length > 0 ? items : null;
    };
    return { spec, element: wrap(area), read, problem, focus: () => area.focus() };
  }
  const type = spec.type === 'Int' ? 'number' : spec.type === 'Date' ? 'date' : 'text';
  const input = h('input', {
    id,
    type,
    step: spec.type === 'Int' ? 1 : undefined,
    'aria-describedby': described,
  });
  input.value = initial === null || initial === undefined ? '' : String(initial);
  const read = (): Value => {
    const text = input.value.trim();
    if (text === '') return null;
    return spec.type === 'Int' ? Number(text) : text;
  };
  return { spec, element: wrap(input), read, problem, focus: () => input.focus() };
}

/** An empty text or list is no value: leaving it empty changes nothing. */
const given = (value: Value) =>
  value === '' || (Array.isArray(value) && value.length === 0) ? null : value;

const same = (a: Value, b: Value) =>
  JSON.stringify(given(a) ?? null) === JSON.stringify(given(b) ?? null);

/** Which field a problem is about: "input.evidence[0].quote" -> "evidence". */
export const problemField = (field: string) =>
  field.replace(/^input\./, '').split(/[.[]/)[0] ?? field;

export interface FactFormOptions {
  /** Its accessible name, e.g. "Edit Project". */
  title: string;
  fields: FieldSpec[];
  /** The values it shows first (an update); absent for a new object. */
  values?: Record<string, unknown>;
  /** With a picker for the evidence (a new object or relationship). */
  evidence?: boolean;
  submit: string;
  send: (input: Record<string, Value | EvidenceInput[]>) => Promise<EditAnswer>;
  done: (answer: EditAnswer) => void;
}

/** Required fields first, then in the schema's order; lists (other names) last. */
const shownOrder = (fields: FieldSpec[]) =>
  [...fields].sort(
    (a, b) => Number(a.list) - Number(b.list) || Number(b.required) - Number(a.required),
  );

/** A form for one fact; problems the service finds are shown beside their fields. */
export function factForm(options: FactFormOptions): HTMLFormElement {
  const name = `form${++forms}`;
  const values = options.values ?? {};
  const initial = (spec: FieldSpec): Value => {
    const value = values[spec.name];
    if (value && typeof value === 'object' && 'id' in value) return String(value.id);
    return (value ?? null) as Value;
  };
  const controls = shownOrder(options.fields).map((spec) => control(name, spec, initial(spec)));
  const evidence = options.evidence ? new EvidencePicker(`${name}-evidence`) : undefined;
  const general = h('div', { class: 'form-problems', role: 'alert' });
  const button = h('button', { type: 'submit', class: 'primary' }, options.submit);
  const form = h(
    'form',
    { class: 'fact-form', 'aria-label': options.title, novalidate: true },
    controls.map((c) => c.element),
    evidence?.element,
    general,
    h('div', { class: 'form-actions' }, button),
  );

  const show = (problems: Problem[], message?: string) => {
    const unplaced: string[] = [];
    let first: (() => void) | undefined;
    for (const c of controls) {
      c.problem.hidden = true;
      c.element.querySelector('[aria-describedby]')?.removeAttribute('aria-invalid');
    }
    evidence?.showProblems([]);
    for (const problem of problems) {
      const field = problemField(problem.field);
      const c = controls.find((candidate) => candidate.spec.name === field);
      if (c) {
        c.problem.hidden = false;
        c.problem.textContent = problem.message;
        c.element.querySelector('[aria-describedby]')?.setAttribute('aria-invalid', 'true');
        first ??= () => c.focus();
      } else if (field === 'evidence' && evidence) {
        evidence.showProblems([...evidence.problems(), problem.message]);
      } else unplaced.push(`${problem.field}: ${problem.message}`);
    }
    fill(
      general,
      (unplaced.length > 0 || (problems.length === 0 && message)) &&
        h(
          'div',
          { class: 'failure' },
          h('p', { class: 'failure-title' }, message ?? 'The service refused this.'),
          unplaced.length > 0 &&
            h(
              'ul',
              {},
              unplaced.map((text) => h('li', {}, text)),
            ),
        ),
    );
    first?.();
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input: Record<string, Value | EvidenceInput[]> = {};
    const local: Problem[] = [];
    for (const c of controls) {
      const value = c.read();
      if (typeof value === 'number' && !Number.isInteger(value)) {
        local.push({ field: c.spec.name, message: 'must be a whole number' });
      }
      // Said here: the service takes no input without its required fields to check it.
      if (options.values === undefined && c.spec.required && value === null) {
        local.push({ field: c.spec.name, message: 'is required' });
      }
      if (options.values === undefined ? value !== null : !same(value, initial(c.spec))) {
        input[c.spec.name] = value;
      }
    }
    if (evidence) {
      const chosen = evidence.value();
      input.evidence = chosen ? [chosen] : [];
    }
    if (local.length > 0) return show(local);
    button.disabled = true;
    try {
      const answer = await options.send(input);
      if (answer.__typename === 'InvalidInputError' || answer.__typename === 'NotFoundError') {
        show(answer.problems ?? [], answer.message);
      } else {
        show([]);
        options.done(answer);
      }
    } catch (error) {
      fill(general, failure(error));
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
