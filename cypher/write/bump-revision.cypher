// The last statement of every write transaction: the graph changes, so its revision does. Read
// under the node's write lock (the first SET takes it), `importing` names the staged import under
// way, if any (begin-import.cypher): every write but that import's own is refused until it ends.
// A mark of an import none of whose transactions has committed for `importAbandonedAfterMs` is of
// one that stopped (its process ended, Neo4j lost): the first write after that drops it.
MERGE (r:GraphRevision {id: 'graph'})
SET r.number = coalesce(r.number, 0) + 1
WITH r, r.importing IS NOT NULL
        AND r.changedAt < datetime() - duration({milliseconds: coalesce(r.importAbandonedAfterMs, 0)})
        AS abandoned
SET r.changedAt = datetime(),
    r.importing = CASE WHEN abandoned THEN null ELSE r.importing END,
    r.importAbandonedAfterMs = CASE WHEN abandoned THEN null ELSE r.importAbandonedAfterMs END
RETURN r.number AS number, r.importing AS importing
