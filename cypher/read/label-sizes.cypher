// How many nodes each label has, and how many evidence items they carry in all and at most on
// one node: sizes the cost estimate reads from the graph.
MATCH (n:Entity)
WITH head([label IN labels(n) WHERE label <> 'Entity']) AS label,
     size(coalesce(n.evidenceSources, [])) AS evidence
RETURN label, count(*) AS nodes, sum(evidence) AS evidence, max(evidence) AS mostEvidence
