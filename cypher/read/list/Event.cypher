// Every Event node, for the root list field (the label scan keeps it cheap on any graph size).
MATCH (n:Event)
RETURN properties(n) AS properties
