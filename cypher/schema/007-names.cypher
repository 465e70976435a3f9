// Paths and neighbourhoods also take an object's exact name ("Mongolia"): found by this index.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
