/**
 * What data/ holds: nodes per label and relationships per type, written out so that every
 * change to the data shows here as a change to these numbers.
 */
export const expectedNodes = {
  AgendaItem: 68,
  Decision: 71,
  Event: 46,
  Meeting: 20,
  MemberState: 6,
  Network: 4,
  Organisation: 34,
  Place: 22,
  Programme: 6,
  Project: 12,
  Source: 111,
  Species: 6,
};

export const expectedRelationships = {
  ATTENDED: 38,
  BASED_IN: 13,
  COMMEMORATED: 2,
  CONCERNS: 91,
  CONTRIBUTES_TO: 2,
  CONVENED: 12,
  COVERS: 13,
  DOCUMENTED_IN: 56,
  HAS_AGENDA_ITEM: 68,
  HAS_ANNEX: 1,
  HELD_IN: 52,
  HOSTED: 6,
  LOCATED_IN: 18,
  MADE_AT: 71,
  MEMBER_OF: 6,
  OBSERVED: 1,
  ORGANISED: 38,
  PARTICIPATES_IN: 15,
  PART_OF: 12,
  PROPOSED: 5,
  REVIEWS: 27,
  TARGETS: 16,
  TECHNICAL_CENTRE_OF: 4,
};
