// Matches are reached by id, through their help question or their helper; the status index serves the active-match
// checks of the access rules and the flow statistics.
CREATE CONSTRAINT match_id IF NOT EXISTS FOR (n:Match) REQUIRE n.id IS UNIQUE;
CREATE INDEX match_status IF NOT EXISTS FOR (n:Match) ON (n.status);
