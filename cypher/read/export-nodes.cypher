// The nodes of one label in key order, each with its properties and the URL of every source of
// its evidence (null for a source without one).
MATCH (n:$($label))
RETURN n.id AS id, properties(n) AS properties,
       [key IN coalesce(n.evidenceSources, []) | COLLECT { MATCH (s:Source {id: key}) RETURN s.url }[0]] AS urls
ORDER BY n.id
