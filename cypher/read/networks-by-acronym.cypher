// Networks by acronym (NEAMPAN, NEA-LCCP, ...).
UNWIND $acronyms AS acronym
MATCH (n:Network {acronym: acronym})
RETURN acronym, properties(n) AS properties
