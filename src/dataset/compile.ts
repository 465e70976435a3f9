/**
 * Turns the parsed dataset files into graph facts, checking everything that spans files on the
 * way: identifiers unique across the dataset, every reference resolving to an entry of the right
 * kind, dates in order, every fact with evidence that obeys the evidence rules.
 */

import type { Label } from '../model/labels.ts';
import type { RelationshipType } from '../model/relationships.ts';
import { checkEvidence, type Evidence, type SourceRecord } from './evidence.ts';
import {
  decisionId,
  type GraphFacts,
  meetingId,
  meetingProperties,
  type NodeFact,
  nodeFact,
  type Properties,
  type PropertyValue,
  type RelationshipFact,
  relationshipFact,
  type SubjectList,
  subjectLabels,
} from './facts.ts';
import type { EvidenceItem } from './format.ts';
import type { LoadedDataset } from './load.ts';
import type { Problem } from './problems.ts';
import { datesProblem, placementProblem, referenceProblem } from './rules.ts';

/** A place in a file, for problems: `data/networks.yaml` and `networks[1].members[0]`. */
interface At {
  file: string;
  path: string;
}

const inside = (at: At, path: string | number): At => ({
  file: at.file,
  path:
    typeof path === 'number' ? `${at.path}[${path}]` : at.path === '' ? path : `${at.path}.${path}`,
});

/** A reference to another entry and where it is written. */
interface Target {
  id: string;
  at: At;
}

/** The targets of a list field, e.g. `members[0].states`. */
const each = (ids: readonly string[], at: At, key: string): Target[] =>
  ids.map((id, index) => ({ id, at: inside(inside(at, key), index) }));

/** The target of a single-reference field, e.g. `meeting.city`. */
const one = (id: string | undefined, at: At, key: string): Target[] =>
  id === undefined ? [] : [{ id, at: inside(at, key) }];

class Compiler {
  readonly problems: Problem[] = [];
  readonly #ids = new Map<string, { label: Label; at: At }>();
  readonly #sources = new Map<string, SourceRecord>();
  readonly #nodes: NodeFact[] = [];
  readonly #relationships = new Map<string, RelationshipFact & { evidence: Evidence[] }>();

  problem(at: At, message: string): void {
    this.problems.push({ file: at.file, path: at.path, message });
  }

  /** Claims `id` for an entry; a second claim anywhere in the dataset is a problem. */
  register(label: Label, id: string, at: At): void {
    const earlier = this.#ids.get(id);
    if (earlier === undefined) {
      this.#ids.set(id, { label, at });
      return;
    }
    this.problem(
      at,
      `duplicate id "${id}": already used at ${earlier.at.file}: ${earlier.at.path}`,
    );
  }

  registerSource(source: SourceRecord): void {
    this.#sources.set(source.id, source);
  }

