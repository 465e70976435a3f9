// The raw floor of bench:peers, "list": every member State with its networks and projects. The
// relationship types imply the far labels, which are not checked.
MATCH (s:MemberState)
RETURN s.id AS iso3, s.name AS name,
       [(s)-[:MEMBER_OF]->(n) | n {.acronym, .name}] AS networks,
       [(s)-[:PARTICIPATES_IN]->(p) | p {slug: p.id, .name}] AS projects
ORDER BY s.name
