// Changes newest first, since a time and by an author when given, after a cursor (a change's
// time and id), one more than a page so that a next page is known.
MATCH (c:Change)
WHERE ($since IS NULL OR c.at >= datetime($since))
  AND ($by IS NULL OR c.by = $by)
  AND ($afterAt IS NULL OR c.at < datetime($afterAt) OR (c.at = datetime($afterAt) AND c.id < $afterId))
RETURN c.id AS id, toString(c.at) AS at, c.by AS by, c.origin AS origin, c.operation AS operation,
       c.reverts AS reverts, c.revertedBy AS revertedBy
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
