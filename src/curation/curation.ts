/**
 * Curation: the writes editors make through the API. Each checks its input with the dataset's
 * own rules, then changes the graph in one write transaction, reading what it needs inside that
 * transaction; a refused or failed write changes nothing. Curated facts are marked with their
 * origin, curator and time, so an import of the dataset files leaves them alone.
 *
 * Editors write at once: each write first takes the write lock of the entity it changes (the
 * meeting of a decision, the member State of a membership), so writes to one entity run one after
 * another and each works on what the last one committed. Adding what is there already changes
 * nothing, recording a decision again replaces it, and new decisions of a meeting take positions
 * one after another.
 */
import { Neo4jError } from 'neo4j-driver';
import { FactChecker } from '../dataset/checker.ts';
import type { DecisionKind } from '../dataset/decision-kinds.ts';
import { storedSource } from '../dataset/evidence.ts';
import { type EvidenceItem, evidence } from '../dataset/format.ts';
import { entityOf } from '../model/entities.ts';
import {
  decisionId,
  type Evidence,
  evidenceProperties,
  type GraphFacts,
  meetingAliases,
  meetingId,
  meetingProperties,
  type NodeFact,
  nodeFact,
  type Properties,
  type PropertyValue,
  type RelationshipFact,
  relationshipFact,
  type SubjectList,
  storedEvidence,
  subjectLabels,
} from '../model/facts.ts';
import { type FactChangeRecord, factOf, factState } from '../model/history.ts';
import { identityOf, nodeIdOf } from '../model/identity.ts';
import type { Label } from '../model/labels.ts';
import {
  describeRelationship,
  type NamedRelationship,
  relationshipKey,
  storedIdentity,
} from '../model/relationship-identity.ts';
import {
  endsOfType,
  type RelationshipType,
  relationshipFields,
  relationshipFieldsOf,
  typeName,
} from '../model/relationships.ts';
import type { Database, WriteRunner } from '../neo4j/database.ts';
import { type StoredNode, statements } from '../neo4j/statements.ts';
import { diffGraph, type GraphChange } from '../sync/diff.ts';
import { writeChange } from '../sync/write.ts';
import { ConflictError, InvalidInputError, NotFoundError } from './errors.ts';
import {
  type DecisionInput,
  decisionInput,
  type MeetingInput,
  meetingInput,
  parseInput,
  relationshipInput,
} from './inputs.ts';
import { createInput, updateInput } from './node-input.ts';

/** The nodes with these ids, by id, read inside the transaction. */
async function loadEntities(
  run: WriteRunner,
  ids: readonly string[],
): Promise<Map<string, StoredNode>> {
  if (ids.length === 0) return new Map();
  const rows = await run(statements.write.curationEntities, { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [row.id, row]));
}

/** The fact checker of the dataset, over the entities the transaction read. */
function checkerOver(entities: Map<string, StoredNode>): FactChecker {
  return new FactChecker({
    labelOf: (id) => entities.get(id)?.label,
    source: (id) => {
      const source = entities.get(id);
      return source?.label === 'Source' ? storedSource(id, source.properties) : undefined;
    },
  });
}

/** Throws the InvalidInputError listing every problem the checker found, if any. */
function refuseProblems(checker: FactChecker): void {
  if (checker.problems.length > 0)
    throw new InvalidInputError(
      checker.problems.map(({ path, message }) => ({ field: path, message })),
    );
}

/** What is wrong when `id`, to be written as a `label`, already names a node of another label. */
function idTakenProblem(existing: StoredNode | undefined, label: Label): string | undefined {
  if (existing === undefined || existing.label === label) return undefined;
  return `"${existing.id}" is already the id of ${existing.label}, not of a ${label.toLowerCase()}`;
}

/**
 * What a write may change: the nodes it owns (compared property by property), and the
 * relationships of `nodes` that `includes` accepts.
 */
interface Scope {
  nodes: readonly string[];
  /** The nodes the write makes, changes or removes (by default `nodes`). */
  owns?: readonly string[];
  includes: (relationship: RelationshipFact) => boolean;
}

