// A page of decisions in meeting order, and within a meeting in the order its file lists them:
// those matching the filters (null = any) after $after and before $before ({number, position}
// cursors), $limit of them, read backwards when $inverted.
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
  AND ($after IS NULL OR m.number > $after.number
       OR (m.number = $after.number AND d.position > $after.position))
  AND ($before IS NULL OR m.number < $before.number
       OR (m.number = $before.number AND d.position < $before.position))
RETURN m.number AS number, properties(d) AS properties
ORDER BY CASE WHEN $inverted THEN -m.number ELSE m.number END,
         CASE WHEN $inverted THEN -d.position ELSE d.position END
LIMIT $limit
