// Takes the write lock of the given nodes, held until the transaction ends (a property set and
// removed again leaves the node as it was): curation writes to the same entity then run one after
// another, each reading what the one before it committed.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.curationLock = true
REMOVE n.curationLock
