// Every relationship between nodes, with its properties: what an import compares with.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
