// Decisions per programme area: those about the programme itself or one of its networks or
// projects, each decision counted once per programme.
MATCH (p:Programme)
OPTIONAL MATCH (d:Decision)-[:CONCERNS]->(p)
OPTIONAL MATCH (e:Decision)-[:CONCERNS]->()-[:PART_OF]->(p)
WITH p, collect(DISTINCT d) + collect(DISTINCT e) AS decisions
UNWIND (CASE WHEN decisions = [] THEN [null] ELSE decisions END) AS decision
WITH p, count(DISTINCT decision) AS count
RETURN properties(p) AS programme, count
ORDER BY count DESC, p.id
