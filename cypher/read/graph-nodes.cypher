// Every node with its label and properties: what an import compares the dataset with.
MATCH (n:Entity)
RETURN [label IN labels(n) WHERE label <> 'Entity'][0] AS label, n.id AS id, properties(n) AS properties
