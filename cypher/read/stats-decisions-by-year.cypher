// Decisions per year of the meeting that made them.
MATCH (d:Decision)-[:MADE_AT]->(m:Meeting)
RETURN m.startDate.year AS year, count(d) AS count
ORDER BY year
