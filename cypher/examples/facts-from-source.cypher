// Every fact a source supports: nodes and relationships whose evidence names it.
// Parameter: $source, a source id such as 'som-18-page'.
CALL () {
  MATCH (n:Entity) WHERE $source IN n.evidenceSources
  RETURN [label IN labels(n) WHERE label <> 'Entity'][0] + ' ' + n.id AS fact
  UNION ALL
  MATCH (a)-[r]->(b) WHERE $source IN r.evidenceSources
  RETURN '(' + a.id + ')-[' + type(r) + ']->(' + b.id + ')' AS fact
}
RETURN fact
ORDER BY fact
