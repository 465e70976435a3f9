// The nodes a curation write refers to, by id, with their label: read inside its transaction.
// Ids not in the graph return no row.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, [label IN labels(n) WHERE label <> 'Entity'][0] AS label, properties(n) AS properties
