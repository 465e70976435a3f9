// A page of meetings in SOM-number order: those matching the filters (null = any) after
// $after and before $before (SOM numbers), $limit of them, read backwards when $inverted.
MATCH (m:Meeting)
WHERE ($fromYear IS NULL OR m.startDate.year >= $fromYear)
  AND ($toYear IS NULL OR m.startDate.year <= $toYear)
  AND ($hostState IS NULL OR EXISTS { (:MemberState {id: $hostState})-[:HOSTED]->(m) })
  AND ($after IS NULL OR m.number > $after)
  AND ($before IS NULL OR m.number < $before)
RETURN properties(m) AS properties
ORDER BY CASE WHEN $inverted THEN -m.number ELSE m.number END
LIMIT $limit
