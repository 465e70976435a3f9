/** What the timeline and the counts share: a colour per decision kind, and sizes. */

/**
 * A colour per decision kind, the same in every chart: every kind of the API has its own, the
 * nearest ones told apart by lightness as well as hue.
 */
const kindPalette: Record<string, string> = {
  ADOPTED: '#E69F00',
  AGREED: '#1B9E77',
  APPROVED: '#56B4E9',
  COMMENDED: '#F781BF',
  CONCLUDED: '#253494',
  CONSIDERED: '#B8B000',
  CONTINUED: '#666666',
  DECIDED: '#009E73',
  ENDORSED: '#0072B2',
  EXTENDED: '#A6761D',
  FORMALISED: '#C51B7D',
  INVITED: '#17BECF',
  LAUNCHED: '#D55E00',
  NOTED: '#8C6D31',
  OUTCOME: '#B0B7BF',
  REAFFIRMED: '#CC79A7',
  RECOGNISED: '#FF7F0E',
  RECOMMENDED: '#9467BD',
  REQUESTED: '#7B3294',
  REVIEWED: '#4E9A06',
  SUPPORTED: '#6B0F1A',
  WELCOMED: '#00441B',
};

/** The colour of one kind; a kind the page does not know yet is grey. */
export const kindColour = (kind: string) => kindPalette[kind] ?? '#999999';

/** The colour scale of the kinds present, for Plot. */
export function kindColours(kinds: string[]) {
  const domain = [...new Set(kinds)].sort();
  return { domain, range: domain.map(kindColour) };
}

/** Shapes, so that kinds next to each other in a legend differ in shape as well as colour. */
const shapes = ['circle', 'square', 'triangle', 'diamond'] as const;

/** The symbol scale of the kinds present, for Plot: shapes in turn, in the legend's order. */
export function kindSymbols(kinds: string[]) {
  const domain = [...new Set(kinds)].sort();
  return { domain, range: domain.map((_, i) => shapes[i % shapes.length] as string) };
}

/** Plot's defaults are small for reading at arm's length. */
export const chartStyle = { fontSize: '12px' };

/** Tick labels for counts: whole numbers only. */
export const wholeNumbers = (n: number) => (Number.isInteger(n) ? String(n) : '');

/** Width for a chart in `element`, within limits. */
export const chartWidth = (element: HTMLElement, most = 1100) =>
  Math.max(300, Math.min(most, element.clientWidth || most));
