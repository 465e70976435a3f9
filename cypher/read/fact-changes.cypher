// What changes did to facts, in the order they did it; only those about node `of` (itself or its
// relationships) when it is given, at most `limit` per change.
UNWIND $changes AS change
CALL (change) {
  MATCH (f:FactChange {change: change})
  WHERE $of IS NULL OR f.id = $of OR f.from = $of OR f.to = $of
  RETURN f
  ORDER BY f.position
  LIMIT $limit
}
RETURN f.change AS change, f.position AS position, f.action AS action, f.label AS label,
       f.type AS type, f.id AS id, f.from AS from, f.to AS to, f.identity AS identity,
       f.before AS before, f.after AS after