/** The stored properties of a node, without the absent ones. */
const storedProperties = (node: StoredNode): Properties =>
  Object.fromEntries(
    Object.entries(node.properties).filter(
      (entry): entry is [string, PropertyValue] => entry[1] !== null,
    ),
  );

/** The graph's current facts within `scope`, as stored. */
async function currentFacts(run: WriteRunner, scope: Scope): Promise<GraphFacts> {
  const owned = scope.owns ?? scope.nodes;
  const entities = await loadEntities(run, owned);
  const nodes: NodeFact[] = [...entities.values()].map((node) => ({
    label: node.label,
    id: node.id,
    properties: storedProperties(node),
  }));
  const relationships =
    scope.nodes.length === 0
      ? []
      : await run(statements.write.curationRelationships, { ids: scope.nodes });
  return { nodes, relationships: relationships.filter(scope.includes) };
}

/** The entities whose write locks a write takes first. */
interface Lock {
  entities: readonly string[];
}

/**
 * Two editors created the same new node at once (its id is unique): the one that lost the race
 * finds it there when it runs again.
 */
const lostCreationRace = (error: unknown) =>
  error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** What a write transaction offers the work inside it. */
interface Writing {
  run: WriteRunner;
  /** The graph's current facts within `scope`, read once: `replace` compares with them. */
  current(scope: Scope): Promise<GraphFacts>;
  /** Makes the facts within `scope` exactly `wanted`; answers the change it wrote. */
  replace(scope: Scope, wanted: GraphFacts): Promise<GraphChange>;
}

/** The relationship every node of `label` has exactly one of: a decision's meeting. */
const meetingEndOf = (label: Label) =>
  relationshipFieldsOf(label).find((end) => end.one && end.required);

/** Does `relationship` hang a node on `id` that cannot be without it (a decision on its meeting)? */
const needs = (relationship: RelationshipFact, id: string) =>
  relationshipFields.some(
    (end) =>
      end.one &&
      end.required &&
      end.type === relationship.type &&
      (end.direction === 'out' ? relationship.to === id : relationship.from === id),
  );

const words = (label: Label) => label.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();

/** The rules of the dataset for a node as it will be stored, with the evidence it will have. */
function checkNodeRules(
  checks: FactChecker,
  label: Label,
  properties: Properties,
  items: readonly EvidenceItem[],
): void {
  const text = (name: string) =>
    typeof properties[name] === 'string' ? (properties[name] as string) : undefined;
  checks.dates(text('startDate'), text('endDate'), 'input.endDate');
  if (label === 'Meeting') {
    checks.online(properties.online === true, items, 'input.online');
    checks.certainty(
      text('certainty') === 'uncertain' ? 'uncertain' : 'certain',
      items,
      'input.certainty',
    );
  }
  if (label === 'Decision') checks.decisionKind(text('kind') as DecisionKind, items, 'input.kind');
  // What only announcing pages support stays announced, as an import keeps it.
  if (label === 'Meeting' || label === 'Event')
    checks.announced(text('summary'), [], items, 'input');
}

/** Do `from` and `to` name nodes the relationship `type` may join, at each end? */
function checkEnds(
  checks: FactChecker,
  type: RelationshipType,
  known: Map<string, StoredNode>,
  from: string,
  to: string,
): boolean {
  const declared = endsOfType(type);
  if (!checks.reference(declared.from, from, 'input.from')) return false;
  if (!checks.reference(declared.to, to, 'input.to')) return false;
  const start = known.get(from)?.label as Label;
  // An end may narrow the far labels (a project covers places, a network member States).
  const far = relationshipFieldsOf(start).find(
    (end) => end.type === type && end.direction === 'out',
  )?.far;
  return far === undefined || checks.reference(far, to, 'input.to');
}

