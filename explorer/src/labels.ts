/** How the page names and colours the graph's labels (as the entity table says) and relationship types. */
import { entities } from '../../src/model/entities.ts';
import { h } from './dom.ts';

/** One colour per label, distinct for the common colour-vision deficiencies (Okabe-Ito based). */
const shown = new Map<string, { colour: string; name?: string }>(
  Object.entries(entities).map(([label, entity]) => [label, entity.shown]),
);

export const labelColour = (label: string) => shown.get(label)?.colour ?? '#9E9E9E';

export const labelName = (label: string) => shown.get(label)?.name ?? label;

/** MEMBER_OF -> "member of" */
export const typeName = (type: string) => type.toLowerCase().replaceAll('_', ' ');

const fieldNames: Record<string, string> = {
  iso3: 'ISO code',
  decisionKind: 'Kind',
  eventKind: 'Kind',
  placeKind: 'Kind',
  sourceKind: 'Kind',
  agendaNumber: 'Number',
  url: 'Link',
};

/** "startDate" -> "Start date" */
export function fieldName(field: string): string {
  const known = fieldNames[field];
  if (known !== undefined) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A label's name on its colour, beside an object's name. */
export const badge = (label: string) =>
  h('span', { class: 'badge', style: `--colour: ${labelColour(label)}` }, labelName(label));
