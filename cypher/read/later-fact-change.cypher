// The latest change after `at` to the fact named by label+id or type+from+to (and, for the types
// identified by properties too, their values as history stores them): what a revert of an
// earlier change would undo too.
MATCH (f:FactChange)
WHERE (($id IS NOT NULL AND f.id = $id AND f.label IS NOT NULL) OR
       ($id IS NULL AND f.from = $from AND f.to = $to AND f.type = $type AND
        coalesce(f.identity, '') = coalesce($identity, '')))
MATCH (c:Change {id: f.change})
WHERE c.at > datetime($at)
RETURN c.id AS change
ORDER BY c.at DESC
LIMIT 1
