// Consents are reached through their family or by id; no other lookup needs an index yet.
CREATE CONSTRAINT consent_id IF NOT EXISTS FOR (n:Consent) REQUIRE n.id IS UNIQUE;
