// The raw floor of bench:peers, "lookup": NEAMPAN's name and its member States, by hand.
MATCH (n:Network {acronym: $acronym})
RETURN n.name AS name,
       COLLECT { MATCH (s:MemberState)-[:MEMBER_OF]->(n) RETURN s {iso3: s.id, .name} ORDER BY s.name } AS memberStates
