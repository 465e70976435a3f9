// The raw floor of bench:peers, "nested traversal": the first meetings with their decisions,
// what those are about, and the member States of the networks among them, by hand. The
// meetings are read from the number index in its order, only as many as asked for; no label is
// checked that a relationship type implies, and a subject's label is read once. Decisions are
// put in position order once read, subjects in name order (`order`, or the name they show).
MATCH (m:Meeting)
WHERE m.number IS NOT NULL
WITH m ORDER BY m.number LIMIT $first
RETURN m.number AS number, m.name AS title,
  [(m)<-[:MADE_AT]-(d) | d { .kind, .summary, .position, subjects: [(d)-[:CONCERNS]->(s) |
    head([label IN [head([x IN labels(s) WHERE x <> 'Entity'])] | CASE label
      WHEN 'Network' THEN {__typename: label, order: s.name, acronym: s.acronym,
        memberStates: [(s)<-[:MEMBER_OF]-(ms) | ms {iso3: ms.id, .name}]}
      WHEN 'Programme' THEN {__typename: label, slug: s.id, name: s.name}
      ELSE {__typename: label, order: s.name}
    END])] }] AS decisions
