/**
 * What data/ holds: nodes per label and relationships per type, written out so that every
 * change to the data shows here as a change to these numbers.
 */
export const expectedNodes = {
  AgendaItem: 68,
  Decision: 86,
  Event: 36,
  Meeting: 24,
  MemberState: 6,
  Network: 4,
  Organisation: 23,
  Place: 23,
  Programme: 6,
  Project: 12,
  Source: 121,
  Species: 6,
};

export const expectedRelationships = {
  ATTENDED: 69,
  BASED_IN: 6,
  COMMEMORATED: 2,
  CONCERNS: 105,
  CONTRIBUTES_TO: 2,
  CONVENED: 10,
  COVERS: 8,
  DOCUMENTED_IN: 84,
  HAS_AGENDA_ITEM: 68,
  HAS_ANNEX: 1,
  HELD_IN: 48,
  HOSTED: 7,
  LOCATED_IN: 17,
  MADE_AT: 86,
  MEMBER_OF: 4,
  OBSERVED: 1,
  ORGANISED: 21,
  PARTICIPATES_IN: 15,
  PART_OF: 12,
  PROPOSED: 5,
  REVIEWS: 25,
  TARGETS: 16,
  TECHNICAL_CENTRE_OF: 4,
};
