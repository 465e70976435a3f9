// The relationships of one type in the order of their ends' keys (then of the values of the
// properties that tell apart several between the same ends), each with its properties and the
// URL of every source of its evidence (null for a source without one).
MATCH (a:Entity)-[r:$($type)]->(b:Entity)
RETURN a.id AS from, b.id AS to, properties(r) AS properties,
       [key IN coalesce(r.evidenceSources, []) | COLLECT { MATCH (s:Source {id: key}) RETURN s.url }[0]] AS urls
ORDER BY from, to, [key IN $identifying | r[key]]
