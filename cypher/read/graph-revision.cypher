// The graph's revision: 0 before the first write.
OPTIONAL MATCH (r:GraphRevision {id: 'graph'})
RETURN coalesce(r.number, 0) AS number
