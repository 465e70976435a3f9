// Records what a change did to each fact it touched: the fact's properties before and after.
UNWIND $facts AS fact
CREATE (f:FactChange)
SET f = fact
