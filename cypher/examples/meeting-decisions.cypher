// What a Senior Officials Meeting decided, on whose proposal, and about what.
// Parameter: $number, the SOM number (e.g. 18 for SOM-18).
MATCH (meeting:Meeting {number: $number})<-[:MADE_AT]-(decision:Decision)
OPTIONAL MATCH (proposer:MemberState)-[:PROPOSED]->(decision)
OPTIONAL MATCH (decision)-[:CONCERNS]->(subject)
WITH meeting, decision, proposer, collect(subject.id) AS subjects
RETURN meeting.name AS meeting,
       decision.kind AS kind,
       decision.summary AS summary,
       proposer.name AS proposedBy,
       subjects
ORDER BY decision.id
