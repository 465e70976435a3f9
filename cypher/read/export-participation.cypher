// Which member State takes part in what, one row per way: membership of a network,
// participation in a project, and through those the programme area they belong to; with the
// evidence of every relationship on the way, and its sources' URLs.
CALL () {
  MATCH (state:MemberState)-[link:MEMBER_OF|PARTICIPATES_IN]->(target:Entity)
  RETURN state, type(link) AS kind, target, null AS through, [link] AS links
  UNION ALL
  MATCH (state:MemberState)-[link:MEMBER_OF|PARTICIPATES_IN]->(through:Entity)-[part:PART_OF]->(target:Programme)
  RETURN state, 'VIA_' + type(link) AS kind, target, through, [link, part] AS links
}
RETURN state.id AS state, state.name AS stateName, kind,
       [label IN labels(target) WHERE label <> 'Entity'][0] AS targetLabel,
       target.id AS target, target.name AS targetName, through.id AS through,
       [link IN links | {
         sources: link.evidenceSources, quotes: link.evidenceQuotes, notes: link.evidenceNotes,
         urls: [key IN link.evidenceSources | COLLECT { MATCH (s:Source {id: key}) RETURN s.url }[0]]
       }] AS evidence
ORDER BY state, kind, target, through
