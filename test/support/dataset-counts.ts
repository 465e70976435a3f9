/**
 * What data/ holds: nodes per label and relationships per type, written out so that every
 * change to the data shows here as a change to these numbers.
 */
export const expectedNodes = {
  AgendaItem: 68,
  Decision: 71,
  Event: 36,
  Meeting: 20,
  MemberState: 6,
  Network: 4,
  Organisation: 23,
  Place: 21,
  Programme: 6,
  Project: 12,
  Source: 93,
  Species: 6,
};

export const expectedRelationships = {
  ATTENDED: 38,
  BASED_IN: 6,
  COMMEMORATED: 2,
  CONCERNS: 90,
  CONTRIBUTES_TO: 2,
  CONVENED: 10,
  COVERS: 8,
  DOCUMENTED_IN: 56,
  HAS_AGENDA_ITEM: 68,
  HAS_ANNEX: 1,
  HELD_IN: 45,
  HOSTED: 6,
  LOCATED_IN: 17,
  MADE_AT: 71,
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
