// The orders lists can be asked for: by name (every list of named things), besides the keys
// and dates indexed already. An index on a property gives its order, so Neo4j need not sort.
CREATE INDEX member_state_name IF NOT EXISTS FOR (n:MemberState) ON (n.name);
CREATE INDEX programme_name IF NOT EXISTS FOR (n:Programme) ON (n.name);
CREATE INDEX network_name IF NOT EXISTS FOR (n:Network) ON (n.name);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX species_name IF NOT EXISTS FOR (n:Species) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX source_name IF NOT EXISTS FOR (n:Source) ON (n.name);
