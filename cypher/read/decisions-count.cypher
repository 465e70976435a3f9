// How many decisions match the filters of the decisions field (see decisions-page).
MATCH (d:Decision)-[:MADE_AT]->(m:Meeting)
WHERE ($kind IS NULL OR d.kind = $kind)
  AND ($fromYear IS NULL OR m.startDate.year >= $fromYear)
  AND ($toYear IS NULL OR m.startDate.year <= $toYear)
  AND ($programme IS NULL OR EXISTS { (d)-[:CONCERNS]->(:Programme {id: $programme}) }
       OR EXISTS { (d)-[:CONCERNS]->()-[:PART_OF]->(:Programme {id: $programme}) })
  AND ($network IS NULL OR EXISTS { (d)-[:CONCERNS]->(:Network {acronym: $network}) })
  AND ($state IS NULL OR EXISTS { (:MemberState {id: $state})-[:PROPOSED]->(d) }
       OR EXISTS { (:MemberState {id: $state})-[:MEMBER_OF|PARTICIPATES_IN]->()<-[:CONCERNS]-(d) })
RETURN count(d) AS count
