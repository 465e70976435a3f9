// How many nodes the graph holds (from the count store): 0 means a new, empty database.
MATCH (n:Entity)
RETURN count(n) AS count
