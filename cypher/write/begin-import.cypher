// Marks the graph as written by the staged import `$change`, unless another import marked it
// first: Cypher takes the node's write lock before it reads the value it sets from, so two
// imports cannot both mark it. Answers the import that holds the mark.
MERGE (r:GraphRevision {id: 'graph'})
SET r.importing = coalesce(r.importing, $change)
RETURN r.importing AS importing
