import { describe, expect, it } from 'vitest';
import { storedProperties } from '../../src/model/stored-properties.ts';

describe('the stored properties of a description of a node', () => {
  it('are its name, its aliases and each property the table declares, read by its field', () => {
    const species = {
      slug: 'amur-tiger',
      commonName: 'Amur tiger',
      scientificName: 'Panthera tigris altaica',
      aliases: ['Siberian tiger'],
      evidence: [{ source: 'neaspec-web', note: 'A note.' }],
    };
    expect(storedProperties('Species', species)).toEqual({
      name: 'Amur tiger',
      scientificName: 'Panthera tigris altaica',
      aliases: ['Siberian tiger'],
    });
  });

  it('leave out what is absent, and an empty list of what a source states there is none of', () => {
    const network = { name: 'NEAMPAN', acronym: undefined, aliases: [], none: [] };
    expect(storedProperties('Network', network)).toEqual({ name: 'NEAMPAN', aliases: [] });
    expect(storedProperties('Network', { ...network, none: ['members'] })).toEqual({
      name: 'NEAMPAN',
      aliases: [],
      none: ['members'],
    });
  });

  it("store a decision's summary once, as the property its name is", () => {
    const decision = { kind: 'LAUNCHED', summary: 'NEAMPAN was launched.', position: 1 };
    expect(storedProperties('Decision', decision)).toEqual(decision);
  });

  it('do not compile with a property of another label, or without one every node has', () => {
    // @ts-expect-error a species has no acronym
    storedProperties('Species', { commonName: 'Amur tiger', acronym: 'AT' });
    // @ts-expect-error every agenda item has its place on the agenda
    storedProperties('AgendaItem', { title: 'Opening', number: '1' });
    expect(storedProperties('AgendaItem', { title: 'Opening', number: '1', position: 1 })).toEqual({
      name: 'Opening',
      number: '1',
      position: 1,
    });
  });
});
