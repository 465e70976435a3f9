// Deletes the relationships named by (type, from, to).
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from})-[r:$(row.type)]->(b:Entity {id: row.to})
DELETE r
