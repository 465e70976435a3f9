// Deletes the relationships named by (type, from, to), found from their start node.
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from})-[r:$(row.type)]->(b:Entity {id: row.to})
USING INDEX a:Entity(id)
DELETE r
