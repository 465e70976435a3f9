// Where a new decision of a meeting goes: after the last one recorded.
OPTIONAL MATCH (d:Decision)-[:MADE_AT]->(:Meeting {id: $meeting})
RETURN coalesce(max(d.position), 0) + 1 AS position
