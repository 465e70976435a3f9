// Whether the database serves queries now: a server can take connections while its database is
// still starting, or stop answering with its connections open. Touches no data.
RETURN true AS answers
