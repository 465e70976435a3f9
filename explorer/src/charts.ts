/** What the timeline and the counts share: a colour per decision kind, and sizes. */

/** The kinds in the schema's order of description; 13 colours told apart side by side. */
export const decisionKinds = [
  'LAUNCHED',
  'ENDORSED',
  'DECIDED',
  'REAFFIRMED',
  'ADOPTED',
  'APPROVED',
  'NOTED',
  'REQUESTED',
  'REVIEWED',
  'FORMALISED',
  'EXTENDED',
  'CONTINUED',
  'OUTCOME',
];

const kindPalette = [
  '#D55E00',
  '#0072B2',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#8C6D31',
  '#7B3294',
  '#4E9A06',
  '#C51B7D',
  '#A6761D',
  '#666666',
  '#B0B7BF',
];

/** The colour scale of decision kinds, the same in every chart; kinds unknown here get grey. */
export function kindColours(kinds: string[]) {
  const domain = [...decisionKinds, ...kinds.filter((kind) => !decisionKinds.includes(kind))];
  return { domain, range: domain.map((_, i) => kindPalette[i] ?? '#999999') };
}

/** The colour of one kind, as in the charts. */
export const kindColour = (kind: string) => {
  const { domain, range } = kindColours([kind]);
  return range[domain.indexOf(kind)] ?? '#999999';
};

/** Plot's defaults are small for reading at arm's length. */
export const chartStyle = { fontSize: '12px' };

/** Width for a chart in `element`, within limits. */
export const chartWidth = (element: HTMLElement, most = 1100) =>
  Math.max(320, Math.min(most, element.clientWidth || most));
