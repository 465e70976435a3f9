// The property names the nodes of a label hold, with the types of their values: the columns of
// an export. Evidence and the source texts are exported apart (see src/export/).
MATCH (n:$($label))
UNWIND keys(n) AS key
WITH key, valueType(n[key]) AS type
RETURN key, collect(DISTINCT type) AS types
ORDER BY key
