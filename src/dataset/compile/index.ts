/**
 * Turns the parsed dataset files into graph facts, checking everything that spans files on the
 * way: identifiers unique across the dataset, every reference resolving to an entry of the kind
 * the relationship table allows, and every fact obeying the rules of the fact checker.
 */

import type { GraphFacts } from '../../model/facts.ts';
import { referenceFiles } from '../format.ts';
import type { LoadedDataset } from '../load.ts';
import type { Problem } from '../problems.ts';
import { Compilation } from './compilation.ts';
import { applyCurated } from './curated.ts';
import { compileEvents } from './events.ts';
import { compileFunding } from './funding.ts';
import { compileMeeting, registerMeeting } from './meetings.ts';
import { compileMemberStates } from './member-states.ts';
import { compileNetworks } from './networks.ts';
import { compileOrganisations } from './organisations.ts';
import { compilePeople } from './people.ts';
import { compilePlaces } from './places.ts';
import { compileProgrammes } from './programmes.ts';
import { compileProjects } from './projects.ts';
import { compilePublications } from './publications.ts';
import { compileSources } from './sources.ts';
import { compileSpecies } from './species.ts';

export function compileDataset(data: LoadedDataset): { facts: GraphFacts; problems: Problem[] } {
  const c = new Compilation();

  // First every identifier and source, so that references can point forwards and across files.
  for (const [key, kind] of Object.entries(referenceFiles)) {
    if (!('label' in kind)) continue;
    const { file, content } = data[key as keyof typeof referenceFiles];
    const entries = (content as unknown as Record<string, Record<string, string>[]>)[key] ?? [];
    entries.forEach((entry, i) => {
      c.register(kind.label, entry[kind.id] as string, file, `${key}[${i}].${kind.id}`);
    });
  }
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
  compilePublications(c, data.publications);
  compilePeople(c, data.people);
  compileFunding(c, data.funding);
  for (const meeting of data.meetings) compileMeeting(c, meeting);
  const files = c.result();
  if (data.curated === undefined) return files;
  // What editors curated applies over everything the other files say.
  const patched = applyCurated(files.facts, data.curated);
  return { facts: patched.facts, problems: [...files.problems, ...patched.problems] };
}
