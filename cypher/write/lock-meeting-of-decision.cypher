// Takes the write lock of the meeting a decision was made at, held until the transaction ends:
// deleting a decision waits for, and is waited for by, every other write to that meeting's
// decisions (see lock-entities).
MATCH (:Decision {id: $id})-[:MADE_AT]->(m:Meeting)
SET m.curationLock = true
REMOVE m.curationLock
