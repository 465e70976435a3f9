// How many nodes and relationships the graph holds, from the count store (history nodes have no
// relationships).
RETURN COUNT { (:Entity) } AS nodes, COUNT { ()-->() } AS relationships
