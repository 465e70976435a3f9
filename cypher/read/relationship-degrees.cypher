// The fan-outs the cost estimate reads from the graph: per label, relationship type and
// direction, and per label over every type both ways (type and direction null), how many
// relationships its nodes have in all and at most on one node, and how many evidence items
// those relationships carry in all and at most on one relationship.
MATCH (n:Entity)-[r]-()
WITH n, type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
     count(r) AS degree, sum(size(coalesce(r.evidenceSources, []))) AS evidence,
     max(size(coalesce(r.evidenceSources, []))) AS mostEvidence
WITH n, collect({type: type, direction: direction, degree: degree, evidence: evidence,
                 mostEvidence: mostEvidence}) AS ways
WITH head([label IN labels(n) WHERE label <> 'Entity']) AS label,
     ways + [{type: null, direction: null,
              degree: reduce(s = 0, w IN ways | s + w.degree),
              evidence: reduce(s = 0, w IN ways | s + w.evidence),
              mostEvidence: reduce(m = 0, w IN ways | CASE WHEN w.mostEvidence > m THEN w.mostEvidence ELSE m END)}] AS ways
UNWIND ways AS way
RETURN label, way.type AS type, way.direction AS direction, sum(way.degree) AS total,
       max(way.degree) AS most, sum(way.evidence) AS evidence, max(way.mostEvidence) AS mostEvidence
