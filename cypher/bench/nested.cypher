// The raw floor of bench:peers, "nested traversal": the first meetings with their decisions,
// what those are about, and the member States of the networks among them, by hand.
MATCH (m:Meeting)
WITH m ORDER BY m.number LIMIT $first
RETURN m.number AS number, m.name AS title,
  COLLECT {
    MATCH (d:Decision)-[:MADE_AT]->(m)
    WITH d ORDER BY d.position
    RETURN d { .kind, .summary, subjects: COLLECT {
      MATCH (d)-[:CONCERNS]->(s)
      RETURN CASE
        WHEN s:Network THEN {__typename: 'Network', acronym: s.acronym,
          memberStates: [(ms:MemberState)-[:MEMBER_OF]->(s) | ms {iso3: ms.id, .name}]}
        WHEN s:Programme THEN {__typename: 'Programme', slug: s.id, name: s.name}
        ELSE {__typename: [x IN labels(s) WHERE x <> 'Entity'][0]}
      END } }
  } AS decisions
