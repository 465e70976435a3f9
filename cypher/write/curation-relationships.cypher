// Every relationship of the given nodes, either way, as curation compares it with what it writes.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(:Entity)
RETURN DISTINCT type(r) AS type, startNode(r).id AS from, endNode(r).id AS to,
       properties(r) AS properties
