// The raw floor of bench:peers, "paginated connection": the first decisions in meeting order.
// The meetings are read from the number index in its order, and their decisions only until the
// page is full; the properties of the page's items are read last.
MATCH (m:Meeting)
WHERE m.number IS NOT NULL
WITH m ORDER BY m.number
MATCH (d)-[:MADE_AT]->(m)
WITH d, m ORDER BY m.number, d.position LIMIT $limit
RETURN m.number AS number, m.name AS title, d.position AS position, d.kind AS kind, d.summary AS summary
