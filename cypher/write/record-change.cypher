// Records a committed change (history, see src/model/history.ts); a revert is linked both ways
// with the change it undoes. Its time is read when it is recorded, after the write locks, so
// changes to one fact are ordered as they were committed.
CREATE (c:Change)
SET c = $change, c.at = datetime.realtime()
WITH c
OPTIONAL MATCH (undone:Change {id: $change.reverts})
SET undone.revertedBy = c.id
RETURN toString(c.at) AS at
