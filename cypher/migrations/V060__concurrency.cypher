// "At most one X per Y" held by the database: each rule gets a key property, set only while the rule applies
// (uniqueness constraints ignore nulls), and a uniqueness constraint on it. Before the constraints can exist, the
// duplicates that concurrent requests could make before this version are repaired; each repair is idempotent.
//
// 1. A tie with several open versions: the newest stays open, each other one closes where the newest starts.
MATCH (t:NetworkTie)<-[:VERSION_OF]-(v:NetworkTieVersion)
WHERE v.validTo IS NULL
WITH t, v ORDER BY v.validFrom DESC, v.createdAt DESC, v.id DESC
WITH t, collect(v) AS open
WHERE size(open) > 1
WITH t, head(open) AS newest, tail(open) AS others
UNWIND others AS v
SET v.validTo = newest.validFrom, v.updatedAt = datetime(), t.updatedAt = datetime();
// 2. Several open ties between the same two persons in a family's map: the first recorded stays, the others end today.
MATCH (f:Family)<-[:OF_FAMILY]-(t:NetworkTie)-[:FROM]->(a:Person), (t)-[:TO]->(b:Person)
WHERE EXISTS { MATCH (v:NetworkTieVersion)-[:VERSION_OF]->(t) WHERE v.validTo IS NULL }
WITH f, CASE WHEN a.id < b.id THEN a.id + ':' + b.id ELSE b.id + ':' + a.id END AS pair, t ORDER BY t.createdAt, t.id
WITH f, pair, collect(t) AS ties
WHERE size(ties) > 1
UNWIND tail(ties) AS t
MATCH (v:NetworkTieVersion)-[:VERSION_OF]->(t)
WHERE v.validTo IS NULL
WITH t, v, date({timezone: 'Europe/Amsterdam'}) AS today
SET v.validTo = CASE WHEN v.validFrom > today THEN v.validFrom ELSE today END,
    v.endReason = 'Dubbel vastgelegd: de eerst vastgelegde band tussen deze personen blijft.',
    v.updatedAt = datetime(), t.updatedAt = datetime();
// 3. The tie's version for optimistic concurrency, and the keys of the open version and of the open tie's pair.
MATCH (t:NetworkTie)
WHERE t.version IS NULL
SET t.version = COUNT { (t)<-[:VERSION_OF]-(:NetworkTieVersion) };
MATCH (v:NetworkTieVersion)-[:VERSION_OF]->(t:NetworkTie)
WHERE v.validTo IS NULL
SET v.currentOf = t.id;
MATCH (f:Family)<-[:OF_FAMILY]-(t:NetworkTie)-[:FROM]->(a:Person), (t)-[:TO]->(b:Person)
WHERE EXISTS { MATCH (v:NetworkTieVersion)-[:VERSION_OF]->(t) WHERE v.validTo IS NULL }
SET t.pairKey = f.id + ':' + CASE WHEN a.id < b.id THEN a.id + ':' + b.id ELSE b.id + ':' + a.id END;
// 4. Several open matches of one helper for one question: the furthest along (then the oldest) stays, the others
//    close as no longer needed and give a professional's place back when they held one.
MATCH (h:HelpQuestion)<-[:FOR_QUESTION]-(m:Match)-[:WITH_HELPER]->(x)
WHERE m.status <> 'CLOSED'
WITH h, x, m ORDER BY CASE m.status WHEN 'STARTED' THEN 0 WHEN 'CONFIRMED' THEN 1 ELSE 2 END, m.proposedAt, m.id
WITH h, x, collect(m) AS open
WHERE size(open) > 1
UNWIND tail(open) AS m
WITH x, m, m.status AS was
SET m.status = 'CLOSED', m.outcome = 'NO_LONGER_NEEDED', m.closedAt = datetime(), m.updatedAt = datetime()
FOREACH (_ IN CASE WHEN was IN ['CONFIRMED', 'STARTED'] AND x:Professional THEN [1] ELSE [] END |
  SET x.capacity = coalesce(x.capacity, 0) + 1, x.updatedAt = datetime());
MATCH (h:HelpQuestion)<-[:FOR_QUESTION]-(m:Match)-[:WITH_HELPER]->(x)
WHERE m.status <> 'CLOSED'
SET m.openKey = h.id + ':' + x.id;
// 5. A professional invited to one tent session more than once: the furthest answer stays.
MATCH (p:Professional)-[r:PARTICIPATES_IN]->(t:TentSession)
WITH p, t, r ORDER BY CASE r.status WHEN 'ATTENDED' THEN 0 WHEN 'ACCEPTED' THEN 1 WHEN 'DECLINED' THEN 2 ELSE 3 END, r.invitedAt
WITH p, t, collect(r) AS participations
WHERE size(participations) > 1
UNWIND tail(participations) AS r
DELETE r;
MATCH (p:Professional)-[r:PARTICIPATES_IN]->(t:TentSession)
SET r.participantKey = p.id + ':' + t.id;
// 6. A person using one community resource more than once at a time: the earliest use stays open, the others
//    close on the day they started (they never held).
MATCH (p:Person)-[u:USES]->(r:CommunityResource)
WHERE u.validTo IS NULL
WITH p, r, u ORDER BY u.validFrom, u.createdAt
WITH p, r, collect(u) AS open
WHERE size(open) > 1
UNWIND tail(open) AS u
SET u.validTo = u.validFrom, u.updatedAt = datetime();
MATCH (p:Person)-[u:USES]->(r:CommunityResource)
WHERE u.validTo IS NULL
SET u.openKey = p.id + ':' + r.id;
// 7. The rules themselves. Two writers of one key: the second waits for the first, then fails instead of duplicating.
CREATE CONSTRAINT network_tie_pair_key IF NOT EXISTS FOR (t:NetworkTie) REQUIRE t.pairKey IS UNIQUE;
CREATE CONSTRAINT network_tie_version_current_of IF NOT EXISTS FOR (v:NetworkTieVersion) REQUIRE v.currentOf IS UNIQUE;
CREATE CONSTRAINT match_open_key IF NOT EXISTS FOR (m:Match) REQUIRE m.openKey IS UNIQUE;
CREATE CONSTRAINT resource_use_open_key IF NOT EXISTS FOR ()-[u:USES]-() REQUIRE u.openKey IS UNIQUE;
CREATE CONSTRAINT tent_participant_key IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() REQUIRE r.participantKey IS UNIQUE;
