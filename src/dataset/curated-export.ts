/**
 * The way back from the graph to the files: what editors added, changed or removed, as the
 * patch `curated.yaml` (see curated-format.ts). It is the difference between the graph and the
 * facts the other files compile to, found by the import's own diff, and it is checked before it
 * is handed out: compiled and applied as an import would, it must give back the graph exactly.
 */
import { stringify } from 'yaml';
import {
  type GraphFacts,
  type NodeFact,
  type RelationshipFact,
  storedEvidence,
} from '../model/facts.ts';
import {
  describeRelationship,
  identityOf,
  relationshipKey,
} from '../model/relationship-identity.ts';
import type { Database } from '../neo4j/database.ts';
import { statements } from '../neo4j/statements.ts';
import { diffGraph, isEmptyChange } from '../sync/diff.ts';
import { firstLines, UserError } from '../user-error.ts';
import { applyCurated } from './compile/curated.ts';
import { compileDataset } from './compile/index.ts';
import { type CuratedFile, curatedFile, storedFields } from './curated-format.ts';
import { checkFile, loadDataset } from './load.ts';
import { DatasetError, type Problem } from './problems.ts';

/** The graph holds what the patch cannot say, or what the files it is a patch over do not. */
export class CuratedExportError extends UserError {
  override name = 'CuratedExportError';

  constructor(heading: string, lines: readonly string[], advice: string) {
    super([heading, ...firstLines(lines).map((line) => `  ${line}`), advice].join('\n'));
  }
}

export interface CuratedExport {
  /** The patch; undefined when the graph holds exactly the files. */
  yaml: string | undefined;
  patch: CuratedFile;
}

const describeNode = (node: NodeFact) => `${node.label} ${node.id}`;

/** Every node and relationship of the graph, read in one transaction. */
async function graphFacts(db: Database): Promise<GraphFacts> {
  const snapshot = await db.snapshot();
  try {
    const nodes: NodeFact[] = [];
    for await (const node of snapshot.rows(statements.read.graphNodes)) nodes.push(node);
    const relationships: RelationshipFact[] = [];
    for await (const r of snapshot.rows(statements.read.graphRelationships)) relationships.push(r);
    return { nodes, relationships };
  } finally {
    await snapshot.close();
  }
}

/** The properties every fact may carry besides its own: bookkeeping and evidence. */
function common(properties: Record<string, unknown>) {
  const { origin, curatedBy, curatedAt, evidenceSources, evidenceQuotes, evidenceNotes, ...own } =
    properties;
  return {
    own,
    evidence: evidenceSources === undefined ? undefined : storedEvidence(properties),
    curatedBy: curatedBy as string | undefined,
    curatedAt: curatedAt as string | undefined,
  };
}

/** A graph node as a patch entry; a property the model does not declare is reported. */
function nodeEntry(node: NodeFact, unsaid: string[]) {
  const { own, evidence, curatedBy, curatedAt } = common(node.properties);
  const { id, aliases, ...rest } = own;
  const properties: Record<string, unknown> = {};
  for (const { field, stored } of storedFields(node.label)) {
    if (rest[stored] !== undefined) properties[field] = rest[stored];
    delete rest[stored];
  }
  for (const name of Object.keys(rest))
    unsaid.push(`${describeNode(node)}: property ${name} is not one the model declares`);
  return { label: node.label, id: node.id, properties, aliases, evidence, curatedBy, curatedAt };
}

function relationshipEntry(r: RelationshipFact) {
  const { own, evidence, curatedBy, curatedAt } = common(r.properties);
  const properties = Object.keys(own).length > 0 ? own : undefined;
  return { type: r.type, from: r.from, to: r.to, properties, evidence, curatedBy, curatedAt };
}

/** A relationship of the files editors removed, named as the patch names it. */
function removalEntry(r: RelationshipFact) {
  const identity = identityOf(r);
  const properties = Object.fromEntries(Object.entries(identity).filter(([, v]) => v !== null));
  return Object.keys(identity).length === 0
    ? { type: r.type, from: r.from, to: r.to }
    : { type: r.type, from: r.from, to: r.to, properties };
}

const byNode = (a: NodeFact, b: NodeFact) =>
  a.label.localeCompare(b.label) || a.id.localeCompare(b.id);
