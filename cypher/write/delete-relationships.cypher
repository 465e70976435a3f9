// Deletes the relationships named by (type, from, to) and, for the types identified by
// properties too, the values in `match` (a null value matches an absent property); found from
// their start node.
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from})-[r:$(row.type)]->(b:Entity {id: row.to})
USING INDEX a:Entity(id)
WHERE all(key IN keys(row.match) WHERE r[key] = row.match[key] OR (r[key] IS NULL AND row.match[key] IS NULL))
DELETE r
