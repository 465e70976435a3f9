// The raw floor of bench:peers, "participation": which State takes part in what, and through
// which network or project in which programme area, by hand: one row per State (its key read
// once), with each network or project and the programme areas it is part of (a row each once
// read). The relationship types imply every label (MEMBER_OF ends at a network,
// PARTICIPATES_IN at a project, PART_OF at a programme area), so none is read.
MATCH (s)-[l:MEMBER_OF|PARTICIPATES_IN]->(t)
WITH s, collect({kind: type(l), name: t.name, programmes: [(t)-[:PART_OF]->(p) | p.name]}) AS targets
RETURN s.id AS state, targets
