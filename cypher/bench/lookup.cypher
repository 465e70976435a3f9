// The raw floor of bench:peers, "lookup": NEAMPAN's name and its member States, by hand. The
// network comes from the acronym index; MEMBER_OF only starts at member States, so their label
// is not checked; the States are put in name order once read.
MATCH (n:Network {acronym: $acronym})
RETURN n.name AS name, [(n)<-[:MEMBER_OF]-(s) | s {iso3: s.id, .name}] AS memberStates
