// The nodes an import manages: those the dataset created, or with $everything all of them
// (curated nodes included), for an import that replaces the whole graph.
MATCH (n:Entity)
WHERE $everything OR n.origin = 'dataset'
RETURN [label IN labels(n) WHERE label <> 'Entity'][0] AS label, n.id AS id, properties(n) AS properties
