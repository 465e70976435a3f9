// A few facts whose evidence cites source `id` (a source they cite cannot be deleted).
CALL () {
  MATCH (n:Entity) WHERE $id IN n.evidenceSources
  RETURN n.id AS fact
  UNION
  MATCH (a:Entity)-[r]->(b:Entity) WHERE $id IN r.evidenceSources
  RETURN a.id + ' -[' + type(r) + ']-> ' + b.id AS fact
}
RETURN fact
LIMIT 3
