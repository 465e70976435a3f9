// Creates or replaces nodes: the properties become exactly those given (a property removed from
// the dataset disappears), dates are stored as Neo4j dates.
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
SET n = row.properties
SET n:$(row.label)
SET n.startDate = date(row.properties.startDate), n.endDate = date(row.properties.endDate)
