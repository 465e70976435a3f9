// How many meetings match the filters of the meetings field (null = any).
MATCH (m:Meeting)
WHERE ($fromYear IS NULL OR m.startDate.year >= $fromYear)
  AND ($toYear IS NULL OR m.startDate.year <= $toYear)
  AND ($hostState IS NULL OR EXISTS { (:MemberState {id: $hostState})-[:HOSTED]->(m) })
RETURN count(m) AS count
