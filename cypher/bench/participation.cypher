// The raw floor of bench:peers, "participation": which State takes part in what, and through
// which network or project in which programme area, by hand: each network or project's name
// and programme areas read once, however many States it has, then one row per State (its key
// read once) with its networks and projects (a row each, and one per programme area, once
// read). The relationship types imply every label (MEMBER_OF ends at a network,
// PARTICIPATES_IN at a project, PART_OF at a programme area), so none is read.
MATCH (s)-[l:MEMBER_OF|PARTICIPATES_IN]->(t)
WITH t, collect({state: s, kind: type(l)}) AS members
WITH t.name AS name, [(t)-[:PART_OF]->(p) | p.name] AS programmes, members
UNWIND members AS member
WITH member.state AS s, collect({kind: member.kind, name: name, programmes: programmes}) AS targets
RETURN s.id AS state, targets
