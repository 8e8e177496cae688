// NEN 7513 audit trail: events are appended without locks and sealed into one hash chain afterwards.
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT audit_event_sequence IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.sequence IS UNIQUE;
CREATE INDEX audit_event_family IF NOT EXISTS FOR (e:AuditEvent) ON (e.familyId);
CREATE INDEX audit_event_date_time IF NOT EXISTS FOR (e:AuditEvent) ON (e.eventDateTime);
CREATE CONSTRAINT audit_chain_id IF NOT EXISTS FOR (c:AuditChain) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT audit_chain_name IF NOT EXISTS FOR (c:AuditChain) REQUIRE c.name IS UNIQUE;
// The chain's head: sealers lock this node, so exactly one extends the chain at a time. 64 zeros precede event 1.
MERGE (c:AuditChain {name: 'main'})
ON CREATE SET c.id = '2f6d0b5e-6a43-5c1e-9a3b-4d8e7f1c2a90', c.lastSequence = 0,
              c.lastHash = '0000000000000000000000000000000000000000000000000000000000000000',
              c.createdAt = datetime(), c.updatedAt = datetime();
