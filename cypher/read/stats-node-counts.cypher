// Nodes per domain label, every label listed even when it has none. Counts of a single label
// come from Neo4j's count store, so this costs the same on any size of graph.
UNWIND [
  {label: 'AgendaItem', count: COUNT { (:AgendaItem) }},
  {label: 'Decision', count: COUNT { (:Decision) }},
  {label: 'Event', count: COUNT { (:Event) }},
  {label: 'Meeting', count: COUNT { (:Meeting) }},
  {label: 'MemberState', count: COUNT { (:MemberState) }},
  {label: 'Network', count: COUNT { (:Network) }},
  {label: 'Organisation', count: COUNT { (:Organisation) }},
  {label: 'Place', count: COUNT { (:Place) }},
  {label: 'Programme', count: COUNT { (:Programme) }},
  {label: 'Project', count: COUNT { (:Project) }},
  {label: 'Source', count: COUNT { (:Source) }},
  {label: 'Species', count: COUNT { (:Species) }}
] AS row
RETURN row.label AS label, row.count AS count
