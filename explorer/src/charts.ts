/** What the timeline and the counts share: a colour per decision kind, and sizes. */

/** A colour per decision kind, the same in every chart; told apart side by side. */
const kindPalette: Record<string, string> = {
  LAUNCHED: '#D55E00',
  ENDORSED: '#0072B2',
  DECIDED: '#009E73',
  REAFFIRMED: '#CC79A7',
  ADOPTED: '#E69F00',
  APPROVED: '#56B4E9',
  NOTED: '#8C6D31',
  REQUESTED: '#7B3294',
  REVIEWED: '#4E9A06',
  FORMALISED: '#C51B7D',
  EXTENDED: '#A6761D',
  CONTINUED: '#666666',
  OUTCOME: '#B0B7BF',
};

/** The colour of one kind; a kind the page does not know yet is grey. */
export const kindColour = (kind: string) => kindPalette[kind] ?? '#999999';

/** The colour scale of the kinds present, for Plot. */
export function kindColours(kinds: string[]) {
  const domain = [...new Set(kinds)].sort();
  return { domain, range: domain.map(kindColour) };
}

/** Plot's defaults are small for reading at arm's length. */
export const chartStyle = { fontSize: '12px' };

/** Tick labels for counts: whole numbers only. */
export const wholeNumbers = (n: number) => (Number.isInteger(n) ? String(n) : '');

/** Width for a chart in `element`, within limits. */
export const chartWidth = (element: HTMLElement, most = 1100) =>
  Math.max(320, Math.min(most, element.clientWidth || most));
