// Replaces the properties of existing nodes: a property no longer given disappears.
UNWIND $nodes AS row
MATCH (n:Entity {id: row.id})
SET n = row.properties
SET n.startDate = date(row.properties.startDate), n.endDate = date(row.properties.endDate)
