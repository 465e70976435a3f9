/**
 * Turns the parsed dataset files into graph facts, checking everything that spans files on the
 * way: identifiers unique across the dataset, every reference resolving to an entry of the kind
 * the relationship table allows, and every fact obeying the rules of the fact checker.
 */
import type { Label } from '../../model/labels.ts';
import type { GraphFacts } from '../facts.ts';
import type { LoadedDataset, Located } from '../load.ts';
import type { Problem } from '../problems.ts';
import { Compilation } from './compilation.ts';
import { compileEvents } from './events.ts';
import { compileMeeting, registerMeeting } from './meetings.ts';
import { compileMemberStates } from './member-states.ts';
import { compileNetworks } from './networks.ts';
import { compileOrganisations } from './organisations.ts';
import { compilePlaces } from './places.ts';
import { compileProgrammes } from './programmes.ts';
import { compileProjects } from './projects.ts';
import { compileSources } from './sources.ts';
import { compileSpecies } from './species.ts';

/** Claims the id of each entry of a file's list `key`; its field `idField` holds the id. */
function registerAll<K extends string, F extends string>(
  c: Compilation,
  label: Label,
  { file, content }: Located<Record<K, readonly Record<F, string>[]>>,
  key: K,
  idField: F,
): void {
  content[key].forEach((entry, i) => {
    c.register(label, entry[idField], file, `${key}[${i}].${idField}`);
  });
}

export function compileDataset(data: LoadedDataset): { facts: GraphFacts; problems: Problem[] } {
  const c = new Compilation();

  // First every identifier and source, so that references can point forwards and across files.
  registerAll(c, 'Source', data.sources, 'sources', 'id');
  registerAll(c, 'MemberState', data.memberStates, 'memberStates', 'iso3');
  registerAll(c, 'Programme', data.programmes, 'programmes', 'slug');
  registerAll(c, 'Network', data.networks, 'networks', 'id');
  registerAll(c, 'Project', data.projects, 'projects', 'slug');
  registerAll(c, 'Species', data.species, 'species', 'slug');
  registerAll(c, 'Place', data.places, 'places', 'slug');
  registerAll(c, 'Organisation', data.organisations, 'organisations', 'slug');
  registerAll(c, 'Event', data.events, 'events', 'slug');
  for (const meeting of data.meetings) registerMeeting(c, meeting);
  for (const source of data.sources.content.sources)
    c.registerSource({ ...source, text: data.texts.get(source.id) });
  for (const state of data.memberStates.content.memberStates)
    c.registerState(state.iso3, [state.name, ...state.aliases]);
  for (const programme of data.programmes.content.programmes)
    c.registerProgramme(programme.slug, [programme.name, ...programme.aliases]);

  // Then the facts, one file kind at a time.
  compileSources(c, data.sources, data.texts);
  compileMemberStates(c, data.memberStates);
  compileProgrammes(c, data.programmes);
  compileNetworks(c, data.networks);
  compileProjects(c, data.projects);
  compileSpecies(c, data.species);
  compilePlaces(c, data.places);
  compileOrganisations(c, data.organisations);
  compileEvents(c, data.events);
  for (const meeting of data.meetings) compileMeeting(c, meeting);
  return c.result();
}
