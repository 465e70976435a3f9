// Replaces the properties of existing relationships, found from their start node's index
// entry (the hint keeps the plan right even when it was first made on an empty graph).
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from})-[r:$(row.type)]->(b:Entity {id: row.to})
USING INDEX a:Entity(id)
SET r = row.properties
