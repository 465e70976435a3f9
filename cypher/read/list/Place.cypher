// Every Place node, for the root list field (the label scan keeps it cheap on any graph size).
MATCH (n:Place)
RETURN properties(n) AS properties
