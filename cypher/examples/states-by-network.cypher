// Which member States join which network, with the number of sites each nominated (where a
// source counts them) and the evidence for each membership.
// No parameters. Networks whose members no source lists do not appear.
MATCH (state:MemberState)-[membership:MEMBER_OF]->(network:Network)
RETURN network.id AS network,
       state.id AS state,
       membership.sites AS sites,
       coalesce(nullif(membership.evidenceQuotes[0], ''), membership.evidenceNotes[0]) AS evidence
ORDER BY network, state
