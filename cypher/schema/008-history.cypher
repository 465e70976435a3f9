// History: a Change per committed change and a FactChange per fact it touched (see
// src/model/history.ts), found by change, by the ids of the facts, and newest first.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
CREATE INDEX change_by IF NOT EXISTS FOR (c:Change) ON (c.by);
CREATE INDEX fact_change_change IF NOT EXISTS FOR (f:FactChange) ON (f.change);
CREATE INDEX fact_change_id IF NOT EXISTS FOR (f:FactChange) ON (f.id);
CREATE INDEX fact_change_from IF NOT EXISTS FOR (f:FactChange) ON (f.from);
CREATE INDEX fact_change_to IF NOT EXISTS FOR (f:FactChange) ON (f.to);
