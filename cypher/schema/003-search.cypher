// Full-text search over what people call things: names, aliases (earlier names, acronyms,
// spellings the sources use), scientific names and summaries, decisions included.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliases, n.acronym, n.scientificName, n.summary];
