// Relationships per type of the model, every type listed even when there are none; counts of
// a single type come from Neo4j's count store.
UNWIND [
  {type: 'ATTENDED', count: COUNT { ()-[:ATTENDED]->() }},
  {type: 'BASED_IN', count: COUNT { ()-[:BASED_IN]->() }},
  {type: 'COMMEMORATED', count: COUNT { ()-[:COMMEMORATED]->() }},
  {type: 'CONCERNS', count: COUNT { ()-[:CONCERNS]->() }},
  {type: 'CONTRIBUTES_TO', count: COUNT { ()-[:CONTRIBUTES_TO]->() }},
  {type: 'CONVENED', count: COUNT { ()-[:CONVENED]->() }},
  {type: 'COVERS', count: COUNT { ()-[:COVERS]->() }},
  {type: 'DOCUMENTED_IN', count: COUNT { ()-[:DOCUMENTED_IN]->() }},
  {type: 'HAS_AGENDA_ITEM', count: COUNT { ()-[:HAS_AGENDA_ITEM]->() }},
  {type: 'HAS_ANNEX', count: COUNT { ()-[:HAS_ANNEX]->() }},
  {type: 'HELD_IN', count: COUNT { ()-[:HELD_IN]->() }},
  {type: 'HOSTED', count: COUNT { ()-[:HOSTED]->() }},
  {type: 'LOCATED_IN', count: COUNT { ()-[:LOCATED_IN]->() }},
  {type: 'MADE_AT', count: COUNT { ()-[:MADE_AT]->() }},
  {type: 'MEMBER_OF', count: COUNT { ()-[:MEMBER_OF]->() }},
  {type: 'OBSERVED', count: COUNT { ()-[:OBSERVED]->() }},
  {type: 'ORGANISED', count: COUNT { ()-[:ORGANISED]->() }},
  {type: 'PART_OF', count: COUNT { ()-[:PART_OF]->() }},
  {type: 'PARTICIPATES_IN', count: COUNT { ()-[:PARTICIPATES_IN]->() }},
  {type: 'PROPOSED', count: COUNT { ()-[:PROPOSED]->() }},
  {type: 'REVIEWS', count: COUNT { ()-[:REVIEWS]->() }},
  {type: 'TARGETS', count: COUNT { ()-[:TARGETS]->() }},
  {type: 'TECHNICAL_CENTRE_OF', count: COUNT { ()-[:TECHNICAL_CENTRE_OF]->() }}
] AS row
RETURN row.type AS type, row.count AS count
