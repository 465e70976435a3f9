// The raw floor of bench:peers, "search": the best full-text hits for a Lucene query, in the
// index's order (best first); a decision's summary stands for its name.
CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $limit}) YIELD node, score
RETURN coalesce(node.name, node.summary) AS name, score
