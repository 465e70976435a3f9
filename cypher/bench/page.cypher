// The raw floor of bench:peers, "paginated connection": the first decisions in meeting order.
MATCH (d:Decision)-[:MADE_AT]->(m:Meeting)
WITH d, m ORDER BY m.number, d.position LIMIT $limit
RETURN m.number AS number, m.name AS title, d.position AS position, d.kind AS kind, d.summary AS summary
