// Every Source node, for the root list field; full texts are left out (Source.text loads one).
MATCH (n:Source)
RETURN n {.*, text: null} AS properties
