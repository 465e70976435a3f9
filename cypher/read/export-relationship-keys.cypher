// The property names the relationships of a type hold, with the types of their values.
MATCH ()-[r:$($type)]->()
UNWIND keys(r) AS key
WITH key, valueType(r[key]) AS type
RETURN key, collect(DISTINCT type) AS types
ORDER BY key
