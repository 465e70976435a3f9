// Marks the graph as written by the staged import `$change`, unless another import holds the
// mark and has not been abandoned (see bump-revision.cypher). The node's write lock is taken
// first (a property set and removed again), so that the mark is read as last committed and two
// imports cannot both take it. Answers the import that holds the mark.
MERGE (r:GraphRevision {id: 'graph'})
SET r.locked = true
REMOVE r.locked
WITH r, r.importing IS NULL
        OR r.changedAt < datetime() - duration({milliseconds: coalesce(r.importAbandonedAfterMs, 0)})
        AS free
SET r.importing = CASE WHEN free THEN $change ELSE r.importing END,
    r.importAbandonedAfterMs = CASE WHEN free THEN $abandonedAfterMs ELSE r.importAbandonedAfterMs END,
    r.changedAt = CASE WHEN free THEN datetime() ELSE r.changedAt END
RETURN r.importing AS importing
