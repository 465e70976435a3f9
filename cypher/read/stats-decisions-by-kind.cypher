// Decisions per kind (LAUNCHED, ENDORSED, ...).
MATCH (d:Decision)
RETURN d.kind AS kind, count(d) AS count
ORDER BY count DESC, kind
