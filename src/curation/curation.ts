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
import type { EvidenceItem } from '../dataset/format.ts';
import {
  decisionId,
  type GraphFacts,
  meetingId,
  meetingProperties,
  type NodeFact,
  nodeFact,
  type PropertyValue,
  type RelationshipFact,
  relationshipFact,
  type SubjectList,
  storedEvidence,
  subjectLabels,
} from '../model/facts.ts';
import type { Label } from '../model/labels.ts';
import type { Database, WriteRunner } from '../neo4j/database.ts';
import { type StoredNode, statements } from '../neo4j/statements.ts';
import { diffGraph, isEmptyChange } from '../sync/diff.ts';
import { writeChange } from '../sync/write.ts';
import { InvalidInputError, NotFoundError } from './errors.ts';
import {
  type DecisionInput,
  decisionInput,
  type MeetingInput,
  type MembershipInput,
  meetingInput,
  membershipInput,
  type ParticipationInput,
  parseInput,
  participationInput,
} from './inputs.ts';

/** The nodes with these ids, by id, read inside the transaction. */
async function loadEntities(
  run: WriteRunner,
  ids: readonly string[],
): Promise<Map<string, StoredNode>> {
  const rows = await run(statements.write.curationEntities, { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [row.id, row]));
}

/** The fact checker of the dataset, over the entities the transaction read. */
function checkerOver(entities: Map<string, StoredNode>): FactChecker {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return new FactChecker({
    labelOf: (id) => entities.get(id)?.label,
    source: (id) => {
      const source = entities.get(id);
      if (source?.label !== 'Source') return undefined;
      const { url, reference, text: full } = source.properties;
      return { id, url: text(url), reference: text(reference), text: text(full) };
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

/** What a write may change: some nodes, and those of their relationships `includes` accepts. */
interface Scope {
  nodes: readonly string[];
  includes: (relationship: RelationshipFact) => boolean;
}

/** The graph's current facts within `scope`. */
async function currentFacts(run: WriteRunner, scope: Scope): Promise<GraphFacts> {
  const entities = await loadEntities(run, scope.nodes);
  // Properties are left out: a node a curator writes is always rewritten (with who and when).
  const nodes: NodeFact[] = [...entities.values()].map(({ label, id }) => ({
    label,
    id,
    properties: {},
  }));
  const relationships = await run(statements.write.curationRelationships, { ids: scope.nodes });
  return { nodes, relationships: relationships.filter(scope.includes) };
}

/** The entity whose write lock a write holds from its start: its id, or a decision's meeting. */
type Lock = { entity: string } | { meetingOfDecision: string };

/**
 * Two editors created the same new node at once (its id is unique): the one that lost the race
 * finds it there when it runs again, and replaces it as an upsert does.
 */
const lostCreationRace = (error: unknown) =>
  error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

export class Curation {
  constructor(
    private readonly db: Database,
    /** Who is writing: the subject of the editor's token, kept on every fact they write. */
    private readonly curator: string,
  ) {}

  /** Where curated facts come from, as stored on them. */
  #origin() {
    return { origin: 'curation', curatedBy: this.curator, curatedAt: new Date().toISOString() };
  }

  /** Runs `work` in one write transaction that first takes the write lock of `lock`. */
  async #write<T>(lock: Lock, work: (run: WriteRunner) => Promise<T>): Promise<T> {
    const transaction = () =>
      this.db.writeTransaction(async (run) => {
        if ('entity' in lock) await run(statements.write.lockEntities, { ids: [lock.entity] });
        else await run(statements.write.lockMeetingOfDecision, { id: lock.meetingOfDecision });
        return work(run);
      });
    try {
      return await transaction();
    } catch (error) {
      if (!lostCreationRace(error)) throw error;
      return transaction();
    }
  }

  /** Makes the facts within `scope` exactly `wanted`. */
  async #replace(run: WriteRunner, scope: Scope, wanted: GraphFacts): Promise<void> {
    const current = await currentFacts(run, scope);
    await writeChange(
      run,
      diffGraph(wanted, current, () => true),
      () => {},
    );
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
    return this.#write({ entity: id }, async (run) => {
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
      await this.#replace(
        run,
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
    return this.#write({ entity: meeting }, async (run) => {
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

      const [next] = await run(statements.write.curationNextPosition, { meeting });
      const position = existing?.properties.position ?? next?.position;
      const origin = this.#origin();
      await this.#replace(
        run,
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

  /** Deletes a decision and its relationships; answers its id. */
  deleteDecision(id: string): Promise<string> {
    return this.#write({ meetingOfDecision: id }, async (run) => {
      const existing = (await loadEntities(run, [id])).get(id);
      if (existing?.label !== 'Decision') throw new NotFoundError(`There is no decision ${id}.`);
      await this.#replace(
        run,
        { nodes: [id], includes: () => true },
        { nodes: [], relationships: [] },
      );
      return id;
    });
  }

  /**
   * Adds (with evidence) or removes the relationship `type` from a member State to a network or
   * project; answers the State's id.
   */
  async #stateLink(
    type: 'MEMBER_OF' | 'PARTICIPATES_IN',
    target: { id: string; label: 'Network' | 'Project'; field: string },
    state: string,
    evidenceItems: readonly EvidenceItem[] | undefined,
  ): Promise<string> {
    return this.#write({ entity: state }, async (run) => {
      const entities = await loadEntities(run, [
        state,
        target.id,
        ...(evidenceItems ?? []).map((i) => i.source),
      ]);
      const checks = checkerOver(entities);
      checks.reference(['MemberState'], state, 'input.state');
      checks.reference([target.label], target.id, target.field);
      const evidence = evidenceItems
        ? (checks.evidence(evidenceItems, 'input.evidence') ?? [])
        : [];
      refuseProblems(checks);

      const scope: Scope = {
        nodes: [state],
        includes: (r) => r.type === type && r.from === state && r.to === target.id,
      };
      const wanted = evidenceItems
        ? [relationshipFact(type, state, target.id, evidence, this.#origin())]
        : [];
      const current = await currentFacts(run, scope);
      const change = diffGraph(
        { nodes: current.nodes, relationships: wanted },
        current,
        () => true,
      );
      if (!evidenceItems && isEmptyChange(change)) {
        throw new NotFoundError(`${state} has no ${type} relationship to ${target.id}.`);
      }
      await writeChange(run, change, () => {});
      return state;
    });
  }

  addMembership(raw: unknown): Promise<string> {
    const input: MembershipInput = parseInput(membershipInput, raw);
    const network = { id: input.network, label: 'Network', field: 'input.network' } as const;
    return this.#stateLink('MEMBER_OF', network, input.state, input.evidence);
  }

  removeMembership(raw: unknown): Promise<string> {
    const input = parseInput(membershipInput.omit({ evidence: true }), raw);
    return this.#stateLink(
      'MEMBER_OF',
      { id: input.network, label: 'Network', field: 'input.network' },
      input.state,
      undefined,
    );
  }

  addParticipation(raw: unknown): Promise<string> {
    const input: ParticipationInput = parseInput(participationInput, raw);
    const project = { id: input.project, label: 'Project', field: 'input.project' } as const;
    return this.#stateLink('PARTICIPATES_IN', project, input.state, input.evidence);
  }

  removeParticipation(raw: unknown): Promise<string> {
    const input = parseInput(participationInput.omit({ evidence: true }), raw);
    return this.#stateLink(
      'PARTICIPATES_IN',
      { id: input.project, label: 'Project', field: 'input.project' },
      input.state,
      undefined,
    );
  }
}
