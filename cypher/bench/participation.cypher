// The raw floor of bench:peers, "participation": which State takes part in what, and through
// which network or project in which programme area, by hand: each State's relationships to a
// network or project grouped by it, and every PART_OF read by one scan (not found from each
// network or project, which would read all its relationships); the two joined by the network
// or project, its name read once however many States it has, then one row per State (its key
// read once) with its networks and projects and their programme areas. The relationship types
// imply every label (MEMBER_OF ends at a network, PARTICIPATES_IN at a project, PART_OF at a
// programme area), so none is read.
CALL () {
  MATCH (s)-[l:MEMBER_OF|PARTICIPATES_IN]->(t)
  RETURN t, collect({state: s, kind: type(l)}) AS members, null AS programme
  UNION ALL
  MATCH (t)-[:PART_OF]->(p)
  RETURN t, [] AS members, p.name AS programme
}
WITH t, reduce(all = [], m IN collect(members) | all + m) AS members, collect(programme) AS programmes
WHERE size(members) > 0
WITH t.name AS name, programmes, members
UNWIND members AS member
WITH member.state AS s, collect({kind: member.kind, name: name, programmes: programmes}) AS targets
RETURN s.id AS state, targets
