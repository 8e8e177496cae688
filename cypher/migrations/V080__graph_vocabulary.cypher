// The graph's vocabulary as docs/graph-model.md describes it: every label, relationship type and property key the
// service's queries name, declared up front. Neo4j warns about a name in a query that no data has used yet ("label does
// not exist", "property does not exist"), once per run of the query, and the service logs those warnings; declared, the
// names exist from the start, even in an empty database. Creates names only: no data, no schema.
// A feature that adds a label, relationship type or property declares it the same way in its own migration.
UNWIND [
  'Agreement', 'Analysis', 'AnalysisFactor', 'AnonymousStatistics', 'Area', 'Assessment',
  'AuditChain', 'AuditEvent', 'CommunityResource', 'Consent', 'Expertise', 'Family',
  'HandoverNote', 'HelpQuestion', 'Hypothesis', 'LifeDomain', 'Match', 'NetworkTie',
  'NetworkTieVersion', 'Organisation', 'Person', 'Professional', 'ResourceChange', 'TentSession',
  'Unsealed'
] AS label
CALL db.createLabel(label);

UNWIND [
  'ABOUT', 'ADDRESSED_TO', 'ADDRESSES', 'AGREED', 'BASED_IN', 'BROADER',
  'BY_DOMAIN', 'COACHED_BY', 'CONCERNS', 'CONTRADICTED_BY', 'DIRECTED_BY', 'DISCUSSES',
  'EXPLAINS', 'FOR_FAMILY', 'FOR_QUESTION', 'FROM', 'GIVEN_BY', 'HAS_CHANGE',
  'HAS_CONSENT', 'HAS_EXPERTISE', 'HAS_HYPOTHESIS', 'IN_DOMAIN', 'IN_NETWORK_OF', 'LIVES_IN',
  'LOCATED_IN', 'MEMBER_OF', 'OFFERED_BY', 'OF_FAMILY', 'OF_PERSON', 'PARTICIPATES_IN',
  'PART_OF', 'PRESENT_AT', 'PROTECTED_BY', 'RAISED', 'RESPONSIBLE', 'SCORED',
  'SERVES', 'SUPPORTED_BY', 'TO', 'USES', 'VERSION_OF', 'WITH_HELPER',
  'WORKS_FOR', 'WRITTEN_BY'
] AS type
CALL db.createRelationshipType(type);

UNWIND [
  'acceptingClients', 'action', 'address', 'agreements', 'areaId', 'auditSourceId',
  'authority', 'birthDate', 'cancellationReason', 'capacity', 'changedAt', 'changedBy',
  'closedAt', 'coach', 'code', 'confirmedAt', 'contacts', 'costDescription',
  'costOptions', 'createdAt', 'date', 'description', 'detail', 'discipline',
  'dueDate', 'eligibilityDescription', 'email', 'endReason', 'erasedFamilies', 'eventAction',
  'eventDateTime', 'familyId', 'familyName', 'fields', 'framework', 'free',
  'frequency', 'geometry', 'givenAt', 'givenName', 'hash', 'helpQuestions',
  'hsdsFingerprint', 'hsdsId', 'id', 'invitedAt', 'kind', 'knownSince',
  'ladderStep', 'languages', 'lastHash', 'lastSequence', 'lastVerifiedAt', 'latitude',
  'level', 'location', 'locationName', 'longitude', 'maximumAge', 'minimumAge',
  'name', 'network', 'networkAccessPoint', 'note', 'objectIds', 'objectTypes',
  'onBehalfOf', 'outcome', 'ownStrength', 'personIds', 'phone', 'previousHash',
  'professional', 'proposedAt', 'purposeOfUse', 'quality', 'reference', 'respondedAt',
  'revocationReason', 'revokedAt', 'ring', 'role', 'roleCode', 'schedules',
  'scopes', 'score', 'sequence', 'sortOrder', 'source', 'startedAt',
  'status', 'summary', 'supportAdvice', 'supportChildcare', 'supportEmotional', 'supportFinancial',
  'supportInformational', 'supportPractical', 'taxonomyTerms', 'text', 'tier', 'updatedAt',
  'urgency', 'userId', 'validFrom', 'validTo', 'validUntil', 'website',
  'year'
] AS key
CALL db.createProperty(key);
