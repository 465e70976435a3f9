// The shortest connection between two nodes, in any direction, of at most $maxHops steps
// (never more than 8), with every node and relationship on it.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH path = shortestPath((a)-[*..8]-(b))
WHERE length(path) <= $maxHops
RETURN [node IN nodes(path) | {
         label: [label IN labels(node) WHERE label <> 'Entity'][0],
         properties: node {.*, text: null}
       }] AS nodes,
       [step IN relationships(path) | {
         type: type(step),
         from: startNode(step).id,
         to: endNode(step).id,
         properties: properties(step)
       }] AS steps
