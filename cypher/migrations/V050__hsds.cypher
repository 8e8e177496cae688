// Community resources and organisations imported from Open Referral HSDS keep their HSDS id, so a re-import finds
// them again; the lookup is per municipality, so the same HSDS id may exist once in each municipality.
CREATE INDEX community_resource_hsds_id IF NOT EXISTS FOR (n:CommunityResource) ON (n.hsdsId);
CREATE INDEX organisation_hsds_id IF NOT EXISTS FOR (n:Organisation) ON (n.hsdsId);
// Who changed which community resource when (HSDS metadata).
CREATE CONSTRAINT resource_change_id IF NOT EXISTS FOR (n:ResourceChange) REQUIRE n.id IS UNIQUE;
