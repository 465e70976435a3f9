// The raw floor of bench:peers, "participation": which State takes part in what, and through
// which network or project in which programme area, by hand: one row per State and network or
// project, with the programme areas it is part of (a row each once read). The relationship
// types imply every label (MEMBER_OF ends at a network, PARTICIPATES_IN at a project, PART_OF
// at a programme area), so none is read.
MATCH (s)-[l:MEMBER_OF|PARTICIPATES_IN]->(t)
WITH s, type(l) AS kind, t
RETURN s.id AS state, kind, CASE kind WHEN 'MEMBER_OF' THEN 'Network' ELSE 'Project' END AS label,
       t.name AS name, [(t)-[:PART_OF]->(p) | p.name] AS programmes
