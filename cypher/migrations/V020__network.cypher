// The network map: ties with their versions, and the ZRM assessments written by the network feature.
CREATE CONSTRAINT network_tie_id IF NOT EXISTS FOR (n:NetworkTie) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT network_tie_version_id IF NOT EXISTS FOR (n:NetworkTieVersion) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT assessment_id IF NOT EXISTS FOR (n:Assessment) REQUIRE n.id IS UNIQUE;
