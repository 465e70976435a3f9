// Deletes the record of change `$change` itself (a staged import that failed and was undone,
// once its fact changes are gone).
MATCH (c:Change {id: $change})
DELETE c
