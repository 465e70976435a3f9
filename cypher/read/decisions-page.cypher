// A page of decisions in (SOM number, id) order: those matching the filters (null = any) after
// $after and before $before ({number, id} cursors), $limit of them, backwards when $inverted.
// A State is involved in a decision it proposed, or one about a network it is a member of or a
// project it takes part in; a decision is in a programme when it concerns the programme or one
// of its networks or projects.
MATCH (d:Decision)-[:MADE_AT]->(m:Meeting)
WHERE ($kind IS NULL OR d.kind = $kind)
  AND ($fromYear IS NULL OR m.startDate.year >= $fromYear)
  AND ($toYear IS NULL OR m.startDate.year <= $toYear)
  AND ($programme IS NULL OR EXISTS { (d)-[:CONCERNS]->(:Programme {id: $programme}) }
       OR EXISTS { (d)-[:CONCERNS]->()-[:PART_OF]->(:Programme {id: $programme}) })
  AND ($network IS NULL OR EXISTS { (d)-[:CONCERNS]->(:Network {acronym: $network}) })
  AND ($state IS NULL OR EXISTS { (:MemberState {id: $state})-[:PROPOSED]->(d) }
       OR EXISTS { (:MemberState {id: $state})-[:MEMBER_OF|PARTICIPATES_IN]->()<-[:CONCERNS]-(d) })
  AND ($after IS NULL OR m.number > $after.number OR (m.number = $after.number AND d.id > $after.id))
  AND ($before IS NULL OR m.number < $before.number OR (m.number = $before.number AND d.id < $before.id))
WITH d, m
ORDER BY m.number, d.id
WITH collect({number: m.number, properties: properties(d)}) AS rows
UNWIND (CASE WHEN $inverted THEN reverse(rows) ELSE rows END)[0..$limit] AS row
RETURN row.number AS number, row.properties AS properties
