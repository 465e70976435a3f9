// The raw floor of bench:peers, "count": how many decisions there are.
MATCH (d:Decision)
RETURN count(d) AS totalCount