const byRelationship = (a: RelationshipFact, b: RelationshipFact) =>
  a.type.localeCompare(b.type) ||
  a.from.localeCompare(b.from) ||
  a.to.localeCompare(b.to) ||
  relationshipKey(a).localeCompare(relationshipKey(b));

const header = [
  '# What editors added, changed or removed through the API, written by `npm run curated:export`',
  '# as a patch over the other files of this folder (docs/reference.md, "Curated facts"). Review',
  '# it like any change to the files; an import applies it after them.',
  '',
].join('\n');

/**
 * The patch that turns the facts of the files in `dir` (all but curated.yaml) into the graph.
 * Refused when the graph holds facts from other files than these, or what no file can say.
 */
export async function exportCurated(
  db: Database,
  dir: string,
  reportedAs: string,
): Promise<CuratedExport> {
  const problems: Problem[] = [];
  const loaded = await loadDataset(dir, problems);
  if (loaded === undefined) throw new DatasetError(problems);
  const files = compileDataset({ ...loaded, curated: undefined });
  if (files.problems.length > 0) throw new DatasetError(files.problems);
  const graph = await graphFacts(db);

  // From the files to the graph: what the graph adds and changes is curated, what it lacks removed.
  const change = diffGraph(graph, files.facts, () => true);
  const added = [...change.nodes.create, ...change.nodes.update].sort(byNode);
  const linked = [...change.relationships.create, ...change.relationships.update].sort(
    byRelationship,
  );
  const stale = [...added, ...linked].filter((fact) => fact.properties.origin !== 'curation');
  if (stale.length > 0)
    throw new CuratedExportError(
      `The graph holds ${stale.length} fact${stale.length === 1 ? '' : 's'} of the dataset that the files in ${dir} do not:`,
      stale.map((fact) => ('label' in fact ? describeNode(fact) : describeRelationship(fact))),
      'It was imported from other files: export against those, or import these first.',
    );

  const removed = new Set(change.nodes.remove.map((node) => node.id));
  const unsaid: string[] = [];
  const patch: CuratedFile = {
    nodes: added.map((node) => nodeEntry(node, unsaid)) as CuratedFile['nodes'],
    relationships: linked.map(relationshipEntry) as CuratedFile['relationships'],
    removals: {
      nodes: change.nodes.remove.sort(byNode).map(({ label, id }) => ({ label, id })),
      // A removed node's relationships go with it.
      relationships: change.relationships.remove
        .filter((r) => !removed.has(r.from) && !removed.has(r.to))
        .sort(byRelationship)
        .map(removalEntry),
    },
  };
  if (unsaid.length > 0)
    throw new CuratedExportError(
      'The graph holds properties the dataset format cannot say:',
      unsaid,
      'Declare them in src/model/ or remove them from the graph.',
    );
  if (isEmptyChange(change)) return { yaml: undefined, patch };

  const yaml = header + stringify(patch, { lineWidth: 100 });
  verify(yaml, reportedAs, files.facts, graph);
  return { yaml, patch };
}

/** The patch, read and applied as an import does, gives back exactly the graph. */
function verify(yaml: string, file: string, files: GraphFacts, graph: GraphFacts): void {
  const problems: Problem[] = [];
  const content = checkFile(file, yaml, curatedFile, problems);
  const applied = content && applyCurated(files, { file, content });
  problems.push(...(applied?.problems ?? []));
  if (problems.length > 0 || applied === undefined)
    throw new CuratedExportError(
      'The graph holds curated facts the dataset rules refuse, so an import could not load them:',
      problems.map(({ path, message }) => `${path}: ${message}`),
      'Correct them through the API, then export again.',
    );
  const left = diffGraph(graph, applied.facts, () => true);
  if (!isEmptyChange(left))
    throw new CuratedExportError(
      'The patch would not give back the graph exactly; these facts differ:',
      [
        ...[...left.nodes.create, ...left.nodes.update, ...left.nodes.remove].map(describeNode),
        ...[
          ...left.relationships.create,
          ...left.relationships.update,
          ...left.relationships.remove,
        ].map(describeRelationship),
      ],
      'Nothing was written.',
    );
}
