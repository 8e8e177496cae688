// Fictional demo data for the municipality of Peel en Maas. All persons, organisations and contact
// details are invented; only the names of the kernen are real. Ids are fixed UUIDs.
// Executed by the application in file-name order, in one transaction, after the migrations.

// Matches of the demo help questions (FOR_QUESTION by id, WITH_HELPER a professional or community resource by name):
// every MATCHED question has an active match, closed questions have closed matches with their outcome, and Gezin
// Verbeek's questions have fresh proposals for the tent page. The ladder step follows from the helper. Capacities in
// 02-directory are the places still open next to these active matches. Ruud Geurts, the demo professional, helps Gezin
// Nowicki (started), so he reads that family through the match as well as Gezin Verbeek through his tent session.
UNWIND [
  {id: '7cfb4d87-9476-56f0-bf03-14b97f7d4fc5', question: 'e2bcae20-6f71-5a32-9731-7aa12c11c9da', kind: 'PROFESSIONAL', helper: 'Ruud Geurts', status: 'STARTED', outcome: null,
   proposedAt: '2025-11-25T10:00:00Z', confirmedAt: '2025-12-02T14:00:00Z', startedAt: '2025-12-09T09:30:00Z', closedAt: null,
   note: 'Uitzoeken welke toeslagen terug moeten en een betalingsregeling treffen.'},
  {id: 'eaa335ba-75ac-53c8-ad73-6d696a3081a5', question: 'b2cb2342-6802-51f3-a318-a0578cd1f602', kind: 'PROFESSIONAL', helper: 'Ruud Geurts', status: 'CLOSED', outcome: 'HELPED',
   proposedAt: '2025-08-04T09:00:00Z', confirmedAt: '2025-08-11T11:00:00Z', startedAt: '2025-08-25T10:00:00Z', closedAt: '2026-02-20T14:00:00Z',
   note: 'Schuldregeling rond; budgetplan loopt.'},
  {id: 'ce1526dd-f175-5a30-b38d-1187a18875a4', question: '364d4602-f6fb-5c98-8e7a-983db451b853', kind: 'PROFESSIONAL', helper: 'Ruud Geurts', status: 'PROPOSED', outcome: null,
   proposedAt: '2026-11-18T15:00:00Z', confirmedAt: null, startedAt: null, closedAt: null,
   note: 'Kennismaking na de tent; eerst overzicht van de aanmaningen.'},
  {id: '98e56fee-3e79-53cf-aa4f-d7e4ad8a0521', question: '364d4602-f6fb-5c98-8e7a-983db451b853', kind: 'COMMUNITY', helper: 'Schuldmaatjes Peel en Maas', status: 'PROPOSED', outcome: null,
   proposedAt: '2026-11-18T15:10:00Z', confirmedAt: null, startedAt: null, closedAt: null,
   note: 'Een schuldmaatje helpt Mark en Linda de post bij te houden.'},
  {id: '2e677175-eec6-5da0-8016-6ceaeb43a235', question: '6208f8d8-0291-55ff-a4aa-1af85bedef47', kind: 'PROFESSIONAL', helper: 'Chantal Mulders', status: 'PROPOSED', outcome: null,
   proposedAt: '2026-11-19T09:00:00Z', confirmedAt: null, startedAt: null, closedAt: null,
   note: 'Gesprek met Daan, zijn mentor en de ouders.'},
  {id: 'b2a6e16d-8059-55fc-968b-85e17f0df84a', question: 'a6106794-d500-5ccc-8943-8168686a2e84', kind: 'PROFESSIONAL', helper: 'Bart Hermans', status: 'STARTED', outcome: null,
   proposedAt: '2026-05-19T16:00:00Z', confirmedAt: '2026-05-22T10:00:00Z', startedAt: '2026-06-02T09:00:00Z', closedAt: null,
   note: 'Observatie thuis en op school, daarna oudertraining.'},
  {id: 'd90fb57b-6ab2-5d03-88b9-5f1c3ff5fde8', question: '217e8c87-07e4-5c21-bc3e-b8370598d5e8', kind: 'COMMUNITY', helper: 'Steungezinnen Noord-Limburg', status: 'STARTED', outcome: null,
   proposedAt: '2026-05-19T16:10:00Z', confirmedAt: '2026-06-05T13:00:00Z', startedAt: '2026-06-20T10:00:00Z', closedAt: null,
   note: 'Een steungezin in Helden, een middag per week.'},
  {id: 'c4638d6d-252f-5475-ac84-7a7498b2eca7', question: '7d9db8b0-5c80-57e3-a77b-d647df3792da', kind: 'PROFESSIONAL', helper: 'Lars Vermeulen', status: 'STARTED', outcome: null,
   proposedAt: '2026-03-10T15:00:00Z', confirmedAt: '2026-03-12T11:00:00Z', startedAt: '2026-03-17T15:30:00Z', closedAt: null,
   note: 'Vijf gesprekken met Deniz, twee met de ouders erbij.'},
  {id: '3cf5f6d0-12c9-5d0b-9caf-766250649a89', question: '7d9db8b0-5c80-57e3-a77b-d647df3792da', kind: 'COMMUNITY', helper: 'Jongerenplek De Peelpoort', status: 'CONFIRMED', outcome: null,
   proposedAt: '2026-03-10T15:10:00Z', confirmedAt: '2026-03-20T19:00:00Z', startedAt: null, closedAt: null,
   note: 'Yusuf nodigt Deniz uit voor de jongerenavond.'},
  {id: 'a4b85b09-2add-5af1-8633-f881a7406344', question: '086b1529-d5ef-5fd3-9a6a-b4d3e6eb3701', kind: 'PROFESSIONAL', helper: 'Els Rutten', status: 'STARTED', outcome: null,
   proposedAt: '2025-10-14T16:00:00Z', confirmedAt: '2025-10-16T10:00:00Z', startedAt: '2025-10-28T15:00:00Z', closedAt: null,
   note: 'Traject jonge mantelzorgers met Thijs.'},
  {id: '85d4c5c2-3300-56c9-a2ed-2a5b01f23690', question: '086b1529-d5ef-5fd3-9a6a-b4d3e6eb3701', kind: 'COMMUNITY', helper: 'Club Jonge Mantelzorgers', status: 'STARTED', outcome: null,
   proposedAt: '2025-10-14T16:10:00Z', confirmedAt: '2025-10-30T16:00:00Z', startedAt: '2025-11-12T16:00:00Z', closedAt: null,
   note: null},
  {id: '20c5b24e-6e91-5ccc-9f7f-56cc51996d73', question: 'bc44c140-77c6-5785-9fda-77dd9a5badf9', kind: 'PROFESSIONAL', helper: 'Wendy Driessen', status: 'CLOSED', outcome: 'HELPED',
   proposedAt: '2025-09-20T10:00:00Z', confirmedAt: '2025-09-25T10:00:00Z', startedAt: '2025-10-01T09:00:00Z', closedAt: '2025-12-15T16:00:00Z',
   note: 'Huishoudelijke ondersteuning aangevraagd en toegekend.'},
  {id: 'f3b07420-88a8-5856-b417-fe2038ea329e', question: '635d4043-2dfb-5810-93c0-1baf112e7d45', kind: 'PROFESSIONAL', helper: 'Eva Moonen', status: 'CLOSED', outcome: 'NO_CAPACITY',
   proposedAt: '2025-11-10T09:00:00Z', confirmedAt: null, startedAt: null, closedAt: '2025-11-17T12:00:00Z',
   note: 'Wachtlijst van acht weken.'},
  {id: '56b25e1f-fb06-5e80-83a8-54289b832ff7', question: '635d4043-2dfb-5810-93c0-1baf112e7d45', kind: 'PROFESSIONAL', helper: 'Rianne Jacobs', status: 'STARTED', outcome: null,
   proposedAt: '2025-11-18T09:00:00Z', confirmedAt: '2025-11-24T14:00:00Z', startedAt: '2025-12-03T10:00:00Z', closedAt: null,
   note: null},
  {id: '0710a8c9-a44b-5e6d-8dd4-8622797e2e1f', question: 'e6da55db-e7f8-544c-87ed-8b80aca33d58', kind: 'PROFESSIONAL', helper: 'Judith Heijnen', status: 'CLOSED', outcome: 'NO_CLICK',
   proposedAt: '2026-02-20T10:00:00Z', confirmedAt: null, startedAt: null, closedAt: '2026-03-02T11:00:00Z',
   note: 'Luuk voelde zich niet op zijn gemak.'},
  {id: 'dd714e19-0a71-5ecc-a034-6ee9b4002595', question: 'e6da55db-e7f8-544c-87ed-8b80aca33d58', kind: 'PROFESSIONAL', helper: 'Rianne Jacobs', status: 'STARTED', outcome: null,
   proposedAt: '2026-03-05T09:00:00Z', confirmedAt: '2026-03-09T15:00:00Z', startedAt: '2026-03-16T10:00:00Z', closedAt: null,
   note: null},
  {id: '4ac8d8fa-29ca-55c4-84be-e13caf3103bf', question: 'ec012aaa-15cc-57f0-bc62-b4ae7fa1adaf', kind: 'PROFESSIONAL', helper: 'Koen Willems', status: 'STARTED', outcome: null,
   proposedAt: '2026-03-20T10:00:00Z', confirmedAt: '2026-03-27T10:00:00Z', startedAt: '2026-04-08T13:00:00Z', closedAt: null,
   note: 'Systeemgesprekken met het hele gezin.'},
  {id: '7f63a856-c7da-5d94-99f0-53968053e528', question: 'ac7cc420-d55a-5817-856c-181cf8cb8857', kind: 'PROFESSIONAL', helper: 'Gerard Linders', status: 'CONFIRMED', outcome: null,
   proposedAt: '2026-05-20T09:00:00Z', confirmedAt: '2026-06-01T11:00:00Z', startedAt: null, closedAt: null,
   note: 'Werkervaringsplek zoeken voor Jort.'},
  {id: '93a3b6f4-7537-5753-9f71-55cc5ef9a663', question: 'fb8d1717-b0f3-5e83-8a4e-7e9a77c075a9', kind: 'PROFESSIONAL', helper: 'Michel Timmermans', status: 'STARTED', outcome: null,
   proposedAt: '2026-02-03T10:00:00Z', confirmedAt: '2026-02-05T10:00:00Z', startedAt: '2026-02-12T14:00:00Z', closedAt: null,
   note: null},
  {id: '65547c3b-56ed-50cf-9791-cbcde573cd5a', question: 'a48aba69-6746-5bb2-8fec-2e68917b43b4', kind: 'PROFESSIONAL', helper: 'Thomas Gubbels', status: 'STARTED', outcome: null,
   proposedAt: '2026-07-07T08:00:00Z', confirmedAt: '2026-07-08T09:00:00Z', startedAt: '2026-07-09T10:00:00Z', closedAt: null,
   note: 'Crisis: binnen twee dagen gestart.'},
  {id: 'ff9dc941-0a73-5b08-9063-4b3ef532fafb', question: 'a0be8aa8-4974-517f-a1ae-b3bfe41e14d1', kind: 'PROFESSIONAL', helper: 'Tim Kessels', status: 'STARTED', outcome: null,
   proposedAt: '2026-03-18T10:00:00Z', confirmedAt: '2026-03-25T15:00:00Z', startedAt: '2026-04-01T15:00:00Z', closedAt: null,
   note: 'Samen met Amira bijbaan en studiekeuze uitzoeken.'},
  {id: '1da03f01-eb2d-5844-9655-6e089b903535', question: '67ff9937-00ac-5b85-b336-68df900c6cf1', kind: 'COMMUNITY', helper: 'Maatjesproject Samen Koffie', status: 'CLOSED', outcome: 'HELPED',
   proposedAt: '2025-12-10T10:00:00Z', confirmedAt: '2025-12-20T10:00:00Z', startedAt: '2026-01-08T10:00:00Z', closedAt: '2026-04-14T11:00:00Z',
   note: null},
  {id: 'b57852de-4faa-5df1-ba12-65711eb793a4', question: '6f2e0515-5231-5400-9866-1da88ab9289d', kind: 'PROFESSIONAL', helper: 'Sophie Lenders', status: 'CLOSED', outcome: 'REFERRED',
   proposedAt: '2025-05-20T10:00:00Z', confirmedAt: '2025-05-26T10:00:00Z', startedAt: '2025-06-02T10:00:00Z', closedAt: '2025-09-30T10:00:00Z',
   note: 'Doorverwezen naar specialistische traumabehandeling.'},
  {id: '6a669fe7-742d-5ff2-8ac7-9e2d0dd2894e', question: 'c5251d50-bfae-5ccd-838b-76c730021e70', kind: 'PROFESSIONAL', helper: 'Esther Vostermans', status: 'CLOSED', outcome: 'HELPED',
   proposedAt: '2025-04-28T10:00:00Z', confirmedAt: '2025-05-06T10:00:00Z', startedAt: '2025-05-13T10:00:00Z', closedAt: '2026-01-12T10:00:00Z',
   note: null},
  {id: 'ad8ca208-29fc-5b7c-94a5-a881315be4d3', question: '207b99d7-6e00-5380-8867-db24617408d4', kind: 'PROFESSIONAL', helper: 'Chantal Mulders', status: 'CLOSED', outcome: 'HELPED',
   proposedAt: '2026-01-26T10:00:00Z', confirmedAt: '2026-01-28T10:00:00Z', startedAt: '2026-02-04T10:00:00Z', closedAt: '2026-06-30T15:00:00Z',
   note: null},
  {id: '5be7d626-8c9e-5208-a5a9-4f890012b4b6', question: '8f1e2845-41e4-548a-8e4a-5d9e15643d9c', kind: 'PROFESSIONAL', helper: 'Agnieszka Kowalczyk', status: 'CLOSED', outcome: 'NO_LONGER_NEEDED',
   proposedAt: '2025-10-20T10:00:00Z', confirmedAt: '2025-10-27T10:00:00Z', startedAt: '2025-11-05T10:00:00Z', closedAt: '2026-05-01T12:00:00Z',
   note: null}
] AS row
MATCH (h:HelpQuestion {id: row.question})
CALL (row) {
  MATCH (x:Professional {name: row.helper}) WHERE row.kind = 'PROFESSIONAL'
  RETURN x
  UNION
  MATCH (x:CommunityResource {name: row.helper}) WHERE row.kind = 'COMMUNITY'
  RETURN x
}
MERGE (m:Match {id: row.id})
ON CREATE SET m.createdAt = datetime()
SET m.status = row.status, m.ladderStep = CASE WHEN x:Professional THEN x.tier ELSE 'COMMUNITY' END,
    m.outcome = row.outcome, m.note = row.note,
    m.proposedAt = datetime(row.proposedAt), m.confirmedAt = datetime(row.confirmedAt),
    m.startedAt = datetime(row.startedAt), m.closedAt = datetime(row.closedAt), m.updatedAt = datetime()
MERGE (m)-[:FOR_QUESTION]->(h)
MERGE (m)-[:WITH_HELPER]->(x);
