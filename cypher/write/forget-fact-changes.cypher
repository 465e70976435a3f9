// Deletes at most `$limit` of the fact changes recorded for change `$change` (a staged import
// that failed and was undone); answers how many it deleted, 0 once none is left.
MATCH (f:FactChange {change: $change})
WITH f
LIMIT $limit
DELETE f
RETURN count(*) AS deleted
