// Full-text search over names, aliases, acronyms, scientific names and summaries. $query is
// Lucene syntax built by the service from the user's words, each escaped.
CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $limit}) YIELD node, score
RETURN [label IN labels(node) WHERE label <> 'Entity'][0] AS label,
       node {.*, text: null} AS properties,
       score
ORDER BY score DESC, node.id
