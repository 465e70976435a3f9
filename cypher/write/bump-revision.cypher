// The last statement of every write transaction: the graph changes, so its revision does.
MERGE (r:GraphRevision {id: 'graph'})
SET r.number = coalesce(r.number, 0) + 1, r.changedAt = datetime()
RETURN r.number AS number
