// How many facts change `$change` has recorded: a staged import's batches record their own, so
// this is how many of its facts have been committed.
RETURN COUNT { (f:FactChange {change: $change}) } AS facts
