// Changes by id (those not recorded give no row).
UNWIND $ids AS id
MATCH (c:Change {id: id})
RETURN c.id AS id, toString(c.at) AS at, c.by AS by, c.origin AS origin, c.operation AS operation,
       c.reverts AS reverts, c.revertedBy AS revertedBy
