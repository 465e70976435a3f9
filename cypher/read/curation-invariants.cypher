// What the graph must never hold, however many editors write at once, one row per violation:
// two relationships of one type between the same two nodes (with the same values of the
// properties `identifiedBy` names for the type, if any), a decision not made at exactly one
// meeting, two decisions of a meeting at the same position (or one without a position).
MATCH (a:Entity)-[r]->(b:Entity)
WITH a, b, type(r) AS type, [key IN coalesce($identifiedBy[type(r)], []) | r[key]] AS identity,
     count(r) AS copies
WHERE copies > 1
RETURN a.id + ' ' + type + ' ' + b.id + ': ' + toString(copies) + ' relationships' AS violation
UNION ALL
MATCH (d:Decision)
WITH d, COUNT { (d)-[:MADE_AT]->(:Meeting) } AS meetings
WHERE meetings <> 1
RETURN d.id + ': made at ' + toString(meetings) + ' meetings' AS violation
UNION ALL
MATCH (d:Decision)-[:MADE_AT]->(m:Meeting)
WITH m, d.position AS position, count(d) AS decisions
WHERE decisions > 1 OR position IS NULL
RETURN m.id + ': ' + toString(decisions) + ' decisions at position ' +
       coalesce(toString(position), 'none') AS violation
