// Which member States take part in what: membership of networks, participation in projects,
// and through those the programme areas they belong to. Each row carries the evidence of every
// relationship on its way (state -> network or project, and on to the programme).
CALL () {
  MATCH (state:MemberState)-[link:MEMBER_OF|PARTICIPATES_IN]->(target)
  RETURN state, target, type(link) AS kind, null AS through, [link] AS links
  UNION ALL
  MATCH (state:MemberState)-[link:MEMBER_OF|PARTICIPATES_IN]->(through)-[part:PART_OF]->(target:Programme)
  RETURN state, target, 'VIA_' + type(link) AS kind, through, [link, part] AS links
}
WITH state, target, kind, through, links
WHERE $state IS NULL OR state.id = $state
RETURN properties(state) AS state,
       [label IN labels(target) WHERE label <> 'Entity'][0] AS targetLabel,
       properties(target) AS target,
       kind,
       [label IN labels(through) WHERE label <> 'Entity'][0] AS throughLabel,
       properties(through) AS through,
       [link IN links | properties(link)] AS links
ORDER BY state.id, targetLabel, target.id, through.id
