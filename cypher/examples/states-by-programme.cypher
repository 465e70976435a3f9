// Which member States take part in which programme area, and through what: membership of one
// of its networks, or participation in one of its projects.
MATCH (state:MemberState)-[:MEMBER_OF|PARTICIPATES_IN]->(work)-[:PART_OF]->(programme:Programme)
WITH programme, state, collect(DISTINCT work.name) AS through
ORDER BY programme.id, state.id
RETURN programme.name AS programme, collect({state: state.id, through: through}) AS states
