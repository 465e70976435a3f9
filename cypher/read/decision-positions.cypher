// Where the decisions of a meeting stand in its list, to put a new one after them.
MATCH (d:Decision)-[:MADE_AT]->(:Meeting {id: $meeting})
RETURN d.position AS position
