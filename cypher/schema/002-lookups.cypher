// Lookups the API makes besides ids: a network by acronym, meetings and events by date,
// decisions by kind.
CREATE CONSTRAINT network_acronym IF NOT EXISTS FOR (n:Network) REQUIRE n.acronym IS UNIQUE;
CREATE INDEX meeting_start_date IF NOT EXISTS FOR (n:Meeting) ON (n.startDate);
CREATE INDEX event_start_date IF NOT EXISTS FOR (n:Event) ON (n.startDate);
CREATE INDEX decision_kind IF NOT EXISTS FOR (n:Decision) ON (n.kind);
