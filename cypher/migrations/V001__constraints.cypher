// Every node is addressed by a UUID string id.
CREATE CONSTRAINT life_domain_id IF NOT EXISTS FOR (n:LifeDomain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT life_domain_code IF NOT EXISTS FOR (n:LifeDomain) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT area_id IF NOT EXISTS FOR (n:Area) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT expertise_id IF NOT EXISTS FOR (n:Expertise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT expertise_name IF NOT EXISTS FOR (n:Expertise) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT professional_id IF NOT EXISTS FOR (n:Professional) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT community_resource_id IF NOT EXISTS FOR (n:CommunityResource) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT family_id IF NOT EXISTS FOR (n:Family) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT help_question_id IF NOT EXISTS FOR (n:HelpQuestion) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tent_session_id IF NOT EXISTS FOR (n:TentSession) REQUIRE n.id IS UNIQUE;
CREATE INDEX area_kind IF NOT EXISTS FOR (n:Area) ON (n.kind);
CREATE INDEX help_question_status IF NOT EXISTS FOR (n:HelpQuestion) ON (n.status);
CREATE INDEX community_resource_status IF NOT EXISTS FOR (n:CommunityResource) ON (n.status);
CREATE INDEX professional_name IF NOT EXISTS FOR (n:Professional) ON (n.name);
CREATE INDEX family_name IF NOT EXISTS FOR (n:Family) ON (n.name);
