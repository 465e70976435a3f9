/** How the page names and colours the graph's labels and relationship types. */

/** One colour per label, distinct for the common colour-vision deficiencies (Okabe-Ito based). */
export const labelColours: Record<string, string> = {
  MemberState: '#0072B2',
  Network: '#D55E00',
  Programme: '#009E73',
  Project: '#CC79A7',
  Meeting: '#E69F00',
  Decision: '#56B4E9',
  AgendaItem: '#F0E442',
  Event: '#8C6D31',
  Organisation: '#7F7F7F',
  Species: '#4E9A06',
  Place: '#B39DDB',
  Source: '#BDBDBD',
};

export const labelColour = (label: string) => labelColours[label] ?? '#9E9E9E';

const labelNames: Record<string, string> = {
  MemberState: 'Member State',
  AgendaItem: 'Agenda item',
  Programme: 'Programme area',
};

export const labelName = (label: string) => labelNames[label] ?? label;

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
