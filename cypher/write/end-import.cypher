// Removes the mark of the staged import `$change`: other writes are accepted again.
MATCH (r:GraphRevision {id: 'graph'})
WHERE r.importing = $change
REMOVE r.importing, r.importAbandonedAfterMs
