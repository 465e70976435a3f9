// Creates nodes (the import knows they are new): properties as given, dates as Neo4j dates.
UNWIND $nodes AS row
CREATE (n:Entity:$(row.label))
SET n = row.properties
SET n.startDate = date(row.properties.startDate), n.endDate = date(row.properties.endDate)