/** A node has at most one of a relationship the model says is one (a meeting's city, ...). */
async function checkOnes(
  checks: FactChecker,
  type: RelationshipType,
  known: Map<string, StoredNode>,
  run: WriteRunner,
  from: string,
  to: string,
): Promise<void> {
  const endOf = (id: string, direction: 'out' | 'in') =>
    relationshipFieldsOf(known.get(id)?.label as Label).find(
      (end) => end.type === type && end.direction === direction && end.one,
    );
  const start = endOf(from, 'out');
  const end = endOf(to, 'in');
  // Neither end is one of a kind (a membership): nothing to read.
  if (start === undefined && end === undefined) return;
  const held = await run(statements.write.curationRelationships, { ids: [from, to] });
  const other = held.find((r) => r.type === type && r.from === from && r.to !== to);
  if (start !== undefined && other !== undefined)
    checks.problem(
      'input.to',
      `${from} has its ${start.field} already (${other.to}): remove that first`,
    );
  const another = held.find((r) => r.type === type && r.to === to && r.from !== from);
  if (end !== undefined && another !== undefined)
    checks.problem(
      'input.from',
      `${to} has its ${end.field} already (${another.from}): remove that first`,
    );
}
export class Curation {
  private readonly db: Database;
  /** Who is writing: the subject of the editor's token, kept on every fact they write. */
  private readonly curator: string;

  constructor(db: Database, curator: string) {
    this.db = db;
    this.curator = curator;
  }

