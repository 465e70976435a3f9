// Where a new decision or agenda item of a meeting goes (`type` joins them to it, MADE_AT or
// HAS_AGENDA_ITEM): after the last one recorded.
OPTIONAL MATCH (x)-[:$($type)]-(:Meeting {id: $meeting})
RETURN coalesce(max(x.position), 0) + 1 AS position
