/**
 * Applies `curated.yaml` to the facts compiled from the other files: first its removals, then
 * its nodes, then its relationships, each checked by the fact checker against the facts as they
 * then are (a relationship may join nodes the patch adds; evidence may cite a source it adds).
 * Its facts keep who curated them and when, and stay marked as curated, so that an import of the
 * patch onto the graph it was exported from changes nothing.
 */
import type { Label } from '../../model/entities.ts';
import {
  type GraphFacts,
  type NodeFact,
  nodeFact,
  type RelationshipFact,
  relationshipFact,
} from '../../model/facts.ts';
import {
  describeRelationship,
  type NamedRelationship,
  relationshipKey,
} from '../../model/relationship-identity.ts';
import { endsOfType, relationshipFields } from '../../model/relationships.ts';
import { FactChecker, words } from '../checker.ts';
import { type CuratedFile, type CuratedNode, storedFields } from '../curated-format.ts';
import { storedSource } from '../evidence.ts';
import type { Located } from '../load.ts';
import type { Problem } from '../problems.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The stored properties of a patch's node, from the fields it is written with. */
function nodeProperties({ label, properties, aliases }: CuratedNode) {
  const given = properties as Record<string, string | number | boolean | string[] | undefined>;
  return {
    ...Object.fromEntries(storedFields(label).map(({ field, stored }) => [stored, given[field]])),
    aliases,
  };
}

export function applyCurated(
  facts: GraphFacts,
  { file, content }: Located<CuratedFile>,
): { facts: GraphFacts; problems: Problem[] } {
  const nodes = new Map(facts.nodes.map((node) => [node.id, node]));
  const relationships = new Map(facts.relationships.map((r) => [relationshipKey(r), r]));
  const check = new FactChecker({
    labelOf: (id) => nodes.get(id)?.label,
    source: (id) => {
      const source = nodes.get(id);
      return source?.label === 'Source' ? storedSource(id, source.properties) : undefined;
    },
  });

  content.removals.nodes.forEach(({ label, id }, index) => {
    const here = `removals.nodes[${index}]`;
    const held = nodes.get(id);
    if (held === undefined) check.problem(`${here}.id`, `the files hold no node "${id}"`);
    else if (held.label !== label)
      check.problem(`${here}.label`, `"${id}" is a ${words(held.label)}, not a ${words(label)}`);
    else {
      nodes.delete(id);
      // A node goes with its relationships, as it does from the graph.
      for (const [key, r] of relationships)
        if (r.from === id || r.to === id) relationships.delete(key);
    }
  });
  content.removals.relationships.forEach((given, index) => {
    // The format gives a type's identifying properties, as declared, when it has any.
    const removal = given as NamedRelationship;
    if (!relationships.delete(relationshipKey(removal)))
      check.problem(
        `removals.relationships[${index}]`,
        `the files hold no ${describeRelationship(removal)}`,
      );
  });

  // Every node first, so that relationships and evidence may name any of them.
  const nodeAt = new Map<string, number>();
  const curatedNodes: [NodeFact, CuratedNode, number][] = [];
  content.nodes.forEach((node, index) => {
    const here = `nodes[${index}]`;
    const earlier = nodeAt.get(node.id);
    const held = nodes.get(node.id);
    if (earlier !== undefined)
      check.problem(`${here}.id`, `"${node.id}" is given twice: also at nodes[${earlier}]`);
    else if (held !== undefined && held.label !== node.label)
      check.problem(
        `${here}.label`,
        `"${node.id}" is a ${words(held.label)} in the files: a node keeps its label`,
      );
    nodeAt.set(node.id, index);
    const fact = nodeFact(node.label, node.id, nodeProperties(node), undefined, {});
    nodes.set(node.id, fact);
    curatedNodes.push([fact, node, index]);
  });
  for (const [fact, node, index] of curatedNodes) {
    const here = `nodes[${index}]`;
    const { startDate, endDate } = fact.properties;
    check.dates(text(startDate), text(endDate), `${here}.properties.endDate`);
    const evidence =
      node.evidence === undefined ? undefined : check.evidence(node.evidence, `${here}.evidence`);
    const { curatedBy, curatedAt } = node;
    nodes.set(
      node.id,
      nodeFact(node.label, node.id, nodeProperties(node), evidence, {
        origin: 'curation',
        curatedBy,
        curatedAt,
      }),
    );
  }

  const relationshipAt = new Map<string, number>();
  content.relationships.forEach((r, index) => {
    const here = `relationships[${index}]`;
    const key = relationshipKey(r);
    const earlier = relationshipAt.get(key);
    if (earlier !== undefined)
      check.problem(here, `given twice: also at relationships[${earlier}]`);
    relationshipAt.set(key, index);
    const { from, to } = endsOfType(r.type);
    const ends =
      check.reference(from, r.from, `${here}.from`) && check.reference(to, r.to, `${here}.to`);
    const near = nodes.get(r.from)?.label;
    const far = nodes.get(r.to)?.label;
    // Both ends are of labels the type joins; the table may still narrow what one end reaches.
    if (
      ends &&
      !relationshipFields.some(
        (f) =>
          f.type === r.type &&
          f.direction === 'out' &&
          f.on === near &&
          f.far.includes(far as Label),
      )
    )
      check.problem(
        `${here}.to`,
        `${r.type} does not join a ${words(near as Label)} to a ${words(far as Label)}`,
      );
    const evidence = check.evidence(r.evidence, `${here}.evidence`);
    if (!ends || evidence === undefined) return;
    const { curatedBy, curatedAt } = r;
    relationships.set(
      key,
      relationshipFact(
        r.type,
        r.from,
        r.to,
        evidence,
        { origin: 'curation', curatedBy, curatedAt },
        (r.properties ?? {}) as RelationshipFact['properties'],
      ),
    );
  });

  return {
    facts: { nodes: [...nodes.values()], relationships: [...relationships.values()] },
    problems: check.problems.map(({ path, message }) => ({ file, path, message })),
  };
}
