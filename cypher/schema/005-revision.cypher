// The graph's revision: one node, bumped by every committed write (import or curation), that
// readers compare to know whether what they cached is still what the graph says.
CREATE CONSTRAINT graph_revision_id IF NOT EXISTS FOR (r:GraphRevision) REQUIRE r.id IS UNIQUE;
