// Fictional demo data for the municipality of Peel en Maas. All persons, organisations and contact
// details are invented; only the names of the kernen are real. Ids are fixed UUIDs.
// Executed by the application in file-name order, in one transaction, after the migrations.

// Families with their members (MEMBER_OF {role, authority}) and help questions (RAISED, CONCERNS, ABOUT).
// livesIn is an area name, coach a professional name (coach = true); `about` is a member's given name.
// Help questions carry their own createdAt.
UNWIND [
  {id: 'e681135a-5698-5371-89c4-ccd6dc53e61d', name: 'Gezin Verbeek', reference: 'PM-2026-001', livesIn: 'Panningen-Noord', coach: 'Anouk Verheijen',
   members: [
     {id: 'af4e4870-a28d-588c-bdb2-2d8e020729d0', givenName: 'Mark', familyName: 'Verbeek', birthDate: '1985-04-12', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '20f6363f-046c-559b-ae51-157ca8e5e388', givenName: 'Linda', familyName: 'Verbeek', birthDate: '1987-09-03', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '44dc01ae-0f1c-5387-8d70-f869eb399487', givenName: 'Daan', familyName: 'Verbeek', birthDate: '2012-06-21', role: 'CHILD', authority: false, languages: ['nl']},
     {id: 'a75d04b5-6726-57cb-b8bb-28a8045593d2', givenName: 'Sara', familyName: 'Verbeek', birthDate: '2017-11-30', role: 'CHILD', authority: false, languages: ['nl']}
   ],
   questions: [
     {id: '364d4602-f6fb-5c98-8e7a-983db451b853', urgency: 'HIGH', status: 'IN_TENT', createdAt: '2026-10-02T09:30:00Z', domains: ['FINANCES', 'WORK_AND_EDUCATION'],
      text: 'Sinds Mark zijn baan kwijt is lopen de schulden op; er liggen aanmaningen van de zorgverzekeraar en de energieleverancier. We willen overzicht en een regeling.'},
     {id: '6208f8d8-0291-55ff-a4aa-1af85bedef47', urgency: 'NORMAL', status: 'IN_TENT', createdAt: '2026-10-02T09:45:00Z', domains: ['SCHOOL', 'DAYTIME_ACTIVITIES'], about: 'Daan',
      text: 'Daan gaat steeds vaker niet naar school en zit veel op zijn kamer te gamen.'}
   ]},
  {id: '216f046f-af25-5872-a45f-dbfda9e84726', name: 'Gezin El Idrissi', reference: 'PM-2026-002', livesIn: 'Panningen-Zuid', coach: 'Fatima El Amrani',
   members: [
     {id: '07b69e0c-2a5d-5431-b64c-67ba6983ee49', givenName: 'Youssef', familyName: 'El Idrissi', birthDate: '1980-02-17', role: 'PARENT', authority: true, languages: ['nl', 'ar']},
     {id: '0429c3b8-a7a7-5314-8f49-a41bbace0b05', givenName: 'Hanane', familyName: 'Bouzid', birthDate: '1984-07-08', role: 'PARENT', authority: true, languages: ['ar', 'nl']},
     {id: '1d206b1e-406b-5541-874f-5d9aa1454e02', givenName: 'Amira', familyName: 'El Idrissi', birthDate: '2010-05-14', role: 'CHILD', authority: false, languages: ['nl', 'ar', 'en']},
     {id: '9e3e455e-ff17-598b-ab62-89eb144ca99d', givenName: 'Bilal', familyName: 'El Idrissi', birthDate: '2013-10-02', role: 'CHILD', authority: false, languages: ['nl', 'ar']},
     {id: '77da0bbd-c7dc-5b8c-85da-2a7337f8fb90', givenName: 'Nour', familyName: 'El Idrissi', birthDate: '2020-01-25', role: 'CHILD', authority: false, languages: ['nl', 'ar']}
   ],
   questions: [
     {id: '4da16e9f-0c19-51f6-bf96-400f5f10b6ed', urgency: 'NORMAL', status: 'OPEN', createdAt: '2026-08-11T13:00:00Z', domains: ['HOUSING', 'PHYSICAL_HEALTH'],
      text: 'Onze woning is te klein en vochtig; de kinderen zijn vaak ziek. We staan al twee jaar ingeschreven voor een grotere woning.'},
     {id: 'a0be8aa8-4974-517f-a1ae-b3bfe41e14d1', urgency: 'LOW', status: 'MATCHED', createdAt: '2026-03-04T10:00:00Z', domains: ['WORK_AND_EDUCATION', 'SOCIAL_NETWORK'], about: 'Amira',
      text: 'Amira wil een bijbaan en een vervolgopleiding kiezen, maar weet niet hoe; ze helpt thuis ook veel mee met de zorg voor Nour.'}
   ]},
  {id: '52e1811a-51f8-5639-af79-07e216d46818', name: 'Gezin Lemmen', reference: 'PM-2026-003', livesIn: 'Helden', coach: 'Bram Hendrikx',
   members: [
     {id: 'ff9dc0b2-7db4-5576-9448-7e511ed280a4', givenName: 'Sandra', familyName: 'Lemmen', birthDate: '1990-08-29', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '2c9774a2-f890-5054-8c4d-bdac7b2afd4d', givenName: 'Jesse', familyName: 'Lemmen', birthDate: '2016-03-11', role: 'CHILD', authority: false, languages: ['nl']},
     {id: 'f0419178-f5f1-561f-a6df-ab1b2f30d7af', givenName: 'Fenna', familyName: 'Lemmen', birthDate: '2019-12-04', role: 'CHILD', authority: false, languages: ['nl']},
     {id: 'bc762270-0f98-5acf-a775-b412d59938be', givenName: 'Truus', familyName: 'Lemmen', birthDate: '1958-05-20', role: 'OTHER', authority: false, languages: ['nl']}
   ],
   questions: [
     {id: 'a6106794-d500-5ccc-8943-8168686a2e84', urgency: 'HIGH', status: 'MATCHED', createdAt: '2026-04-07T08:15:00Z', domains: ['CHILD_DEVELOPMENT', 'PARENTING', 'SCHOOL'], about: 'Jesse',
      text: 'Jesse heeft veel driftbuien thuis en op school; de school vermoedt ADHD. Ik weet niet meer hoe ik hem moet aanpakken.'},
     {id: '217e8c87-07e4-5c21-bc3e-b8370598d5e8', urgency: 'NORMAL', status: 'MATCHED', createdAt: '2026-04-07T08:30:00Z', domains: ['SOCIAL_NETWORK'], about: 'Sandra',
      text: 'Ik sta er alleen voor en heb weinig mensen om op terug te vallen nu mijn moeder minder kan.'}
   ]},
  {id: '88398839-3b81-5982-b5fe-c58a5103e709', name: 'Gezin Kurt', reference: 'PM-2026-004', livesIn: 'Meijel', coach: 'Selin Yilmaz',
   members: [
     {id: '66b24326-7923-5015-9038-6f7b2fa0fbdf', givenName: 'Emre', familyName: 'Kurt', birthDate: '1982-01-15', role: 'PARENT', authority: true, languages: ['tr', 'nl']},
     {id: 'abf4ea7c-889b-5581-978f-af1065401e88', givenName: 'Ayşe', familyName: 'Kurt', birthDate: '1986-06-30', role: 'PARENT', authority: true, languages: ['tr', 'nl']},
     {id: '03d58a45-1ef5-5854-b8bc-1ce1270fb6e4', givenName: 'Deniz', familyName: 'Kurt', birthDate: '2011-04-18', role: 'CHILD', authority: false, languages: ['nl', 'tr']},
     {id: '2e96d6e3-534a-5131-b981-a863d3b4cbc0', givenName: 'Elif', familyName: 'Kurt', birthDate: '2015-09-09', role: 'CHILD', authority: false, languages: ['nl', 'tr']}
   ],
   questions: [
     {id: '7d9db8b0-5c80-57e3-a77b-d647df3792da', urgency: 'HIGH', status: 'MATCHED', createdAt: '2026-02-09T15:20:00Z', domains: ['SUBSTANCE_USE', 'JUSTICE', 'PARENTING'], about: 'Deniz',
      text: 'Deniz blowt regelmatig en is na een vernieling in aanraking gekomen met de politie. We weten niet hoe we hem nog bereiken.'}
   ]},
  {id: '147d7c4c-1dcc-5efa-a3c6-d6168a1bd10f', name: 'Gezin Willemsen', reference: 'PM-2026-005', livesIn: 'Kessel', coach: 'Marieke Janssen',
   members: [
     {id: 'e209e8f0-6d9d-55a4-a390-03e2b4965dff', givenName: 'Rik', familyName: 'Willemsen', birthDate: '1983-11-02', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '0f3fbafe-5e35-5330-9e03-df5b5e1b8b83', givenName: 'Ellen', familyName: 'Bouten', birthDate: '1985-03-27', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '868c2896-c78e-5b29-bcc3-c239370fd667', givenName: 'Lotte', familyName: 'Willemsen', birthDate: '2014-02-08', role: 'CHILD', authority: false, languages: ['nl']},
     {id: 'b398f76f-7ea9-5a4b-8350-083d59b3bcb9', givenName: 'Sem', familyName: 'Willemsen', birthDate: '2017-07-19', role: 'CHILD', authority: false, languages: ['nl']}
   ],
   questions: [
     {id: 'b5d301be-1aaa-572c-9e6c-3f63e9614a0e', urgency: 'HIGH', status: 'IN_TENT', createdAt: '2026-10-27T11:00:00Z', domains: ['DOMESTIC_RELATIONS', 'PARENTING', 'SAFETY'],
      text: 'Sinds de scheiding is er veel ruzie over de omgangsregeling; de kinderen raken klem tussen ons.'},
     {id: '62c4fdea-e47a-5f3f-9e81-f86253844aad', urgency: 'NORMAL', status: 'IN_TENT', createdAt: '2026-10-27T11:10:00Z', domains: ['MENTAL_HEALTH', 'CHILD_DEVELOPMENT'], about: 'Lotte',
      text: 'Lotte slaapt slecht en heeft buikpijn voordat ze naar haar vader gaat.'}
   ]},
  {id: 'bc7b475b-3545-575d-a3e4-f4a61cfbe3a1', name: 'Gezin Nowicki', reference: 'PM-2025-041', livesIn: 'Maasbree', coach: 'Joost Peeters',
   members: [
     {id: '9dae8482-6f67-5e25-9614-42d73a8b8a39', givenName: 'Piotr', familyName: 'Nowicki', birthDate: '1988-05-05', role: 'PARENT', authority: true, languages: ['pl', 'nl']},
     {id: '431d2d41-5841-52ed-9113-10ff60b803c4', givenName: 'Magda', familyName: 'Nowicka', birthDate: '1990-10-12', role: 'PARENT', authority: true, languages: ['pl', 'en']},
     {id: '7bd5fa0e-e8bc-55c9-9438-ed6ee0104ba8', givenName: 'Zofia', familyName: 'Nowicka', birthDate: '2019-06-01', role: 'CHILD', authority: false, languages: ['pl', 'nl']},
     {id: '4672fac4-1ef1-5add-bb96-50d28e08bfdb', givenName: 'Jan', familyName: 'Nowicki', birthDate: '2023-02-14', role: 'CHILD', authority: false, languages: ['pl', 'nl']}
   ],
   questions: [
     {id: 'e2bcae20-6f71-5a32-9731-7aa12c11c9da', urgency: 'NORMAL', status: 'MATCHED', createdAt: '2025-11-18T09:00:00Z', domains: ['FINANCES'],
      text: 'We begrijpen de brieven van de Belastingdienst over de toeslagen niet en moeten mogelijk geld terugbetalen.'},
     {id: '6dda5219-2849-5e60-96ec-29e15b4afb97', urgency: 'NORMAL', status: 'OPEN', createdAt: '2026-09-22T10:30:00Z', domains: ['CHILD_DEVELOPMENT'], about: 'Jan',
      text: 'Jan praat nog weinig; het consultatiebureau adviseert onderzoek naar zijn taalontwikkeling.'}
   ]},
  {id: '4d6c12ca-e7e4-5ac1-a95d-23624b80a7b9', name: 'Gezin Bos', reference: 'PM-2025-028', livesIn: 'Baarlo', coach: 'Joost Peeters',
   members: [
     {id: 'b4575e49-da5e-5519-8815-314aeee5212f', givenName: 'Wim', familyName: 'Bos', birthDate: '1979-09-14', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '568ba996-8ac4-561c-97e9-4a04d8d99cfa', givenName: 'Karin', familyName: 'Bos', birthDate: '1981-12-01', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '1fda9a04-f6ef-5f4a-a2fa-1fa24efc40f6', givenName: 'Thijs', familyName: 'Bos', birthDate: '2009-08-23', role: 'CHILD', authority: false, languages: ['nl']},
     {id: 'c6e55e86-964a-54dc-b8d2-c6f447f8b858', givenName: 'Eva', familyName: 'Bos', birthDate: '2012-04-04', role: 'CHILD', authority: false, languages: ['nl']}
   ],
   questions: [
     {id: '086b1529-d5ef-5fd3-9a6a-b4d3e6eb3701', urgency: 'NORMAL', status: 'MATCHED', createdAt: '2025-09-08T14:00:00Z', domains: ['PHYSICAL_HEALTH', 'SCHOOL', 'SOCIAL_NETWORK'], about: 'Thijs',
      text: 'Karin is chronisch ziek; Thijs neemt veel zorgtaken over en zijn schoolresultaten gaan achteruit.'},
     {id: 'bc44c140-77c6-5785-9fda-77dd9a5badf9', urgency: 'LOW', status: 'CLOSED', createdAt: '2025-09-08T14:20:00Z', closedAt: '2025-12-15T16:00:00Z', domains: ['INSTRUMENTAL_ADL'], about: 'Karin',
      text: 'We zoeken hulp bij het aanvragen van huishoudelijke ondersteuning.'}
   ]},
  {id: 'e4a221a2-37cb-5749-9197-e450a6223006', name: 'Gezin Gebremariam', reference: 'PM-2026-006', livesIn: 'Panningen-Centrum', coach: 'Fatima El Amrani',
   members: [
     {id: 'ac258529-dffb-5bb7-bfbe-a337064aaecf', givenName: 'Yonas', familyName: 'Gebremariam', birthDate: '1987-03-03', role: 'PARENT', authority: true, languages: ['ti', 'nl', 'en']},
     {id: 'af081d35-c0ca-548b-8352-5c3de243f707', givenName: 'Senait', familyName: 'Tesfamariam', birthDate: '1992-08-16', role: 'PARENT', authority: true, languages: ['ti']},
     {id: '5219e1e5-fa1e-5b62-818e-5120dfc881a4', givenName: 'Kidane', familyName: 'Gebremariam', birthDate: '2016-11-07', role: 'CHILD', authority: false, languages: ['nl', 'ti']},
     {id: '0c568a2f-3b38-5314-afc0-37ca68e135b6', givenName: 'Selam', familyName: 'Gebremariam', birthDate: '2021-05-28', role: 'CHILD', authority: false, languages: ['ti', 'nl']}
   ],
   questions: [
     {id: 'c466e5c2-c839-544c-88ee-9175b0853c4f', urgency: 'LOW', status: 'OPEN', createdAt: '2026-06-15T10:00:00Z', domains: ['SOCIAL_PARTICIPATION', 'SOCIAL_NETWORK'],
      text: 'We willen graag dat de kinderen gaan sporten en dat wij beter Nederlands leren om contact te maken met andere ouders.'},
     {id: 'aaea5967-b69f-5783-8a85-578b21b43dfe', urgency: 'HIGH', status: 'OPEN', createdAt: '2026-11-10T09:00:00Z', domains: ['FINANCES', 'HOUSING'],
      text: 'Er is een huurachterstand ontstaan en we zijn bang de woning kwijt te raken.'}
   ]},
  {id: 'd41cfe0e-2a26-50d2-9841-5fd4e3bc2107', name: 'Gezin Rongen', reference: 'PM-2026-007', livesIn: 'Egchel', coach: 'Anouk Verheijen',
   members: [
     {id: 'a547d6d9-9d27-58ee-a921-4ef790f0ae15', givenName: 'Jeroen', familyName: 'Rongen', birthDate: '1978-01-30', role: 'PARENT', authority: true, languages: ['nl']},
     {id: 'fd4996a5-823d-5255-969b-c880a1f5ed36', givenName: 'Marloes', familyName: 'Rongen', birthDate: '1980-06-17', role: 'PARENT', authority: true, languages: ['nl']},
     {id: 'fa2216a1-23f6-51a4-a021-66f512948c4e', givenName: 'Bas', familyName: 'Rongen', birthDate: '2009-03-09', role: 'CHILD', authority: false, languages: ['nl']},
     {id: 'ca6cb677-b817-51f9-86dd-b31c1684e74e', givenName: 'Mila', familyName: 'Rongen', birthDate: '2013-05-22', role: 'CHILD', authority: false, languages: ['nl']},
     {id: '56d9e35c-46ef-5985-96cf-226a7847ba74', givenName: 'Tess', familyName: 'Rongen', birthDate: '2013-05-22', role: 'CHILD', authority: false, languages: ['nl']}
   ],
   questions: [
     {id: '207b99d7-6e00-5380-8867-db24617408d4', urgency: 'NORMAL', status: 'CLOSED', createdAt: '2026-01-19T12:00:00Z', closedAt: '2026-06-30T15:00:00Z', domains: ['MENTAL_HEALTH', 'SCHOOL'], about: 'Mila',
      text: 'Mila en Tess worden gepest en Mila trekt zich steeds meer terug; ze eet slecht.'}
   ]},
  {id: '446602f2-2f64-5f87-8d35-2f15f456a934', name: 'Gezin Smits', livesIn: 'Beringe', coach: 'Bram Hendrikx',
   members: [
     {id: 'f979f58b-3e40-545c-8ee3-f2c343ac689d', givenName: 'Dennis', familyName: 'Smits', birthDate: '1992-02-26', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '129f17ab-9f4d-5e7c-adb4-614bb6ae5f7d', givenName: 'Kelly', familyName: 'Smits', birthDate: '1995-10-10', role: 'PARENT', authority: true, languages: ['nl']},
     {id: 'bfd8204e-7a2d-55bf-b888-f7ea9ea8a5c5', givenName: 'Noah', familyName: 'Smits', birthDate: '2021-07-03', role: 'CHILD', authority: false, languages: ['nl']},
     {id: 'e249e229-3937-5a36-a6ea-3b7db5806c66', givenName: 'Liam', familyName: 'Smits', birthDate: '2025-08-15', role: 'CHILD', authority: false, languages: ['nl']}
   ],
   questions: [
     {id: '635d4043-2dfb-5810-93c0-1baf112e7d45', urgency: 'HIGH', status: 'MATCHED', createdAt: '2025-11-03T08:45:00Z', domains: ['MENTAL_HEALTH', 'PARENTING'], about: 'Kelly',
      text: 'Kelly voelt zich sinds de geboorte van Liam erg somber en moe; Dennis werkt in ploegendienst en kan weinig thuis zijn.'}
   ]},
  {id: '9596cc64-b3be-5041-8ddd-904f5e7cbb88', name: 'Gezin Van Rens', reference: 'PM-2025-033', livesIn: 'Grashoek', coach: 'Selin Yilmaz',
   members: [
     {id: 'eea54086-4794-5a56-91cb-ab5ccd458937', givenName: 'Stefan', familyName: 'van Rens', birthDate: '1975-12-12', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '6fbc6a28-67b1-5454-9111-c6ac1aa21cce', givenName: 'Luuk', familyName: 'van Rens', birthDate: '2011-01-28', role: 'CHILD', authority: false, languages: ['nl']},
     {id: 'fda41d76-731d-5dde-8fa8-dab8a25768ee', givenName: 'Femke', familyName: 'van Rens', birthDate: '2014-09-13', role: 'CHILD', authority: false, languages: ['nl']}
   ],
   questions: [
     {id: '8f1e2845-41e4-548a-8e4a-5d9e15643d9c', urgency: 'NORMAL', status: 'CLOSED', createdAt: '2025-10-06T10:00:00Z', closedAt: '2026-05-01T12:00:00Z', domains: ['INSTRUMENTAL_ADL', 'DOMESTIC_RELATIONS'], about: 'Stefan',
      text: 'Na het overlijden van mijn vrouw lukt het niet om het huishouden en de kinderen te combineren met mijn werk.'},
     {id: 'e6da55db-e7f8-544c-87ed-8b80aca33d58', urgency: 'NORMAL', status: 'MATCHED', createdAt: '2026-02-02T16:00:00Z', domains: ['MENTAL_HEALTH'], about: 'Luuk',
      text: 'Luuk is erg boos en verdrietig sinds zijn moeder is overleden; hij wil er met niemand over praten.'}
   ]},
  {id: 'd7a79efc-afe3-5019-8943-d5b6f6790c7f', name: 'Gezin Haddad', reference: 'PM-2026-008', livesIn: 'Kessel-Eik', coach: 'Marieke Janssen',
   members: [
     {id: '35980953-b8cf-5f86-950a-e682a1df1e2b', givenName: 'Khaled', familyName: 'Haddad', birthDate: '1979-04-01', role: 'PARENT', authority: true, languages: ['ar', 'nl']},
     {id: '8224662e-5b30-54ff-9995-d3be900a5360', givenName: 'Rania', familyName: 'Haddad', birthDate: '1985-02-19', role: 'PARENT', authority: true, languages: ['ar', 'en']},
     {id: '924d06a2-ac49-5109-90b9-ef98748b572a', givenName: 'Omar', familyName: 'Haddad', birthDate: '2012-08-30', role: 'CHILD', authority: false, languages: ['nl', 'ar']},
     {id: '26008884-9244-5466-9d3e-08adcc54e398', givenName: 'Layla', familyName: 'Haddad', birthDate: '2015-12-21', role: 'CHILD', authority: false, languages: ['nl', 'ar']},
     {id: '087d55c7-aad0-52ba-a735-3bbadd7a6077', givenName: 'Yara', familyName: 'Haddad', birthDate: '2019-03-15', role: 'CHILD', authority: false, languages: ['nl', 'ar']}
   ],
   questions: [
     {id: '718705cc-4cb3-53a2-b9bd-609446aef2ed', urgency: 'HIGH', status: 'OPEN', createdAt: '2026-10-20T13:30:00Z', domains: ['SAFETY', 'CHILD_DEVELOPMENT', 'DOMESTIC_RELATIONS'], about: 'Omar',
      text: 'Omar is vaak boos en gooit met spullen; de school maakt zich zorgen over spanningen thuis.'}
   ]},
  {id: 'c7dd5887-da24-5ccf-8e7b-0d5b6a264915', name: 'Gezin Vossen', reference: 'PM-2026-009', livesIn: 'Panningen-Centrum', coach: 'Anouk Verheijen',
   members: [
     {id: 'fbbf3569-7389-535e-9a05-c3746d9d722a', givenName: 'Nicole', familyName: 'Vossen', birthDate: '1991-07-07', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '7f682125-6dfb-5ab7-a578-9bfaa9234bbb', givenName: 'Ricardo', familyName: 'Santos', birthDate: '1990-11-23', role: 'PARENT', authority: false, languages: ['nl', 'pt']},
     {id: 'd963a5de-edd3-5a79-9f52-77071f7f9a24', givenName: 'Milan', familyName: 'Vossen', birthDate: '2013-01-16', role: 'CHILD', authority: false, languages: ['nl']}
   ],
   questions: [
     {id: 'c0609e46-1e23-5457-9038-7a16b41cd603', urgency: 'HIGH', status: 'OPEN', createdAt: '2026-09-15T09:00:00Z', domains: ['SCHOOL', 'CHILD_DEVELOPMENT'], about: 'Milan',
      text: 'Milan heeft autisme en zit sinds de zomer thuis omdat er geen passende school voor hem is.'}
   ]},
  {id: '1e5f2d54-9c6d-5456-8cd2-672c9c5a7b04', name: 'Gezin Kusters', reference: 'PM-2026-010', livesIn: 'Helden', coach: 'Bram Hendrikx',
   members: [
     {id: 'e00a8766-e8db-5dd9-9ad6-cde292371ce4', givenName: 'Paul', familyName: 'Kusters', birthDate: '1976-03-08', role: 'PARENT', authority: true, languages: ['nl']},
     {id: 'cee4cb0c-52c1-57d1-9171-05f796d006a2', givenName: 'Monique', familyName: 'Kusters', birthDate: '1977-08-25', role: 'PARENT', authority: true, languages: ['nl']},
     {id: 'f0f4c13f-8e1e-5b98-ae2f-ca3e7b6b421a', givenName: 'Stijn', familyName: 'Kusters', birthDate: '2010-10-10', role: 'CHILD', authority: false, languages: ['nl']},
     {id: '6efc7961-8eec-53ac-9b5f-c704eb720a83', givenName: 'Roos', familyName: 'Kusters', birthDate: '2012-12-12', role: 'CHILD', authority: false, languages: ['nl']}
   ],
   questions: [
     {id: 'ec012aaa-15cc-57f0-bc62-b4ae7fa1adaf', urgency: 'HIGH', status: 'MATCHED', createdAt: '2026-03-16T19:00:00Z', domains: ['SUBSTANCE_USE', 'SAFETY', 'DOMESTIC_RELATIONS'], about: 'Paul',
      text: 'Paul drinkt de laatste tijd veel en er is thuis regelmatig ruzie; de kinderen zijn daar bang van.'}
   ]},
  {id: '71bccb63-e6a2-5bf6-b644-e1d24a61f93c', name: 'Gezin Ahmadi', livesIn: 'Maasbree', coach: 'Joost Peeters',
   members: [
     {id: 'bff2b374-8a20-51a7-ae16-2ddb5c66608a', givenName: 'Farid', familyName: 'Ahmadi', birthDate: '1984-06-06', role: 'PARENT', authority: true, languages: ['fa', 'nl']},
     {id: '994a756c-ca48-5bdf-8833-321a43002d06', givenName: 'Mariam', familyName: 'Ahmadi', birthDate: '1989-01-09', role: 'PARENT', authority: true, languages: ['fa']},
     {id: 'c36b2fc9-337b-592f-85a9-ec86810fe2fa', givenName: 'Sahar', familyName: 'Ahmadi', birthDate: '2014-04-27', role: 'CHILD', authority: false, languages: ['nl', 'fa']},
     {id: '3ff42b17-e080-51c1-81fb-fa63828f8962', givenName: 'Arman', familyName: 'Ahmadi', birthDate: '2018-08-08', role: 'CHILD', authority: false, languages: ['nl', 'fa']}
   ],
   questions: [
     {id: '67ff9937-00ac-5b85-b336-68df900c6cf1', urgency: 'LOW', status: 'CLOSED', createdAt: '2025-12-01T10:00:00Z', closedAt: '2026-04-14T11:00:00Z', domains: ['SOCIAL_NETWORK', 'SOCIAL_PARTICIPATION'], about: 'Mariam',
      text: 'We zijn nieuw in Maasbree en kennen nog weinig mensen; Mariam wil graag Nederlands oefenen.'}
   ]},
  {id: '444505d7-c63f-544b-bec8-ee38c9267e8b', name: 'Gezin Maessen', reference: 'PM-2026-011', livesIn: 'Meijel', coach: 'Selin Yilmaz',
   members: [
     {id: '09ac1c71-5ae6-5606-abf8-d365a55d10e5', givenName: 'Ruben', familyName: 'Maessen', birthDate: '1994-09-19', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '2c08777b-4dc4-5af8-8809-3d9aba0e53b6', givenName: 'Demi', familyName: 'Maessen', birthDate: '1997-02-02', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '83495a6e-56da-58d1-bfe1-6a35210719b8', givenName: 'Zoë', familyName: 'Maessen', birthDate: '2022-06-24', role: 'CHILD', authority: false, languages: ['nl']},
     {id: '090d4408-6d0f-5e06-a024-99049192a269', givenName: 'Finn', familyName: 'Maessen', birthDate: '2025-03-03', role: 'CHILD', authority: false, languages: ['nl']}
   ],
   questions: [
     {id: '3d2c25e0-a735-5824-99dd-ec89ca39f5cd', urgency: 'NORMAL', status: 'OPEN', createdAt: '2026-10-05T20:00:00Z', domains: ['PARENTING', 'PHYSICAL_HEALTH'], about: 'Zoë',
      text: 'Zoë slaapt slecht en wordt elke nacht meerdere keren wakker; we zijn allebei uitgeput.'}
   ]},
  {id: 'bad33b94-aebe-55a9-ab53-a7ecdf4d9878', name: 'Gezin Gielen', reference: 'PM-2025-019', livesIn: 'Kessel', coach: 'Marieke Janssen',
   members: [
     {id: 'b7e5495d-a70a-5ba5-a0dd-e22153aaf228', givenName: 'Harm', familyName: 'Gielen', birthDate: '1981-05-31', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '94a380cb-b081-5ef8-bd09-891d6bdd6af3', givenName: 'Anja', familyName: 'Gielen', birthDate: '1983-07-14', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '173d9768-44df-5685-a709-e47f6525c43d', givenName: 'Jort', familyName: 'Gielen', birthDate: '2008-12-20', role: 'CHILD', authority: false, languages: ['nl']},
     {id: '34f05f65-7f65-57e3-80c0-b9dfc49a4519', givenName: 'Isa', familyName: 'Gielen', birthDate: '2011-02-03', role: 'CHILD', authority: false, languages: ['nl']}
   ],
   questions: [
     {id: 'ac7cc420-d55a-5817-856c-181cf8cb8857', urgency: 'NORMAL', status: 'MATCHED', createdAt: '2026-05-11T10:00:00Z', domains: ['WORK_AND_EDUCATION', 'DAYTIME_ACTIVITIES'], about: 'Jort',
      text: 'Jort is gestopt met zijn mbo-opleiding en heeft geen dagbesteding; hij zit veel binnen.'},
     {id: 'b2cb2342-6802-51f3-a318-a0578cd1f602', urgency: 'NORMAL', status: 'CLOSED', createdAt: '2025-07-21T09:30:00Z', closedAt: '2026-02-20T14:00:00Z', domains: ['FINANCES'],
      text: 'Door een inkomensdaling hebben we een schuld bij de gemeente en de zorgverzekeraar.'}
   ]},
  {id: '771b0511-09e3-5744-9bdb-7d7b3b73fee0', name: 'Gezin Van Kempen', livesIn: 'Koningslust', coach: 'Bram Hendrikx',
   members: [
     {id: '2b8a945a-a0b2-5747-9b27-bcc9d7cc09e8', givenName: 'Erik', familyName: 'van Kempen', birthDate: '1986-10-30', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '367b8002-890d-521e-9525-fdcb6e0b21e8', givenName: 'Sabine', familyName: 'van Kempen', birthDate: '1988-04-16', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '774d41a8-0a50-5c7d-853c-e32e0ba63b63', givenName: 'Hugo', familyName: 'van Kempen', birthDate: '2015-01-05', role: 'CHILD', authority: false, languages: ['nl']},
     {id: '018a19ee-c31e-5d2d-b77b-3d4b2b9afa40', givenName: 'Julia', familyName: 'van Kempen', birthDate: '2017-06-12', role: 'CHILD', authority: false, languages: ['nl']},
     {id: '4c8b1482-9759-547d-9e9a-b3c31103ebd5', givenName: 'Cas', familyName: 'van Kempen', birthDate: '2020-09-29', role: 'CHILD', authority: false, languages: ['nl']}
   ],
   questions: [
     {id: '194dd692-f60d-54ae-b536-cf924efa02c6', urgency: 'LOW', status: 'OPEN', createdAt: '2026-09-29T15:00:00Z', domains: ['SCHOOL', 'CHILD_DEVELOPMENT'], about: 'Julia',
      text: 'Julia heeft dyslexie en raakt gefrustreerd; ze wil niet meer naar school.'}
   ]},
  {id: '7a241e8a-3bc5-576b-97fd-d65a2b52c8b7', name: 'Gezin Çelik', reference: 'PM-2026-012', livesIn: 'Panningen-Noord', coach: 'Fatima El Amrani',
   members: [
     {id: '350c67a5-a506-59fa-8c37-bb8ef06fb68d', givenName: 'Murat', familyName: 'Çelik', birthDate: '1978-08-08', role: 'PARENT', authority: true, languages: ['tr', 'nl', 'de']},
     {id: 'c705d1d6-7b67-5c88-9579-ef63f01a4f28', givenName: 'Zeynep', familyName: 'Çelik', birthDate: '1982-03-21', role: 'PARENT', authority: true, languages: ['tr', 'nl']},
     {id: '593013b7-c366-5059-9252-b4bf04b649e5', givenName: 'Kerem', familyName: 'Çelik', birthDate: '2009-06-15', role: 'CHILD', authority: false, languages: ['nl', 'tr']},
     {id: 'ddd8470e-8dba-5a81-a455-97a78c38ea41', givenName: 'Ece', familyName: 'Çelik', birthDate: '2016-10-01', role: 'CHILD', authority: false, languages: ['nl', 'tr']}
   ],
   questions: [
     {id: 'fb8d1717-b0f3-5e83-8a4e-7e9a77c075a9', urgency: 'NORMAL', status: 'MATCHED', createdAt: '2026-01-26T11:00:00Z', domains: ['JUSTICE', 'WORK_AND_EDUCATION'], about: 'Kerem',
      text: 'Kerem heeft een taakstraf gekregen en moet een plan maken voor school of werk.'}
   ]},
  {id: '76f94575-05d3-5ab1-b98c-cc5bb7de14d9', name: 'Gezin Hanssen', reference: 'PM-2026-013', livesIn: 'Baarlo', coach: 'Joost Peeters',
   members: [
     {id: '4b602124-4264-58a0-8220-fa47b46ecdc9', givenName: 'Tom', familyName: 'Hanssen', birthDate: '1990-12-03', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '74b88a57-1c0b-5fde-8ba6-3bb9bd60b204', givenName: 'Lisa', familyName: 'Hanssen', birthDate: '1992-05-18', role: 'PARENT', authority: true, languages: ['nl']},
     {id: 'c59846f0-bf48-5605-ad99-3f09efdbf86e', givenName: 'Siem', familyName: 'Hanssen', birthDate: '2019-02-22', role: 'CHILD', authority: false, languages: ['nl']}
   ],
   questions: [
     {id: '5a375a38-08ff-5860-9600-3e9d6f521be3', urgency: 'NORMAL', status: 'OPEN', createdAt: '2026-07-08T10:00:00Z', domains: ['CHILD_DEVELOPMENT', 'SOCIAL_NETWORK'], about: 'Siem',
      text: 'Siem heeft een licht verstandelijke beperking; we zoeken meer structuur in huis en af en toe ontlasting.'}
   ]},
  {id: '02c3100f-6e75-5143-a128-643abc2a087b', name: 'Gezin Kowalski', reference: 'PM-2026-014', livesIn: 'Kessel-Eik', coach: 'Marieke Janssen',
   members: [
     {id: 'a8072e80-4689-533b-a763-0fa9862dbc3f', givenName: 'Tomasz', familyName: 'Kowalski', birthDate: '1985-07-25', role: 'PARENT', authority: true, languages: ['pl', 'de']},
     {id: '6ba37dcf-54b4-5078-8739-2d1e077b6bde', givenName: 'Anna', familyName: 'Kowalska', birthDate: '1987-01-13', role: 'PARENT', authority: true, languages: ['pl', 'nl']},
     {id: '9a1458c5-aaf8-5be6-badb-d85fe61a9814', givenName: 'Oliwia', familyName: 'Kowalska', birthDate: '2013-09-05', role: 'CHILD', authority: false, languages: ['nl', 'pl']},
     {id: '19835fc8-4e46-536d-a9fa-2ae0a5898b6c', givenName: 'Kuba', familyName: 'Kowalski', birthDate: '2016-11-11', role: 'CHILD', authority: false, languages: ['nl', 'pl']}
   ],
   questions: [
     {id: 'd472b966-4896-57dd-a9f5-f071a92a9793', urgency: 'HIGH', status: 'OPEN', createdAt: '2026-11-02T09:15:00Z', domains: ['FINANCES', 'HOUSING'],
      text: 'Tomasz werkt via een uitzendbureau en het inkomen wisselt sterk; rekeningen blijven liggen en er dreigt een schuld bij de verhuurder.'}
   ]},
  {id: '7b410ea1-b534-597c-822b-8df956f66338', name: 'Gezin Derks', reference: 'PM-2025-012', livesIn: 'Grashoek', coach: 'Selin Yilmaz',
   members: [
     {id: '1679a951-3dd5-526c-922f-04eb78868989', givenName: 'Jolanda', familyName: 'Derks', birthDate: '1979-10-21', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '21128028-3af4-52a6-a682-ef92712c7190', givenName: 'Roel', familyName: 'Derks', birthDate: '2010-07-30', role: 'CHILD', authority: false, languages: ['nl']},
     {id: '47e1d803-0d4b-550f-8109-b8333994cfed', givenName: 'Britt', familyName: 'Derks', birthDate: '2012-03-17', role: 'CHILD', authority: false, languages: ['nl']},
     {id: '2cc40ec1-326a-5385-960d-e7fee9d2e60f', givenName: 'Sjra', familyName: 'Derks', birthDate: '1950-02-14', role: 'OTHER', authority: false, languages: ['nl']}
   ],
   questions: [
     {id: '6f2e0515-5231-5400-9866-1da88ab9289d', urgency: 'NORMAL', status: 'CLOSED', createdAt: '2025-05-12T16:30:00Z', closedAt: '2025-09-30T10:00:00Z', domains: ['SAFETY', 'CHILD_DEVELOPMENT'], about: 'Britt',
      text: 'Britt zit veel op sociale media en wordt online lastiggevallen door iemand die ze niet kent.'}
   ]},
  {id: '3cb9147f-4afd-59d5-9ae5-cfd06e0bcefb', name: 'Gezin Mertens', reference: 'PM-2026-015', livesIn: 'Egchel', coach: 'Anouk Verheijen',
   members: [
     {id: 'b2b892e7-3379-5a4a-9564-93fe5cb7d123', givenName: 'Frank', familyName: 'Mertens', birthDate: '1972-04-04', role: 'PARENT', authority: true, languages: ['nl']},
     {id: 'daef8c82-e19c-5bf4-afaa-a1f8530912be', givenName: 'Petra', familyName: 'Mertens', birthDate: '1974-11-09', role: 'PARENT', authority: true, languages: ['nl']},
     {id: '75ff0248-6dc5-51bf-b410-f64c74077fe2', givenName: 'Ties', familyName: 'Mertens', birthDate: '2010-01-20', role: 'CHILD', authority: false, languages: ['nl']}
   ],
   questions: [
     {id: 'a48aba69-6746-5bb2-8fec-2e68917b43b4', urgency: 'CRISIS', status: 'MATCHED', createdAt: '2026-07-06T21:00:00Z', domains: ['MENTAL_HEALTH', 'SAFETY'], about: 'Ties',
      text: 'Ties is erg somber en heeft gezegd dat hij niet meer wil leven. We zijn bang en willen snel hulp.'}
   ]},
  {id: '9323e5d0-6dc6-52ac-8141-ac7a3dd467e7', name: 'Gezin Wijnands', reference: 'PM-2026-016', livesIn: 'Panningen-Zuid', coach: 'Anouk Verheijen',
   members: [
     {id: 'ab67da66-9e0d-5a27-9e8d-7d440693425d', givenName: 'Kim', familyName: 'Wijnands', birthDate: '1998-05-09', role: 'PARENT', authority: true, languages: ['nl']},
     {id: 'f8acea5e-2a5b-5af4-b3a0-c5d4ffdbc8ab', givenName: 'Jayden', familyName: 'Wijnands', birthDate: '2020-10-14', role: 'CHILD', authority: false, languages: ['nl']},
     {id: 'f20af0af-8859-5d3c-8b9c-1287ec5c0796', givenName: 'Nova', familyName: 'Wijnands', birthDate: '2024-04-02', role: 'CHILD', authority: false, languages: ['nl']}
   ],
   questions: [
     {id: '693a55da-2120-5774-84a5-7ace3ce21e15', urgency: 'NORMAL', status: 'OPEN', createdAt: '2026-08-25T10:00:00Z', domains: ['WORK_AND_EDUCATION', 'PARENTING'], about: 'Kim',
      text: 'Ik sta er alleen voor met twee kleine kinderen; ik wil graag aan het werk, maar heb geen kinderopvang.'},
     {id: '06b8c94c-176d-5023-aa5c-9dc5e9549222', urgency: 'NORMAL', status: 'OPEN', createdAt: '2026-08-25T10:15:00Z', domains: ['FINANCES', 'MENTAL_HEALTH'], about: 'Kim',
      text: 'Er zijn schulden uit mijn vorige relatie die ik niet kan afbetalen; ik durf de post niet meer open te maken.'}
   ]},
  {id: '28eb1f1c-1179-50e5-9685-155264ce27a6', name: 'Gezin Berden', reference: 'PM-2025-007', livesIn: 'Helden', coach: 'Fatima El Amrani',
   members: [
     {id: '2f5968a7-7fd2-5e9f-a2ce-e66e9674d6bd', givenName: 'Roy', familyName: 'Berden', birthDate: '1983-08-17', role: 'PARENT', authority: true, languages: ['nl']},
     {id: 'ac3f7b50-def4-5784-ac72-c93fef317125', givenName: 'Maud', familyName: 'Berden', birthDate: '1985-01-24', role: 'PARENT', authority: true, languages: ['nl']},
     {id: 'aa58fcfa-b6fa-574b-9c38-4c2d692d0b9a', givenName: 'Twan', familyName: 'Berden', birthDate: '2011-05-05', role: 'CHILD', authority: false, languages: ['nl']},
     {id: '60d42a01-af56-5fbc-86c5-d8db1e2cd2b7', givenName: 'Fleur', familyName: 'Berden', birthDate: '2014-02-14', role: 'CHILD', authority: false, languages: ['nl']},
     {id: '35ab41dc-7145-5268-9aff-1f86cc590cb2', givenName: 'Pepijn', familyName: 'Berden', birthDate: '2018-07-07', role: 'CHILD', authority: false, languages: ['nl']},
     {id: '8f8e9393-bb97-5914-896f-fb058208b2a8', givenName: 'Guus', familyName: 'Berden', birthDate: '2022-11-30', role: 'CHILD', authority: false, languages: ['nl']}
   ],
   questions: [
     {id: 'c5251d50-bfae-5ccd-838b-76c730021e70', urgency: 'LOW', status: 'CLOSED', createdAt: '2025-04-14T09:00:00Z', closedAt: '2026-01-12T10:00:00Z', domains: ['PARENTING', 'DOMESTIC_RELATIONS'],
      text: 'Met vier kinderen is het thuis chaotisch; Twan en Fleur maken veel ruzie en wij komen niet meer aan elkaar toe.'}
   ]}
] AS row
MATCH (home:Area {name: row.livesIn})
MATCH (coach:Professional {name: row.coach, coach: true})
MERGE (f:Family {id: row.id})
ON CREATE SET f.createdAt = datetime()
SET f.name = row.name, f.reference = row.reference, f.updatedAt = datetime()
MERGE (f)-[:LIVES_IN]->(home)
MERGE (f)-[:COACHED_BY]->(coach)
WITH f, row
CALL (f, row) {
  UNWIND row.members AS m
  MERGE (p:Person {id: m.id})
  ON CREATE SET p.createdAt = datetime()
  SET p.givenName = m.givenName, p.familyName = m.familyName, p.birthDate = date(m.birthDate),
      p.languages = m.languages, p.updatedAt = datetime()
  MERGE (p)-[r:MEMBER_OF]->(f)
  SET r.role = m.role, r.authority = m.authority
}
CALL (f, row) {
  UNWIND row.questions AS q
  MERGE (h:HelpQuestion {id: q.id})
  SET h.createdAt = datetime(q.createdAt), h.text = q.text, h.urgency = q.urgency, h.status = q.status,
      h.closedAt = datetime(q.closedAt), h.updatedAt = datetime()
  MERGE (f)-[:RAISED]->(h)
  WITH h, q
  CALL (h, q) {
    UNWIND q.domains AS code
    MATCH (l:LifeDomain {code: code})
    MERGE (h)-[:CONCERNS]->(l)
  }
  CALL (h, q, f) {
    MATCH (p:Person {givenName: q.about})-[:MEMBER_OF]->(f)
    MERGE (h)-[:ABOUT]->(p)
  }
};
