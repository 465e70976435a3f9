// The changes that touched a node or its relationships, newest first, after a cursor (a change's
// time and id), one more than a page so that a next page is known.
CALL {
  MATCH (f:FactChange {id: $id}) RETURN f.change AS change
  UNION
  MATCH (f:FactChange {from: $id}) RETURN f.change AS change
  UNION
  MATCH (f:FactChange {to: $id}) RETURN f.change AS change
}
MATCH (c:Change {id: change})
WHERE $afterAt IS NULL OR c.at < datetime($afterAt) OR (c.at = datetime($afterAt) AND c.id < $afterId)
RETURN c.id AS id, toString(c.at) AS at, c.by AS by, c.origin AS origin, c.operation AS operation,
       c.reverts AS reverts, c.revertedBy AS revertedBy
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
