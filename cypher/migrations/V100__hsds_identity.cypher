// HSDS identity: an id names one resource per municipality (issue 19). Each community resource is keyed by its
// municipality and the id it is exported under (its HSDS id, or its own id when made here); each organisation
// imported from HSDS by the municipality it was imported into and its HSDS id. Before the constraints can exist, the
// duplicates earlier imports made are repaired; each repair is idempotent.
//
// 1. Several resources of one municipality under one export id: the one made here (else the oldest) keeps the id,
//    the others are exported under their own ids from now on.
MATCH (r:CommunityResource)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(m:Area {kind: 'MUNICIPALITY'})
WHERE r.hsdsKey IS NULL
WITH m.id + ':' + coalesce(r.hsdsId, r.id) AS key, r
ORDER BY CASE WHEN r.hsdsId IS NULL OR r.hsdsId = r.id THEN 0 ELSE 1 END, r.createdAt, r.id
WITH key, collect(r) AS resources
WHERE size(resources) > 1 OR EXISTS { MATCH (:CommunityResource {hsdsKey: key}) }
UNWIND CASE WHEN EXISTS { MATCH (:CommunityResource {hsdsKey: key}) } THEN resources ELSE tail(resources) END AS r
SET r.hsdsId = null, r.updatedAt = datetime();
MATCH (r:CommunityResource)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(m:Area {kind: 'MUNICIPALITY'})
WHERE r.hsdsKey IS NULL
SET r.hsdsKey = m.id + ':' + coalesce(r.hsdsId, r.id);
// 2. An organisation imported into several municipalities was one node, the last import's name winning: each
//    municipality after the first gets its own copy, and its resources are offered by that copy.
MATCH (o:Organisation)<-[:OFFERED_BY]-(r:CommunityResource)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(m:Area {kind: 'MUNICIPALITY'})
WHERE o.hsdsId IS NOT NULL AND o.hsdsKey IS NULL
WITH o, m.id AS municipalityId, collect(r) AS resources ORDER BY municipalityId
WITH o, collect({municipalityId: municipalityId, resources: resources}) AS uses
WITH o, head(uses) AS first, tail(uses) AS others
SET o.municipalityId = first.municipalityId, o.hsdsKey = first.municipalityId + ':' + o.hsdsId
WITH o, others
UNWIND others AS use
CREATE (copy:Organisation)
SET copy = o {.*, id: randomUUID(), municipalityId: use.municipalityId, hsdsKey: use.municipalityId + ':' + o.hsdsId,
              createdAt: datetime(), updatedAt: datetime()}
WITH o, copy, use
UNWIND use.resources AS r
MATCH (r)-[link:OFFERED_BY]->(o)
DELETE link
CREATE (r)-[:OFFERED_BY]->(copy);
// 3. The rules. Two imports writing one key at once: the second waits for the first, then fails instead of duplicating.
CREATE CONSTRAINT community_resource_hsds_key IF NOT EXISTS FOR (r:CommunityResource) REQUIRE r.hsdsKey IS UNIQUE;
CREATE CONSTRAINT organisation_hsds_key IF NOT EXISTS FOR (o:Organisation) REQUIRE o.hsdsKey IS UNIQUE;
// HSDS records kept as they came (taxonomies, terms, table rows no service holds), by municipality, type and id.
CREATE CONSTRAINT hsds_record_key IF NOT EXISTS FOR (h:HsdsRecord) REQUIRE h.key IS UNIQUE;
CREATE INDEX hsds_record_municipality_type IF NOT EXISTS FOR (h:HsdsRecord) ON (h.municipalityId, h.type);
// The feeds a municipality pulls, with when the last complete pull started (for modified_after).
CREATE CONSTRAINT hsds_feed_key IF NOT EXISTS FOR (f:HsdsFeed) REQUIRE f.key IS UNIQUE;
// 4. The vocabulary these add (see V080), so no query warns about a name no data has used yet; with the names the
// keyed audit events (eventMac, keyId) and the versions of issue 15 added after V080 was written.
UNWIND ['HsdsFeed', 'HsdsRecord'] AS label
CALL db.createLabel(label);
UNWIND ['baseUrl', 'currentOf', 'document', 'eventMac', 'hsdsBaseline', 'hsdsDocument', 'hsdsFlags', 'hsdsKey',
        'hsdsTermIds', 'key', 'keyId', 'lastPulledAt', 'municipalityId', 'openKey', 'pairKey', 'participantKey', 'type',
        'version'] AS property
CALL db.createProperty(property);
