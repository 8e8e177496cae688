// Consents of the fictional demo families. Most families consented to sharing with the tent and to anonymous
// statistics; four did not (yet), so the demo shows what a tent participant can and cannot see. Givers follow the
// Dutch age rules: every member with parental authority, plus every child of 12 or older.
UNWIND [
  {family: 'Gezin Verbeek', scopes: ['ANONYMOUS_STATISTICS', 'SHARE_NETWORK_MAP', 'SHARE_WITH_TENT'], givenAt: '2026-10-02T10:00:00Z'},
  {family: 'Gezin El Idrissi', scopes: ['ANONYMOUS_STATISTICS', 'SHARE_WITH_TENT'], givenAt: '2026-06-11T09:30:00Z'},
  {family: 'Gezin Lemmen', scopes: ['ANONYMOUS_STATISTICS', 'SHARE_NETWORK_MAP', 'SHARE_WITH_TENT'], givenAt: '2026-04-20T14:00:00Z'},
  {family: 'Gezin Kurt', scopes: ['SHARE_WITH_TENT'], givenAt: '2026-09-01T11:00:00Z'},
  {family: 'Gezin Willemsen', scopes: ['ANONYMOUS_STATISTICS', 'SHARE_WITH_TENT'], givenAt: '2026-02-14T10:15:00Z'},
  {family: 'Gezin Nowicki', scopes: ['ANONYMOUS_STATISTICS', 'SHARE_NETWORK_MAP', 'SHARE_WITH_TENT'], givenAt: '2026-07-07T13:00:00Z'},
  {family: 'Gezin Bos', scopes: ['ANONYMOUS_STATISTICS'], givenAt: '2026-03-03T09:00:00Z'},
  {family: 'Gezin Gebremariam', scopes: ['ANONYMOUS_STATISTICS', 'SHARE_WITH_TENT'], givenAt: '2026-05-19T15:30:00Z'},
  {family: 'Gezin Rongen', scopes: ['ANONYMOUS_STATISTICS', 'SHARE_NETWORK_MAP', 'SHARE_WITH_TENT'], givenAt: '2026-08-25T10:00:00Z'},
  {family: 'Gezin Smits', scopes: ['ANONYMOUS_STATISTICS', 'SHARE_WITH_TENT'], givenAt: '2026-01-28T11:45:00Z'},
  {family: 'Gezin Haddad', scopes: ['ANONYMOUS_STATISTICS', 'SHARE_WITH_TENT'], givenAt: '2026-10-15T09:00:00Z'},
  {family: 'Gezin Vossen', scopes: ['ANONYMOUS_STATISTICS', 'SHARE_NETWORK_MAP', 'SHARE_WITH_TENT'], givenAt: '2026-06-30T14:20:00Z'},
  {family: 'Gezin Ahmadi', scopes: ['SHARE_WITH_TENT'], givenAt: '2026-09-12T10:00:00Z'},
  {family: 'Gezin Maessen', scopes: ['ANONYMOUS_STATISTICS', 'SHARE_WITH_TENT'], givenAt: '2026-03-22T16:00:00Z'},
  {family: 'Gezin Gielen', scopes: ['ANONYMOUS_STATISTICS', 'SHARE_NETWORK_MAP', 'SHARE_WITH_TENT'], givenAt: '2026-04-08T09:30:00Z'},
  {family: 'Gezin Van Kempen', scopes: ['ANONYMOUS_STATISTICS', 'SHARE_WITH_TENT'], givenAt: '2026-05-05T10:00:00Z'},
  {family: 'Gezin Çelik', scopes: ['ANONYMOUS_STATISTICS', 'SHARE_WITH_TENT'], givenAt: '2026-07-21T11:00:00Z'},
  {family: 'Gezin Hanssen', scopes: ['ANONYMOUS_STATISTICS'], givenAt: '2026-02-02T13:00:00Z'},
  {family: 'Gezin Kowalski', scopes: ['ANONYMOUS_STATISTICS', 'SHARE_NETWORK_MAP', 'SHARE_WITH_TENT'], givenAt: '2026-08-04T09:45:00Z'},
  {family: 'Gezin Derks', scopes: ['ANONYMOUS_STATISTICS', 'SHARE_WITH_TENT'], givenAt: '2026-10-27T10:30:00Z'},
  {family: 'Gezin Berden', scopes: ['ANONYMOUS_STATISTICS', 'SHARE_WITH_TENT'], givenAt: '2026-06-16T15:00:00Z'}
] AS row
MATCH (f:Family {name: row.family})
CALL (f, row) {
  OPTIONAL MATCH (p:Person)-[m:MEMBER_OF]->(f)
  WHERE m.authority OR (m.role = 'CHILD' AND p.birthDate <= date(datetime(row.givenAt)) - duration('P12Y'))
  RETURN collect(p) AS givers
}
CREATE (c:Consent {id: randomUUID(), scopes: row.scopes, givenAt: datetime(row.givenAt),
                   createdAt: datetime(), updatedAt: datetime()})
CREATE (f)-[:HAS_CONSENT]->(c)
FOREACH (p IN givers | CREATE (c)-[:GIVEN_BY]->(p));
