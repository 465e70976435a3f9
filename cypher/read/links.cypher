// Every relationship of the given nodes, each with the node at its other end: one query serves
// all relationship fields of a level of a GraphQL query. Source texts are left out here.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(m:Entity)
RETURN id AS key,
       type(r) AS type,
       startNode(r) = n AS outgoing,
       properties(r) AS properties,
       [label IN labels(m) WHERE label <> 'Entity'][0] AS label,
       m {.*, text: null} AS node
