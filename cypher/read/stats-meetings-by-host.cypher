// Meetings per hosting State, for the meetings whose host a source names.
MATCH (s:MemberState)-[:HOSTED]->(m:Meeting)
RETURN properties(s) AS state, count(m) AS count
ORDER BY count DESC, s.id
