// The relationships an import manages: those the dataset created, or with $everything all.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE $everything OR r.origin = 'dataset'
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
