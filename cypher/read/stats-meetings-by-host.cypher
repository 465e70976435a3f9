// Meetings per hosting State, for the meetings whose host a source names.
MATCH (s:MemberState)-[:HOSTED]->(m:Meeting)
WITH s, count(m) AS count
RETURN properties(s) AS state, count
ORDER BY count DESC, s.id
