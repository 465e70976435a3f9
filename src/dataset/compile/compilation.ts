/**
 * What compiling the dataset builds up: every identifier and what it names, the sources and the
 * member States' names the rules need, the nodes and relationships made so far, and one fact
 * checker per file so that each problem is reported with its file.
 */

import type { Label } from '../../model/entities.ts';
import {
  type Evidence,
  type GraphFacts,
  type NodeFact,
  nodeFact,
  type Properties,
  type RelationshipFact,
  relationshipFact,
} from '../../model/facts.ts';
import { relationshipKey } from '../../model/relationship-identity.ts';
import { endsOfType, type RelationshipType } from '../../model/relationships.ts';
import { type NodeValues, storedProperties } from '../../model/stored-properties.ts';
import { FactChecker } from '../checker.ts';
import type { SourceRecord } from '../evidence.ts';
import type { EvidenceItem } from '../format.ts';
import type { Problem } from '../problems.ts';
import { checkStatedNone, type StatedNone } from '../stated-none.ts';

/** A reference to another entry and the path of the field it is written in. */
export interface Target {
  id: string;
  path: string;
}

/** The targets of a list field, e.g. `networks[0].members[0].states`. */
export const listed = (ids: readonly string[], path: string): Target[] =>
  ids.map((id, index) => ({ id, path: `${path}[${index}]` }));

/** The target of a single-reference field, e.g. `meeting.city`, if it is given. */
export const single = (id: string | undefined, path: string): Target[] =>
  id === undefined ? [] : [{ id, path }];

/** Facts of the dataset are marked so, and so can be told from curated ones. */
const fromDataset = { origin: 'dataset' } as const;

export class Compilation {
  readonly #problems: Problem[] = [];
  readonly #checkers: [file: string, checker: FactChecker][] = [];
  readonly #ids = new Map<string, { label: Label; file: string; path: string }>();
  readonly #sources = new Map<string, SourceRecord>();
  readonly #stateNames = new Map<string, readonly string[]>();
  readonly #programmeNames = new Map<string, readonly string[]>();
  readonly #nodes: NodeFact[] = [];
  readonly #relationships = new Map<string, RelationshipFact & { evidence: Evidence[] }>();