  /** Where curated facts come from, as stored on them. */
  #origin() {
    return { origin: 'curation', curatedBy: this.curator, curatedAt: new Date().toISOString() };
  }

  /** The change the last write of this request recorded (none when it changed nothing). */
  lastChange: string | undefined;

  /**
   * Runs `work`, the mutation `operation`, in one write transaction that first takes the write
   * locks of `lock`; what it changes is recorded in the graph's history as the editor's.
   */
  async #write<T>(
    operation: string,
    lock: Lock,
    work: (writing: Writing) => Promise<T>,
    /** The change this write reverts. */
    reverts?: string,
  ): Promise<T> {
    this.lastChange = undefined;
    const transaction = () =>
      this.db.writeTransaction(async (run) => {
        // Always in the same order, so that two writes locking the same entities queue.
        await run(statements.write.lockEntities, { ids: [...new Set(lock.entities)].sort() });
        // Nothing but `replace` writes within a scope: what was read of it is still so.
        const read = new WeakMap<Scope, GraphFacts>();
        const current = async (scope: Scope) => {
          const facts = read.get(scope) ?? (await currentFacts(run, scope));
          read.set(scope, facts);
          return facts;
        };
        return work({
          run,
          current,
          replace: async (scope, wanted) => {
            const change = diffGraph(wanted, await current(scope), () => true);
            this.lastChange = await writeChange(run, change, () => {}, {
              by: this.curator,
              origin: reverts === undefined ? 'CURATION' : 'REVERT',
              operation,
              reverts,
            });
            return change;
          },
        });
      });
    try {
      return await transaction();
    } catch (error) {
      if (!lostCreationRace(error)) throw error;
      return transaction();
    }
  }

  /**
   * Creates a meeting, or changes what is given of one: title and dates always; city, online,
   * host and summary when given, else they stay as they are. Its evidence is added to what it
   * had, since the facts that stay rest on it. Answers its id.
   */
  upsertMeeting(raw: unknown): Promise<string> {
    const input: MeetingInput = parseInput(meetingInput, raw);
    // Defaults to false when left out; only an explicit value changes it.
    const onlineGiven = (raw as Record<string, unknown>).online != null;
    const id = meetingId(input.number);
    return this.#write('upsertMeeting', { entities: [id] }, async ({ run, replace }) => {
      const entities = await loadEntities(run, [
        id,
        ...[input.city, input.host].filter((ref): ref is string => ref !== undefined),
        ...input.evidence.map((item) => item.source),
      ]);
      const checks = checkerOver(entities);
      const held = entities.get(id);
      const taken = idTakenProblem(held, 'Meeting');
      if (taken !== undefined) checks.problem('input.number', taken);
      checks.dates(input.startDate, input.endDate, 'input.endDate');
      checks.placement(input.city, input.online, 'input.city');
      checks.online(input.online, input.evidence, 'input.online');
      if (input.city !== undefined) checks.reference(['Place'], input.city, 'input.city');
      if (input.host !== undefined) checks.reference(['MemberState'], input.host, 'input.host');
      const evidence = checks.evidence(input.evidence, 'input.evidence') ?? [];
      refuseProblems(checks);

      const kept = Object.fromEntries(
        Object.entries(held?.properties ?? {}).filter(([, value]) => value !== null),
      ) as Record<string, PropertyValue>;
      const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
      const stated = meetingProperties({
        ...input,
        online: onlineGiven ? input.online : kept.online === true,
        summary: input.summary ?? text(kept.summary),
        certainty: text(kept.certainty),
        aliases: Array.isArray(kept.aliases) ? kept.aliases : undefined,
      });
      const origin = this.#origin();
      const meeting = nodeFact(
        'Meeting',
        id,
        stated,
        [...storedEvidence(kept), ...evidence],
        origin,
      );
      meeting.properties = { ...kept, ...meeting.properties };
      const movesCity = input.city !== undefined || (onlineGiven && input.online);
      const relationships = [
        ...(input.city ? [relationshipFact('HELD_IN', id, input.city, evidence, origin)] : []),
        ...(input.host ? [relationshipFact('HOSTED', input.host, id, evidence, origin)] : []),
      ];
      await replace(
        {
          nodes: [id],
          includes: (r) =>
            (movesCity && r.type === 'HELD_IN' && r.from === id) ||
            (input.host !== undefined && r.type === 'HOSTED' && r.to === id),
        },
        { nodes: [meeting], relationships },
      );
      return id;
    });
  }

  /** Records a decision of a meeting, or replaces the one with the same key; answers its id. */
  recordDecision(raw: unknown): Promise<string> {
    const input: DecisionInput = parseInput(decisionInput, raw);
    const meeting = meetingId(input.meeting);
    const id = decisionId(input.meeting, input.key);
    const subjects = Object.entries(subjectLabels).flatMap(([key, label]) =>
      input.subjects[key as SubjectList].map((subject, index) => ({
        subject,
        label,
        field: `input.subjects.${key}[${index}]`,
      })),
    );
    return this.#write('recordDecision', { entities: [meeting] }, async ({ run, replace }) => {
      const entities = await loadEntities(run, [
        meeting,
        id,
        ...subjects.map((s) => s.subject),
        ...(input.proposedBy ? [input.proposedBy] : []),
        ...input.evidence.map((item) => item.source),
      ]);
      const checks = checkerOver(entities);
      checks.reference(['Meeting'], meeting, 'input.meeting');
      const existing = entities.get(id);
      const taken = idTakenProblem(existing, 'Decision');
      if (taken !== undefined) checks.problem('input.key', taken);
      for (const { subject, label, field } of subjects) checks.reference([label], subject, field);
      if (input.proposedBy !== undefined)
        checks.reference(['MemberState'], input.proposedBy, 'input.proposedBy');
      checks.decisionKind(input.kind, input.evidence, 'input.kind');
      const evidence = checks.evidence(input.evidence, 'input.evidence') ?? [];
      refuseProblems(checks);

      const [next] = await run(statements.write.curationNextPosition, {
        meeting,
        type: 'MADE_AT',
      });
      const position = existing?.properties.position ?? next?.position;
      const origin = this.#origin();
      await replace(
        {
          nodes: [id],
          includes: (r) =>
            ((r.type === 'MADE_AT' || r.type === 'CONCERNS') && r.from === id) ||
            (r.type === 'PROPOSED' && r.to === id),
        },
        {
          nodes: [
            nodeFact(
              'Decision',
              id,
              { kind: input.kind, summary: input.summary, position },
              evidence,
              origin,
            ),
          ],
          relationships: [
            relationshipFact('MADE_AT', id, meeting, evidence, origin),
            ...subjects.map(({ subject }) =>
              relationshipFact('CONCERNS', id, subject, evidence, origin),
            ),
            ...(input.proposedBy
              ? [relationshipFact('PROPOSED', input.proposedBy, id, evidence, origin)]
              : []),
          ],
        },
      );
      return id;
    });
  }

  /** Creates a node of `label` from a `create<label>` input; answers its id. */
  createNode(label: Label, raw: Record<string, unknown>): Promise<string> {
    const input = createInput(label, raw);
    const identity = identityOf(label);
    const id = nodeIdOf(label, input.key as string | number, input.meeting);
    const belongs = meetingEndOf(label);
    // What belongs to a meeting is created under the meeting's lock: positions follow each other.
    return this.#write(
      `create${label}`,
      { entities: [input.meeting ?? id] },
      async ({ run, replace }) => {
        const known = await loadEntities(run, [
          id,
          ...(input.meeting === undefined ? [] : [input.meeting]),
          ...(input.evidence ?? []).map((item) => item.source),
        ]);
        const checks = checkerOver(known);
        const held = known.get(id);
        if (held !== undefined)
          checks.problem(
            `input.${identity.field}`,
            held.label === label
              ? `${label} "${id}" exists already: change it with update${label}`
              : (idTakenProblem(held, label) as string),
          );
        if (belongs !== undefined && input.meeting !== undefined)
          checks.reference(['Meeting'], input.meeting, `input.${belongs.field}`);
        const evidence = checks.evidence(input.evidence ?? [], 'input.evidence') ?? [];
        const properties: Properties = { ...input.properties };
        if (label === 'Meeting')
          properties.aliases = meetingAliases(
            Number(input.key),
            String(properties.name),
            properties.aliases as string[],
          );
        checkNodeRules(checks, label, properties, input.evidence ?? []);
        refuseProblems(checks);

        if (
          belongs !== undefined &&
          input.meeting !== undefined &&
          'position' in entityOf(label).properties
        ) {
          const [next] = await run(statements.write.curationNextPosition, {
            meeting: input.meeting,
            type: belongs.type,
          });
          properties.position = next?.position ?? 1;
        }
        const origin = this.#origin();
        const node = nodeFact(
          label,
          id,
          properties,
          label === 'Source' && evidence.length === 0 ? undefined : evidence,
          origin,
        );
        const links =
          belongs === undefined || input.meeting === undefined
            ? []
            : [
                belongs.direction === 'out'
                  ? relationshipFact(belongs.type, id, input.meeting, evidence, origin)
                  : relationshipFact(belongs.type, input.meeting, id, evidence, origin),
              ];
        await replace(
          { nodes: [], owns: [id], includes: () => false },
          { nodes: [node], relationships: links },
        );
        return id;
      },
    );
  }

  /**
   * Changes what an `update<label>` input gives of node `id`: a field left out stays, a field
   * given as null is cleared; evidence given replaces its evidence. Answers its id.
   */
  updateNode(label: Label, id: string, raw: Record<string, unknown>): Promise<string> {
    const input = updateInput(label, raw);
    const identity = identityOf(label);
    const belongs = meetingEndOf(label);
    return this.#write(`update${label}`, { entities: [id] }, async ({ run, replace }) => {
      const known = await loadEntities(run, [id, ...(input.evidence ?? []).map((i) => i.source)]);
      const held = known.get(id);
      if (held?.label !== label) throw new NotFoundError(`There is no ${words(label)} ${id}.`);
      const checks = checkerOver(known);
      const meeting = identity.withinMeeting ? id.slice(0, id.lastIndexOf('/')) : undefined;
      if (input.key !== undefined && nodeIdOf(label, input.key, meeting) !== id)
        checks.problem(
          `input.${identity.field}`,
          `the key of ${id} cannot change: create a new ${words(label)} and delete this one`,
        );
      if (belongs !== undefined && input.meeting !== undefined && input.meeting !== meeting)
        checks.problem(
          `input.${belongs.field}`,
          `${id} belongs to ${meeting}, which cannot change`,
        );
      const evidence =
        input.evidence === undefined
          ? undefined
          : (checks.evidence(input.evidence, 'input.evidence') ?? []);
      const stored = storedProperties(held);
      // The editor wrote it last: it is curated now, whoever wrote it before.
      const origin = this.#origin();
      const properties: Properties = { ...stored, ...input.properties, ...origin };
      for (const name of input.cleared) delete properties[name];
      if (label === 'Meeting') {
        const number = Number(stored.number);
        const own = new Set(meetingAliases(number, String(stored.name)));
        const others =
          (input.properties.aliases as string[] | undefined) ??
          ((stored.aliases as string[] | undefined) ?? []).filter((alias) => !own.has(alias));
        properties.aliases = meetingAliases(number, String(properties.name), others);
      }
      const items = evidence ?? storedEvidence(stored);
      checkNodeRules(checks, label, properties, items);
      refuseProblems(checks);
      const node = nodeFact(label, id, properties, evidence, origin);
      await replace(
        { nodes: [], owns: [id], includes: () => false },
        { nodes: [node], relationships: [] },
      );
      return id;
    });
  }

  /**
   * Deletes node `id` of `label` and its relationships; answers its id. A node others need
   * (a meeting with decisions or agenda items) is refused until they are gone.
   */
  deleteNode(label: Label, id: string): Promise<string> {
    return this.#write(`delete${label}`, { entities: [id] }, async ({ run, replace }) => {
      const held = (await loadEntities(run, [id])).get(id);
      if (held?.label !== label) throw new NotFoundError(`There is no ${words(label)} ${id}.`);
      const relationships = await run(statements.write.curationRelationships, { ids: [id] });
      const needing = relationships.filter((r) => needs(r, id)).map(describeFact);
      // A source stays while the evidence of a fact cites it.
      if (label === 'Source')
        needing.push(
          ...(await run(statements.write.curationCitations, { id })).map((row) => row.fact),
        );
      if (needing.length > 0) {
        const shown = needing.slice(0, 3).join(', ') + (needing.length > 3 ? ', ...' : '');
        const message = `${id} is still needed by ${shown}: delete or change them first`;
        throw new InvalidInputError([{ field: 'id', message }]);
      }
      await replace({ nodes: [id], includes: () => true }, { nodes: [], relationships: [] });
      return id;
    });
  }

  /**
   * Adds the relationship `type` between two nodes with evidence and the type's properties; one
   * already there keeps its evidence, gains the new, and takes the properties given. Answers it.
   */
  addRelationship(type: RelationshipType, raw: Record<string, unknown>): Promise<RelationshipFact> {
    const input = relationshipInput(type, raw, true);
    const { from, to } = input;
    return this.#write(
      `add${typeName(type)}`,
      { entities: [from, to] },
      async ({ run, current, replace }) => {
        const known = await loadEntities(run, [from, to, ...input.evidence.map((i) => i.source)]);
        const checks = checkerOver(known);
        if (checkEnds(checks, type, known, from, to))
          await checkOnes(checks, type, known, run, from, to);
        const evidence = checks.evidence(input.evidence, 'input.evidence') ?? [];
        refuseProblems(checks);
        const scope = relationshipScope({ type, from, to, properties: input.properties });
        const [existing] = (await current(scope)).relationships;
        const fact = relationshipFact(
          type,
          from,
          to,
          [...(existing ? storedEvidence(existing.properties) : []), ...evidence],
          this.#origin(),
          input.properties,
        );
        await replace(scope, { nodes: [], relationships: [fact] });
        return fact;
      },
    );
  }

  /**
   * Removes the relationship `type` from `from` to `to` (the one with the identifying properties
   * given, for a type that has them); answers what it was.
   */
  removeRelationship(
    type: RelationshipType,
    raw: Record<string, unknown>,
  ): Promise<RelationshipFact> {
    const needed = relationshipFields.find((end) => end.type === type && end.one && end.required);
    if (needed !== undefined)
      throw new InvalidInputError([
        {
          field: 'input',
          message: `every ${words(needed.on)} has its ${needed.field}: delete the ${words(needed.on)} instead`,
        },
      ]);
    const { from, to, properties } = relationshipInput(type, raw, false);
    const named = { type, from, to, properties };
    return this.#write(
      `remove${typeName(type)}`,
      { entities: [from, to] },
      async ({ current, replace }) => {
        const scope = relationshipScope(named);
        const [existing] = (await current(scope)).relationships;
        if (existing === undefined)
          throw new NotFoundError(`There is no ${describeRelationship(named)}.`);
        await replace(scope, { nodes: [], relationships: [] });
        return existing;
      },
    );
  }

  /**
   * Adds evidence to (`add`) or removes it from a node or relationship; answers its evidence.
   * A fact keeps at least one item of evidence.
   */
  changeEvidence(
    action: 'add' | 'remove',
    target: { node: string } | NamedRelationship,
    rawEvidence: unknown,
  ): Promise<Evidence[]> {
    const items = parseInput(evidence, rawEvidence, ['input', 'evidence']);
    const ids = 'node' in target ? [target.node] : [target.from, target.to];
    return this.#write(
      `${action}Evidence`,
      { entities: ids },
      async ({ run, current, replace }) => {
        const known = await loadEntities(run, [...ids, ...items.map((i) => i.source)]);
        const checks = checkerOver(known);
        const scope: Scope =
          'node' in target
            ? { nodes: [], owns: [target.node], includes: () => false }
            : relationshipScope(target);
        const stored = await current(scope);
        const fact = 'node' in target ? stored.nodes[0] : stored.relationships[0];
        if (fact === undefined)
          throw new NotFoundError(
            'node' in target
              ? `There is no node ${target.node}.`
              : `There is no ${describeRelationship(target)}.`,
          );
        const had = storedEvidence(fact.properties);
        const same = (a: Evidence, b: Evidence) =>
          a.source === b.source &&
          (a.quote ?? '') === (b.quote ?? '') &&
          (a.note ?? '') === (b.note ?? '');
        let now: Evidence[];
        if (action === 'add') {
          now = [...had, ...(checks.evidence(items, 'input.evidence') ?? [])];
        } else {
          items.forEach((item, index) => {
            if (!had.some((known) => same(known, item)))
              checks.problem(`input.evidence[${index}]`, 'not part of its evidence');
          });
          now = had.filter((known) => !items.some((item) => same(known, item)));
          if (now.length === 0 && !('label' in fact && fact.label === 'Source'))
            checks.problem(
              'input.evidence',
              'that is all of its evidence: a fact keeps at least one item',
            );
        }
        refuseProblems(checks);
        const properties = { ...fact.properties, ...this.#origin(), ...evidenceProperties(now) };
        await replace(
          scope,
          'label' in fact
            ? { nodes: [{ ...fact, properties }], relationships: [] }
            : { nodes: [], relationships: [{ ...fact, properties }] },
        );
        return now;
      },
    );
  }

  /**
   * Reverts change `id`: restores what it removed or altered and removes what it created, as
   * one change of its own. Refused with a ConflictError when a fact it changed has changed
   * since. Answers the id of the revert.
   */
  async revertChange(id: string): Promise<string> {
    const [change] = await this.db.read(statements.read.changesById, { ids: [id] });
    if (change === undefined) throw new NotFoundError(`There is no change ${id}.`);
    const facts = await this.db.read(statements.read.factChanges, {
      changes: [id],
      of: null,
      limit: 10_000_000,
    });
    const nodeIds = facts.flatMap((fact) => (fact.label === null ? [] : [fact.id as string]));
    const ends = facts.flatMap((fact) =>
      fact.type === null ? [] : [fact.from as string, fact.to as string],
    );
    const relationshipKeys = new Set(facts.filter((f) => f.type !== null).map(recordKey));
    return this.#write(
      'revertChange',
      { entities: [...nodeIds, ...ends] },
      async ({ run, current, replace }) => {
        const scope: Scope = {
          nodes: [...new Set([...nodeIds, ...ends])],
          owns: nodeIds,
          includes: (r) => relationshipKeys.has(relationshipKey(r)),
        };
        const stored = await current(scope);
        const nodes = new Map(stored.nodes.map((node) => [node.id, node]));
        const links = new Map(stored.relationships.map((r) => [relationshipKey(r), r]));
        const conflict = async (fact: Named, why: string) => {
          const [later] = await run(statements.read.laterFactChange, {
            id: 'label' in fact && fact.label !== null ? (fact.id as string) : null,
            type: 'type' in fact ? (fact.type ?? null) : null,
            from: 'from' in fact ? (fact.from ?? null) : null,
            to: 'to' in fact ? (fact.to ?? null) : null,
            identity:
              'change' in fact ? fact.identity : 'type' in fact ? storedIdentity(fact) : null,
            at: change.at,
          });
          const named = describeFact(fact);
          return new ConflictError(
            `Change ${id} cannot be reverted: ${named} ${why}${later ? ` (change ${later.change})` : ''}.`,
            named,
            later?.change,
          );
        };
        // A fact the change touched twice (a node remade under another label and its
        // relationships: removed, then made anew) is as its last record left it, and comes back
        // as its first found it: the records are undone last first.
        const lastRecords = new Map(
          facts.map((fact) => [fact.label === null ? recordKey(fact) : `node ${fact.id}`, fact]),
        );
        for (const fact of lastRecords.values()) {
          const now =
            fact.label === null ? links.get(recordKey(fact)) : nodes.get(fact.id as string);
          const state = now === undefined ? null : JSON.stringify(factState(now.properties));
          if (state !== fact.after) throw await conflict(fact, 'has changed since');
        }
        // A node the change created goes with the revert: nothing added since may hang on it.
        const created = facts.filter((f) => f.label !== null && f.action === 'CREATED');
        if (created.length > 0) {
          const hanging = await run(statements.write.curationRelationships, {
            ids: created.map((f) => f.id as string),
          });
          const added = hanging.find((r) => !relationshipKeys.has(relationshipKey(r)));
          if (added !== undefined) throw await conflict(added, 'was added since');
        }
        // A relationship the change removed comes back only between nodes that are there.
        const restored = new Set(
          facts.filter((f) => f.label !== null && f.action === 'REMOVED').map((f) => f.id),
        );
        const present = await loadEntities(run, ends);
        for (const fact of facts.filter((f) => f.type !== null && f.action === 'REMOVED'))
          for (const end of [fact.from as string, fact.to as string])
            if (!present.has(end) && !restored.has(end))
              throw await conflict({ label: null, id: end }, 'has been deleted since');

        for (const fact of facts.toReversed()) {
          const before = fact.before === null ? undefined : factOf(fact, JSON.parse(fact.before));
          if (fact.label !== null) {
            if (before === undefined) nodes.delete(fact.id as string);
            else nodes.set(fact.id as string, before as NodeFact);
          } else if (before === undefined) links.delete(recordKey(fact));
          else links.set(recordKey(fact), before as RelationshipFact);
        }
        await replace(scope, { nodes: [...nodes.values()], relationships: [...links.values()] });
        return this.lastChange as string;
      },
      id,
    );
  }
}

/** A fact as history and conflicts name it. */
type Named = FactChangeRecord | { label: null; id: string } | RelationshipFact;

/** The relationship a history record is about, with the properties it had (or has). */
const recordedRelationship = (record: FactChangeRecord) =>
  factOf(record, JSON.parse(record.before ?? record.after ?? '{}')) as RelationshipFact;

/** The identity of the relationship a history record is about (see relationship-identity.ts). */
const recordKey = (record: FactChangeRecord) => relationshipKey(recordedRelationship(record));

/** The relationship `named` names, and only it, as a write's scope. */
const relationshipScope = (named: NamedRelationship): Scope => {
  const key = relationshipKey(named);
  return { nodes: [named.from], owns: [], includes: (r) => relationshipKey(r) === key };
};

function describeFact(fact: Named): string {
  if ('change' in fact) {
    if (fact.type !== null) return describeRelationship(recordedRelationship(fact));
  } else if ('type' in fact) return describeRelationship(fact);
  const { label, id } = fact as { label: string | null; id: string };
  return label === null ? `node ${id}` : `${label} ${id}`;
}
