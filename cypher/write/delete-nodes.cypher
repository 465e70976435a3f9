// Deletes nodes and every relationship they have.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n
