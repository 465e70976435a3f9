// The raw floor of bench:peers, "participation": which State takes part in what, and through
// which network or project in which programme area, by hand.
MATCH (s:MemberState)-[l:MEMBER_OF|PARTICIPATES_IN]->(t)
RETURN s.id AS state, type(l) AS kind, {__typename: [x IN labels(t) WHERE x <> 'Entity'][0], name: t.name} AS target, null AS through
UNION ALL
MATCH (s:MemberState)-[l:MEMBER_OF|PARTICIPATES_IN]->(t)-[:PART_OF]->(p:Programme)
RETURN s.id AS state, 'VIA_' + type(l) AS kind, {__typename: 'Programme', name: p.name} AS target,
       {__typename: [x IN labels(t) WHERE x <> 'Entity'][0], name: t.name} AS through
