/**
 * What data/ holds: nodes per label and relationships per type, written out so that every
 * change to the data shows here as a change to these numbers.
 */
export const expectedNodes = {
  AgendaItem: 68,
  Decision: 71,
  Event: 59,
  Meeting: 20,
  MemberState: 6,
  Network: 4,
  Organisation: 40,
  Place: 26,
  Programme: 6,
  Project: 13,
  Source: 131,
  Species: 6,
};

export const expectedRelationships = {
  ATTENDED: 38,
  BASED_IN: 16,
  COMMEMORATED: 2,
  CONCERNS: 91,
  CONTRIBUTES_TO: 8,
  CONVENED: 15,
  COVERS: 13,
  DOCUMENTED_IN: 56,
  HAS_AGENDA_ITEM: 68,
  HAS_ANNEX: 1,
  HELD_IN: 63,
  HOSTED: 6,
  LOCATED_IN: 21,
  MADE_AT: 71,
  MEMBER_OF: 11,
  OBSERVED: 1,
  ORGANISED: 55,
  PARTICIPATES_IN: 21,
  PART_OF: 12,
  PROPOSED: 5,
  REVIEWS: 27,
  TARGETS: 16,
  TECHNICAL_CENTRE_OF: 4,
};
