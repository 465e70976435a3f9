/**
 * The order lists are shown in, as Cypher: meetings by number, agenda items and decisions by
 * their meeting and their place in it, events by date, everything else by name. A list that may
 * hold nodes of several labels is ordered by name.
 */
import Cypher from '@neo4j/cypher-builder';
import type { Label } from '../model/labels.ts';

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
      ? new Cypher.Pattern(node).related({ type: 'MADE_AT' }).to(meeting, { labels: ['Meeting'] })
      : new Cypher.Pattern(meeting, { labels: ['Meeting'] })
          .related({ type: 'HAS_AGENDA_ITEM' })
          .to(node);
  return { via, keys: [meeting.property('number'), node.property('position')] };
}

/** How a list of nodes of `labels` bound to `node` is ordered. */
export function orderOf(labels: readonly Label[], node: Cypher.Node): Order {
  const [label] = labels;
  if (labels.length !== 1 || label === undefined) return byName(node);
  switch (label) {
    case 'Meeting':
      return { keys: [node.property('number')] };
    case 'AgendaItem':
    case 'Decision':
      return byMeeting(node, label);
    case 'Event':
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