  /** Claims `id` for an entry; a second claim anywhere in the dataset is a problem. */
  register(label: Label, id: string, file: string, path: string): void {
    const earlier = this.#ids.get(id);
    if (earlier === undefined) this.#ids.set(id, { label, file, path });
    else
      this.#problems.push({
        file,
        path,
        message: `duplicate id "${id}": already used at ${earlier.file}: ${earlier.path}`,
      });
  }

  registerSource(source: SourceRecord): void {
    this.#sources.set(source.id, source);
  }

  registerState(iso3: string, names: readonly string[]): void {
    this.#stateNames.set(iso3, names);
  }

  registerProgramme(slug: string, names: readonly string[]): void {
    this.#programmeNames.set(slug, names);
  }

  /** The fact checker for the entries of `file`. */
  checker(file: string): FactChecker {
    const checker = new FactChecker({
      labelOf: (id) => this.#ids.get(id)?.label,
      source: (id) => this.#sources.get(id),
      stateNames: this.#stateNames,
      programmeNames: this.#programmeNames,
    });
    this.#checkers.push([file, checker]);
    return checker;
  }

  /** A node of `label`, storing what `values` give of the properties the entity table declares. */
  node<L extends Label>(label: L, id: string, values: NodeValues<L>, evidence?: Evidence[]): void {
    this.#nodes.push(nodeFact(label, id, storedProperties(label, values), evidence, fromDataset));
  }

  /**
   * A node whose entry at `here` may state what it has none of (its `none:` groups, see
   * stated-none.ts): the aspects stored as its `none`, their evidence beside its own.
   * `recorded` says which aspects the entry gives facts of.
   */
  nodeStatingNone<L extends Label, A extends string>(
    check: FactChecker,
    label: L,
    id: string,
    values: NodeValues<L>,
    none: { groups: readonly StatedNone<A>[]; recorded: Record<A, boolean>; here: string },
    evidence: Evidence[] | undefined,
  ): void {
    const stated = checkStatedNone(check, none.groups, none.recorded, `${none.here}.none`);
    if (evidence)
      this.node(label, id, { ...values, none: stated.none }, [...evidence, ...stated.evidence]);
  }

  /**
   * Records the link `from -[type]-> to`. A link stated in several places is one relationship
   * carrying all their evidence, and all their roles (a State that funds a project and runs one
   * of its components takes part in both ways); unless the type is identified by properties too
   * (a HELD_ROLE by its role and date), where only a link with the same values is the same one.
   */
  link(
    type: RelationshipType,
    from: string,
    to: string,
    evidence: readonly Evidence[],
    properties: Properties = {},
  ): void {
    const key = relationshipKey({ type, from, to, properties });
    const existing = this.#relationships.get(key);
    if (existing === undefined) {
      this.#relationships.set(key, { type, from, to, properties, evidence: [...evidence] });
      return;
    }
    for (const item of evidence) {
      if (!existing.evidence.some((known) => JSON.stringify(known) === JSON.stringify(item)))
        existing.evidence.push(item);
    }
    const { role } = properties;
    const known = existing.properties.role;
    if (typeof role === 'string' && typeof known === 'string' && !known.split('; ').includes(role))
      existing.properties = { ...existing.properties, role: `${known}; ${role}` };
    else if (typeof role === 'string' && known === undefined)
      existing.properties = { ...existing.properties, role };
  }

  /**
   * Links `from` to each target that names an entry of a label the relationship table allows
   * at the far end (or only `far`, narrower). Nothing is linked without checked evidence.
   */
  linkTo(
    check: FactChecker,
    type: RelationshipType,
    from: string,
    targets: readonly Target[],
    evidence: readonly Evidence[] | undefined,
    options: { far?: readonly Label[]; properties?: Properties } = {},
  ): void {
    for (const target of targets) {
      if (check.reference(options.far ?? endsOfType(type).to, target.id, target.path) && evidence)
        this.link(type, from, target.id, evidence, options.properties);
    }
  }

  /** Links each target that names an entry of a label the table allows at the start to `to`. */
  linkFrom(
    check: FactChecker,
    type: RelationshipType,
    targets: readonly Target[],
    to: string,
    evidence: readonly Evidence[] | undefined,
    options: { properties?: Properties } = {},
  ): void {
    for (const target of targets) {
      if (check.reference(endsOfType(type).from, target.id, target.path) && evidence)
        this.link(type, target.id, to, evidence, options.properties);
    }
  }

  /**
   * Visits each entry of a file's list `key` with its path (`networks[1]`) and its own evidence,
   * checked (undefined when it fails).
   */
  entries<T extends { evidence: EvidenceItem[] }>(
    check: FactChecker,
    key: string,
    list: readonly T[],
    visit: (entry: T, here: string, evidence: Evidence[] | undefined, index: number) => void,
  ): void {
    list.forEach((entry, index) => {
      const here = `${key}[${index}]`;
      visit(entry, here, check.evidence(entry.evidence, `${here}.evidence`), index);
    });
  }

  /**
   * Each group `{ <key>: [ids], evidence }` of a list field, with its targets and its evidence
   * checked (undefined when it fails).
   */
  groups<K extends string, G extends { evidence: EvidenceItem[] } & Record<K, string[]>>(
    check: FactChecker,
    list: readonly G[],
    key: K,
    path: string,
  ) {
    return list.map((group, index) => ({
      group,
      path: `${path}[${index}]`,
      targets: listed(group[key], `${path}[${index}].${key}`),
      evidence: check.evidence(group.evidence, `${path}[${index}].evidence`),
    }));
  }

  /** A single link `{ <key>: id, evidence }` such as a network's programme, if it is given. */
  singleLink<K extends string>(
    check: FactChecker,
    link: ({ evidence: EvidenceItem[] } & Record<K, string>) | undefined,
    key: K,
    path: string,
  ): { targets: Target[]; evidence: Evidence[] | undefined } {
    if (link === undefined) return { targets: [], evidence: undefined };
    return {
      targets: single(link[key], `${path}.${key}`),
      evidence: check.evidence(link.evidence, `${path}.evidence`),
    };
  }

  /** Links `from` to what a single link such as a network's programme names, if it is given. */
  linkToSingle<K extends string>(
    check: FactChecker,
    type: RelationshipType,
    from: string,
    link: ({ evidence: EvidenceItem[] } & Record<K, string>) | undefined,
    key: K,
    path: string,
  ): void {
    const { targets, evidence } = this.singleLink(check, link, key, path);
    this.linkTo(check, type, from, targets, evidence);
  }

  /** The graph facts and every problem found, each with its file. */
  result(): { facts: GraphFacts; problems: Problem[] } {
    const problems = [
      ...this.#problems,
      ...this.#checkers.flatMap(([file, checker]) =>
        checker.problems.map(({ path, message }) => ({ file, path, message })),
      ),
    ];
    return {
      facts: {
        nodes: this.#nodes,
        relationships: [...this.#relationships.values()].map(
          ({ type, from, to, evidence, properties }) =>
            relationshipFact(type, from, to, evidence, fromDataset, properties),
        ),
      },
      problems,
    };
  }
}
