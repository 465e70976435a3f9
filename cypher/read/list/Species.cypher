// Every Species node, for the root list field (the label scan keeps it cheap on any graph size).
MATCH (n:Species)
RETURN properties(n) AS properties
