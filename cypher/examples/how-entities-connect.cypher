// How two entities connect: the shortest chain of relationships between them (any direction,
// at most 6 steps), each step with its type and first piece of evidence.
// Parameters: $from and $to, entity ids such as 'MNG' and 'NEAMPAN'.
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH path = shortestPath((from)-[*..6]-(to))
RETURN [node IN nodes(path) | node.id] AS entities,
       [step IN relationships(path) | {
         type: type(step),
         from: startNode(step).id,
         to: endNode(step).id,
         evidence: coalesce(nullif(step.evidenceQuotes[0], ''), step.evidenceNotes[0])
       }] AS steps
