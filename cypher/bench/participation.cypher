// The raw floor of bench:peers, "participation": which State takes part in what, and through
// which network or project in which programme area, by hand: each kind's relationships to a
// network or project grouped by it (the kind a literal of its branch, not read from each
// relationship), and every PART_OF read by one scan (not found from each network or project,
// which would read all its relationships); the three joined by the network or project, its name
// read once however many States it has, then one row per State (its key read once) with its
// networks and projects and their programme areas. The relationship types imply every label
// (MEMBER_OF ends at a network, PARTICIPATES_IN at a project, PART_OF at a programme area), so
// none is read.
CALL () {
  MATCH (s)-[:MEMBER_OF]->(t)
  RETURN t, collect(s) AS members, 'MEMBER_OF' AS kind, null AS programme
  UNION ALL
  MATCH (s)-[:PARTICIPATES_IN]->(t)
  RETURN t, collect(s) AS members, 'PARTICIPATES_IN' AS kind, null AS programme
  UNION ALL
  MATCH (t)-[:PART_OF]->(p)
  RETURN t, [] AS members, null AS kind, p.name AS programme
}
WITH t, reduce(all = [], m IN collect(members) | all + m) AS members, head(collect(kind)) AS kind, collect(programme) AS programmes
WHERE kind IS NOT NULL
WITH t.name AS name, kind, programmes, members
UNWIND members AS s
WITH s, collect({kind: kind, name: name, programmes: programmes}) AS targets
RETURN s.id AS state, targets
