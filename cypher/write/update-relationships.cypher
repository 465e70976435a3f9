// Replaces the properties of existing relationships, found from their start node's index
// entry (the hint keeps the plan right even when it was first made on an empty graph), and
// told apart from others between the same nodes by the values in `match` (empty for the types
// their ends identify alone; a null value matches an absent property).
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from})-[r:$(row.type)]->(b:Entity {id: row.to})
USING INDEX a:Entity(id)
WHERE all(key IN keys(row.match) WHERE r[key] = row.match[key] OR (r[key] IS NULL AND row.match[key] IS NULL))
SET r = row.properties
