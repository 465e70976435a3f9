/**
 * The objects a client names by key where a field takes "an ID or a key": a global ID names one
 * node; a key names the nodes whose id is the key (in its own, upper or lower case: "MNG",
 * "nature-conservation", "som-18"), the network with that acronym ("NEAMPAN"), or the meeting
 * of that number ("SOM-18", "SOM 18"), or the nodes of that exact name ("Mongolia"; several
 * found are refused as ambiguous, with the list). When a key names no node, the best full-text matches are
 * read as candidates, so that the error can list them.
 */
import Cypher from '@neo4j/cypher-builder';
import type { Label } from '../model/labels.ts';
import { withLabel } from './patterns.ts';
import { labelOf } from './plan.ts';
import { luceneQuery } from './search.ts';

/** What the client gave: a decoded global ID, or a key. */
export type Endpoint = { label: Label; id: string } | { key: string };

/** A node an endpoint may mean, as an error lists it. */
export interface Candidate {
  label: Label;
  id: string;
  name: string;
}

/** The ids a key may be, the acronyms it may be. */
function readings(key: string) {
  const meeting = /^som[-\s]?0*(\d+)$/i.exec(key.trim());
  const ids = [
    key,
    key.toUpperCase(),
    key.toLowerCase(),
    ...(meeting ? [`som-${meeting[1]}`] : []),
  ];
  return { ids: [...new Set(ids)], acronyms: [...new Set([key, key.toUpperCase()])] };
}

/** `{label, id, name}` of a node, for candidates. */
export const described = (node: Cypher.Node) =>
  new Cypher.Map({
    label: labelOf(node),
    id: node.property('id'),
    name: Cypher.coalesce(node.property('name'), node.property('summary'), node.property('id')),
  });

/**
 * `CALL () { ... RETURN found, guesses }`: `found` is the list of nodes `endpoint` names, and
 * `guesses` the full-text candidates when a key names none.
 */
export function resolve(endpoint: Endpoint) {
  const node = new Cypher.Node();
  const each = new Cypher.Variable();
  const found = new Cypher.Variable();
  const guesses = new Cypher.Variable();
  const reach =
    'label' in endpoint
      ? new Cypher.Match(
          new Cypher.Pattern(node, {
            ...withLabel(endpoint.label),
            properties: { id: new Cypher.Param(endpoint.id) },
          }),
        ).return(node)
      : new Cypher.Union(
          new Cypher.Unwind([new Cypher.Param(readings(endpoint.key).ids), each])
            .match(new Cypher.Pattern(node, { labels: ['Entity'], properties: { id: each } }))
            .return(node),
          new Cypher.Unwind([new Cypher.Param(readings(endpoint.key).acronyms), each])
            .match(
              new Cypher.Pattern(node, { ...withLabel('Network'), properties: { acronym: each } }),
            )
            .return(node),
          new Cypher.Match(
            new Cypher.Pattern(node, {
              labels: ['Entity'],
              properties: { name: new Cypher.Param(endpoint.key.trim()) },
            }),
          ).return(node),
        );
  const collected = new Cypher.Call(reach, []).with([Cypher.collect(node), found]);
  const query = 'key' in endpoint ? luceneQuery(endpoint.key) : undefined;
  const guess = new Cypher.Node();
  // Read only when the key names nothing: over no rows, collect() gives [].
  const guessing =
    query === undefined
      ? collected.with(found, [new Cypher.List([]), guesses])
      : collected.call(
          new Cypher.With(found)
            .where(Cypher.eq(Cypher.size(found), new Cypher.Literal(0)))
            .callProcedure(
              Cypher.db.index.fulltext.queryNodes('entity_text', new Cypher.Param(query), {
                limit: new Cypher.Literal(5),
              }),
            )
            .yield(['node', guess])
            .return([Cypher.collect(described(guess)), guesses]),
          [found],
        );
  return { subquery: new Cypher.Call(guessing.return(found, guesses), []), found, guesses };
}
