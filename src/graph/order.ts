/**
 * The order lists are shown in, as Cypher: meetings by number, agenda items and decisions by
 * their meeting and their place in it, events by date, everything else by name. A list that may
 * hold nodes of several labels is ordered by name.
 */
import Cypher from '@neo4j/cypher-builder';
import { entityOf, type Label } from '../model/entities.ts';
import { ofType, withLabel } from './patterns.ts';

export interface Order {
  /** A pattern to match first (optionally), for keys that live on another node. */
  via?: Cypher.Pattern;
  keys: Cypher.Expr[];
}

const byName = (node: Cypher.Node): Order => ({ keys: [node.property('name')] });

/** The meeting an agenda item or decision belongs to, and its place in it. */
function byMeeting(node: Cypher.Node, label: 'AgendaItem' | 'Decision'): Order {
  const meeting = new Cypher.Node();
  const via =
    label === 'Decision'
      ? new Cypher.Pattern(node).related(ofType('MADE_AT')).to(meeting, withLabel('Meeting'))
      : new Cypher.Pattern(meeting, withLabel('Meeting'))
          .related(ofType('HAS_AGENDA_ITEM'))
          .to(node);
  return { via, keys: [meeting.property('number'), node.property('position')] };
}

/** How a list of nodes of `labels` bound to `node` is ordered. */
export function orderOf(labels: readonly Label[], node: Cypher.Node): Order {
  const [label] = labels;
  if (labels.length !== 1 || label === undefined) return byName(node);
  switch (entityOf(label).order) {
    case 'number':
      return { keys: [node.property('number')] };
    case 'meeting':
      return byMeeting(node, label as 'AgendaItem' | 'Decision');
    case 'startDate':
      return { keys: [node.property('startDate'), node.property('id')] };
    default:
      return byName(node);
  }
}

/** An order a client asked for: a field of the list's order input, and which way. */
export interface Asked {
  field: 'NAME' | 'KEY' | 'START_DATE';
  descending: boolean;
}

const keyOf: Record<Asked['field'], string> = { NAME: 'name', KEY: 'id', START_DATE: 'startDate' };

/**
 * The order a client asked for, as Cypher keys; each field has an index (cypher/schema/), and
 * the key breaks ties. Dates missing come last either way.
 */
export function askedOrder(node: Cypher.Node, { field, descending }: Asked) {
  const way = descending ? 'DESC' : 'ASC';
  const key = node.property(keyOf[field]);
  return [
    ...(field === 'START_DATE' ? [[Cypher.isNull(key), 'ASC'] as const] : []),
    [key, way] as const,
    ...(field === 'KEY' ? [] : [[node.property('id'), way] as const]),
  ] as [Cypher.Expr, 'ASC' | 'DESC'][];
}

/**
 * A key a nested list is sorted by once read (see related.ts): a property of the node, or a value
 * computed from it.
 */
export interface ListKey {
  /** The node property it is, when it is one (a selected field of it serves as the key). */
  property?: string;
  value: (node: Cypher.Node) => Cypher.Expr;
}

const propertyKey = (property: string): ListKey => ({
  property,
  value: (node) => node.property(property),
});

/** The number of the meeting an agenda item or decision belongs to. */
const meetingNumber = (label: 'AgendaItem' | 'Decision'): ListKey => ({
  value: (node) => {
    const meeting = new Cypher.Node();
    const pattern =
      label === 'Decision'
        ? new Cypher.Pattern(node).related(ofType('MADE_AT')).to(meeting)
        : new Cypher.Pattern(meeting).related(ofType('HAS_AGENDA_ITEM')).to(node);
    return Cypher.head(new Cypher.PatternComprehension(pattern).map(meeting.property('number')));
  },
});

/**
 * The keys of the list order of nodes of `labels`, as `orderOf` gives it; `inMeeting` when they
 * are the agenda items or decisions of one meeting, which its place in it orders.
 */
export function listKeys(labels: readonly Label[], inMeeting: boolean): ListKey[] {
  const [label] = labels;
  if (labels.length !== 1 || label === undefined) return [propertyKey('name')];
  switch (entityOf(label).order) {
    case 'number':
      return [propertyKey('number')];
    case 'meeting':
      return inMeeting
        ? [propertyKey('position')]
        : [meetingNumber(label as 'AgendaItem' | 'Decision'), propertyKey('position')];
    case 'startDate':
      return [propertyKey('startDate'), propertyKey('id')];
    default:
      return [propertyKey('name')];
  }
}

/** The sort value of `item` under the first of `names` it has. */
function sortValue(item: Record<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) {
    const value = item[name];
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Compares list items by their sort values, in turn: each value is under the first of its keys
 * an item has; a missing value comes last.
 */
export const byKeys =
  (keys: readonly (readonly string[])[]) =>
  (a: Record<string, unknown>, b: Record<string, unknown>): number => {
    for (const names of keys) {
      const x = sortValue(a, names);
      const y = sortValue(b, names);
      if (x === y) continue;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      return (x as number | string) < (y as number | string) ? -1 : 1;
    }
    return 0;
  };
