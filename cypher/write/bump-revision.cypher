// The last statement of every write transaction: the graph changes, so its revision does. Read
// under the node's write lock, `importing` names the staged import under way, if any: every
// write but that import's own is refused until it ends (see begin-import.cypher).
MERGE (r:GraphRevision {id: 'graph'})
SET r.number = coalesce(r.number, 0) + 1, r.changedAt = datetime()
RETURN r.number AS number, r.importing AS importing