  /** Is `id` an entry of one of `expected`? Records a problem naming what it is instead. */
  resolves(expected: readonly Label[], id: string, at: At): boolean {
    const problem = referenceProblem(expected, id, this.#ids.get(id)?.label);
    if (problem !== undefined) this.problem(at, problem);
    return problem === undefined;
  }

  /** Checks a list of evidence items; the facts they support are kept only when all pass. */
  evidence(items: readonly EvidenceItem[], at: At): Evidence[] | undefined {
    const checked: Evidence[] = [];
    let ok = true;
    for (const [index, item] of items.entries()) {
      const result = checkEvidence(item, this.#sources.get(item.source));
      if ('problem' in result) {
        this.problem(inside(inside(at, index), result.problem.field), result.problem.message);
        ok = false;
      } else {
        checked.push(result.evidence);
      }
    }
    return ok ? checked : undefined;
  }

  node(
    label: Label,
    id: string,
    properties: Record<string, PropertyValue | undefined>,
    evidence?: Evidence[],
  ): void {
    this.#nodes.push(nodeFact(label, id, properties, evidence, fromDataset));
  }

  /**
   * Records the link `from -[type]-> to`. A link stated in several places is one relationship
   * carrying all their evidence.
   */
  link(
    type: RelationshipType,
    from: string,
    to: string,
    evidence: Evidence[],
    properties: Properties = {},
  ): void {
    const key = `${type}\u0000${from}\u0000${to}`;
    const existing = this.#relationships.get(key);
    if (existing === undefined) {
      this.#relationships.set(key, { type, from, to, properties, evidence: [...evidence] });
      return;
    }
    for (const item of evidence) {
      if (!existing.evidence.some((known) => JSON.stringify(known) === JSON.stringify(item))) {
        existing.evidence.push(item);
      }
    }
  }

  /** Links each target that resolves to one of `expected`; `direction` orders the two ends. */
  links(
    type: RelationshipType,
    targets: readonly Target[],
    expected: readonly Label[],
    evidence: Evidence[] | undefined,
    direction: (target: string) => [from: string, to: string],
    properties: Properties = {},
  ): void {
    for (const target of targets) {
      if (this.resolves(expected, target.id, target.at) && evidence) {
        const [from, to] = direction(target.id);
        this.link(type, from, to, evidence, properties);
      }
    }
  }

  facts(): GraphFacts {
    return {
      nodes: this.#nodes,
      relationships: [...this.#relationships.values()].map(
        ({ type, from, to, evidence, properties }) =>
          relationshipFact(type, from, to, evidence, fromDataset, properties),
      ),
    };
  }
}

function checkDates(
  compiler: Compiler,
  at: At,
  start: string | undefined,
  end: string | undefined,
): void {
  const problem = datesProblem(start, end);
  if (problem !== undefined) compiler.problem(inside(at, 'endDate'), problem);
}

function checkPlacement(
  compiler: Compiler,
  at: At,
  place: string | undefined,
  online: boolean,
  field: string,
): void {
  const problem = placementProblem(place, online, field);
  if (problem !== undefined) compiler.problem(inside(at, field), problem);
}

/** Facts of the dataset are marked so, and so can be told from curated ones. */
const fromDataset = { origin: 'dataset' } as const;

export function compileDataset(data: LoadedDataset): { facts: GraphFacts; problems: Problem[] } {
  const c = new Compiler();
  const at = (file: string, path: string): At => ({ file, path });

  // Pass 1: every identifier, so that references can point forwards and across files.
  const {
    sources,
    memberStates,
    programmes,
    networks,
    projects,
    species,
    places,
    organisations,
    events,
  } = data;
  /** Claims the id of each entry; `key` names the field a duplicate is reported at. */
  const register = <T>(
    label: Label,
    file: string,
    field: string,
    entries: readonly T[],
    key: string,
    id: (entry: T) => string,
  ) => {
    entries.forEach((entry, i) => {
      c.register(label, id(entry), at(file, `${field}[${i}].${key}`));
    });
  };
  register('Source', sources.file, 'sources', sources.content.sources, 'id', (s) => s.id);
  register(
    'MemberState',
    memberStates.file,
    'memberStates',
    memberStates.content.memberStates,
    'iso3',
    (s) => s.iso3,
  );
  register(
    'Programme',
    programmes.file,
    'programmes',
    programmes.content.programmes,
    'slug',
    (p) => p.slug,
  );
  register('Network', networks.file, 'networks', networks.content.networks, 'id', (n) => n.id);
  register('Project', projects.file, 'projects', projects.content.projects, 'slug', (p) => p.slug);
  register('Species', species.file, 'species', species.content.species, 'slug', (s) => s.slug);
  register('Place', places.file, 'places', places.content.places, 'slug', (p) => p.slug);
  register(
    'Organisation',
    organisations.file,
    'organisations',
    organisations.content.organisations,
    'slug',
    (o) => o.slug,
  );
  register('Event', events.file, 'events', events.content.events, 'slug', (e) => e.slug);
  for (const source of sources.content.sources) {
    c.registerSource({ ...source, text: data.texts.get(source.id) });
  }
  for (const { file, content } of data.meetings) {
    const id = meetingId(content.meeting.number);
    const expected = /som-0*(\d+)\.yaml$/.exec(file)?.[1];
    if (expected !== undefined && Number(expected) !== content.meeting.number) {
      c.problem(
        at(file, 'meeting.number'),
        `the file is named for SOM-${expected} but holds SOM-${content.meeting.number}`,
      );
    }
    c.register('Meeting', id, at(file, 'meeting.number'));
    register(
      'AgendaItem',
      file,
      'agenda',
      content.agenda,
      'number',
      (item) => `${id}/${item.number}`,
    );
    register('Decision', file, 'decisions', content.decisions, 'key', (d) =>
      decisionId(content.meeting.number, d.key),
    );
  }

  // Pass 2: nodes and relationships.
  for (const source of sources.content.sources) {
    const { id, title, kind, url, reference, publisher, author } = source;
    c.node('Source', id, {
      name: title,
      kind,
      url,
      reference,
      publisher,
      author,
      text: data.texts.get(id),
    });
  }

  /** Each group `{ <key>: [ids], evidence }` of a list field: its targets and checked evidence. */
  const groups = <G extends { evidence: EvidenceItem[] }>(
    list: readonly G[],
    key: keyof G & string,
    at: At,
  ) =>
    list.map((g, index) => {
      const groupAt = inside(at, index);
      return {
        ...g,
        targets: each(g[key] as string[], groupAt, key),
        checked: c.evidence(g.evidence, inside(groupAt, 'evidence')),
      };
    });

  /** A single link `{ <key>: id, evidence }` such as a network's programme. */
  const single = (
    link: { evidence: EvidenceItem[] } | undefined,
    id: string | undefined,
    at: At,
    key: string,
  ) =>
    link === undefined
      ? { targets: [], checked: undefined }
      : { targets: one(id, at, key), checked: c.evidence(link.evidence, inside(at, 'evidence')) };

  memberStates.content.memberStates.forEach((state, i) => {
    const here = at(memberStates.file, `memberStates[${i}]`);
    const evidence = c.evidence(state.evidence, inside(here, 'evidence'));
    if (evidence)
      c.node('MemberState', state.iso3, { name: state.name, aliases: state.aliases }, evidence);
  });

  programmes.content.programmes.forEach((programme, i) => {
    const here = at(programmes.file, `programmes[${i}]`);
    const { slug, name, aliases, summary } = programme;
    const evidence = c.evidence(programme.evidence, inside(here, 'evidence'));
    if (evidence) c.node('Programme', slug, { name, aliases, summary }, evidence);
    for (const g of groups(programme.targets, 'species', inside(here, 'targets'))) {
      c.links('TARGETS', g.targets, ['Species'], g.checked, (s) => [slug, s]);
    }
  });

  const acronyms = new Map<string, string>();
  networks.content.networks.forEach((network, i) => {
    const here = at(networks.file, `networks[${i}]`);
    const { id, acronym, name, aliases, summary } = network;
    if (acronym !== undefined) {
      const holder = acronyms.get(acronym);
      if (holder !== undefined)
        c.problem(
          inside(here, 'acronym'),
          `acronym ${acronym} already belongs to network ${holder}`,
        );
      acronyms.set(acronym, id);
    }
    const evidence = c.evidence(network.evidence, inside(here, 'evidence'));
    if (evidence) c.node('Network', id, { acronym, name, aliases, summary }, evidence);
    const programme = single(
      network.programme,
      network.programme?.slug,
      inside(here, 'programme'),
      'slug',
    );
    c.links('PART_OF', programme.targets, ['Programme'], programme.checked, (p) => [id, p]);
    for (const g of groups(network.members, 'states', inside(here, 'members'))) {
      c.links('MEMBER_OF', g.targets, ['MemberState'], g.checked, (s) => [s, id]);
    }
    for (const g of groups(
      network.technicalCentres,
      'organisations',
      inside(here, 'technicalCentres'),
    )) {
      c.links('TECHNICAL_CENTRE_OF', g.targets, ['Organisation'], g.checked, (o) => [o, id]);
    }
  });

  projects.content.projects.forEach((project, i) => {
    const here = at(projects.file, `projects[${i}]`);
    const { slug, name, aliases, summary } = project;
    const evidence = c.evidence(project.evidence, inside(here, 'evidence'));
    if (evidence) c.node('Project', slug, { name, aliases, summary }, evidence);
    const programme = single(
      project.programme,
      project.programme?.slug,
      inside(here, 'programme'),
      'slug',
    );
    c.links('PART_OF', programme.targets, ['Programme'], programme.checked, (p) => [slug, p]);
    for (const g of groups(project.participants, 'states', inside(here, 'participants'))) {
      c.links('PARTICIPATES_IN', g.targets, ['MemberState'], g.checked, (s) => [s, slug]);
    }
    for (const g of groups(project.species, 'species', inside(here, 'species'))) {
      c.links('TARGETS', g.targets, ['Species'], g.checked, (s) => [slug, s]);
    }
    for (const g of groups(project.regions, 'places', inside(here, 'regions'))) {
      c.links('COVERS', g.targets, ['Place'], g.checked, (p) => [slug, p]);
    }
    for (const g of groups(project.organisations, 'organisations', inside(here, 'organisations'))) {
      c.links('CONTRIBUTES_TO', g.targets, ['Organisation'], g.checked, (o) => [o, slug], {
        role: g.role,
      });
    }
  });

  species.content.species.forEach((s, i) => {
    const here = at(species.file, `species[${i}]`);
    const evidence = c.evidence(s.evidence, inside(here, 'evidence'));
    if (evidence) {
      c.node(
        'Species',
        s.slug,
        { name: s.commonName, scientificName: s.scientificName, aliases: s.aliases },
        evidence,
      );
    }
  });

  places.content.places.forEach((place, i) => {
    const here = at(places.file, `places[${i}]`);
    const { slug, name, kind, aliases } = place;
    const evidence = c.evidence(place.evidence, inside(here, 'evidence'));
    if (evidence) c.node('Place', slug, { name, kind, aliases }, evidence);
    const state = single(place.in, place.in?.state, inside(here, 'in'), 'state');
    c.links('LOCATED_IN', state.targets, ['MemberState'], state.checked, (s) => [slug, s]);
  });

  organisations.content.organisations.forEach((organisation, i) => {
    const here = at(organisations.file, `organisations[${i}]`);
    const { slug, name, acronym, aliases, summary } = organisation;
    const evidence = c.evidence(organisation.evidence, inside(here, 'evidence'));
    if (evidence) c.node('Organisation', slug, { name, acronym, aliases, summary }, evidence);
    const state = single(
      organisation.basedIn,
      organisation.basedIn?.state,
      inside(here, 'basedIn'),
      'state',
    );
    c.links('BASED_IN', state.targets, ['MemberState'], state.checked, (s) => [slug, s]);
  });

  events.content.events.forEach((event, i) => {
    const here = at(events.file, `events[${i}]`);
    const { slug, name, kind, startDate, endDate, online, summary } = event;
    checkDates(c, here, startDate, endDate);
    checkPlacement(c, here, event.place, online, 'place');
    // An event's own evidence also supports where it was held.
    const evidence = c.evidence(event.evidence, inside(here, 'evidence'));
    if (evidence)
      c.node('Event', slug, { name, kind, startDate, endDate, online, summary }, evidence);
    c.links('HELD_IN', one(event.place, here, 'place'), ['Place'], evidence, (p) => [slug, p]);
    for (const g of groups(event.organisers, 'organisations', inside(here, 'organisers'))) {
      c.links('ORGANISED', g.targets, ['Organisation'], g.checked, (o) => [o, slug]);
    }
    for (const g of groups(event.convenedBy, 'networks', inside(here, 'convenedBy'))) {
      c.links('CONVENED', g.targets, ['Network'], g.checked, (n) => [n, slug]);
    }
  });

  for (const { file, content } of data.meetings) {
    const { meeting, agenda, decisions } = content;
    const id = meetingId(meeting.number);
    const here = at(file, 'meeting');
    checkDates(c, here, meeting.startDate, meeting.endDate);
    checkPlacement(c, here, meeting.city, meeting.online, 'city');
    // The meeting's own evidence also supports its city, its host and its documents.
    const evidence = c.evidence(meeting.evidence, inside(here, 'evidence'));
    if (evidence) {
      c.node('Meeting', id, meetingProperties(meeting), evidence);
    }
    c.links('HELD_IN', one(meeting.city, here, 'city'), ['Place'], evidence, (p) => [id, p]);
    c.links('HOSTED', one(meeting.host, here, 'host'), ['MemberState'], evidence, (s) => [s, id]);
    c.links(
      'DOCUMENTED_IN',
      each(meeting.documents, here, 'documents'),
      ['Source'],
      evidence,
      (s) => [id, s],
    );
    for (const g of groups(meeting.attendance, 'states', inside(here, 'attendance'))) {
      c.links('ATTENDED', g.targets, ['MemberState'], g.checked, (s) => [s, id]);
    }
    for (const g of groups(meeting.observers, 'organisations', inside(here, 'observers'))) {
      c.links('OBSERVED', g.targets, ['Organisation'], g.checked, (o) => [o, id]);
    }
    for (const g of groups(meeting.commemorates, 'events', inside(here, 'commemorates'))) {
      c.links('COMMEMORATED', g.targets, ['Event'], g.checked, (e) => [id, e]);
    }

    agenda.forEach((item, i) => {
      const itemAt = at(file, `agenda[${i}]`);
      const itemId = `${id}/${item.number}`;
      // The item's evidence supports it, its place on the agenda, what it reviews and its annexes.
      const itemEvidence = c.evidence(item.evidence, inside(itemAt, 'evidence'));
      if (itemEvidence) {
        c.node(
          'AgendaItem',
          itemId,
          { number: item.number, name: item.title, position: i + 1 },
          itemEvidence,
        );
        c.link('HAS_AGENDA_ITEM', id, itemId, itemEvidence);
      }
      c.links(
        'REVIEWS',
        each(item.reviews, itemAt, 'reviews'),
        ['Programme'],
        itemEvidence,
        (p) => [itemId, p],
      );
      c.links('HAS_ANNEX', each(item.annexes, itemAt, 'annexes'), ['Source'], itemEvidence, (s) => [
        itemId,
        s,
      ]);
    });

    decisions.forEach((decision, i) => {
      const decisionAt = at(file, `decisions[${i}]`);
      const thisDecision = decisionId(meeting.number, decision.key);
      // The decision's evidence supports it, its meeting, its subjects and its proposer.
      const decisionEvidence = c.evidence(decision.evidence, inside(decisionAt, 'evidence'));
      if (decisionEvidence) {
        c.node(
          'Decision',
          thisDecision,
          { kind: decision.kind, summary: decision.summary, position: i + 1 },
          decisionEvidence,
        );
        c.link('MADE_AT', thisDecision, id, decisionEvidence);
      }
      const subjectsAt = inside(decisionAt, 'subjects');
      for (const [key, label] of Object.entries(subjectLabels)) {
        const targets = each(decision.subjects[key as SubjectList], subjectsAt, key);
        c.links('CONCERNS', targets, [label], decisionEvidence, (t) => [thisDecision, t]);
      }
      c.links(
        'PROPOSED',
        one(decision.proposedBy, decisionAt, 'proposedBy'),
        ['MemberState'],
        decisionEvidence,
        (s) => [s, thisDecision],
      );
    });
  }

  return { facts: c.facts(), problems: c.problems };
}
