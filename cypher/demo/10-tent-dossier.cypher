// Fictional demo data for the municipality of Peel en Maas. All persons, organisations and contact
// details are invented; only the names of the kernen are real. Ids are fixed UUIDs (parts of an analysis get random ids).
// Executed by the application in file-name order, in one transaction, after the migrations.

// An earlier, held tent session of Gezin Verbeek about the debts, so their case timeline shows a whole cycle.
UNWIND [
  {id: 'f0c8b0cf-c924-5e85-8c51-1a00b497b03f', family: 'Gezin Verbeek', director: 'Anouk Verheijen', date: '2026-10-20', status: 'HELD',
   location: 'Huis van de Wijk Panningen',
   agreements: 'Ruud Geurts maakt met Mark en Linda een overzicht van de schulden; de vraag over Daan komt in een volgende tent met school erbij.',
   discusses: ['364d4602-f6fb-5c98-8e7a-983db451b853'],
   participants: [{name: 'Ruud Geurts', status: 'ATTENDED'}, {name: 'Gerard Linders', status: 'ATTENDED'}, {name: 'Chantal Mulders', status: 'DECLINED'}]}
] AS row
MATCH (f:Family {name: row.family})
MATCH (coach:Professional {name: row.director, coach: true})
CREATE (t:TentSession {id: row.id, date: date(row.date), status: row.status, location: row.location, agreements: row.agreements,
                       createdAt: datetime(), updatedAt: datetime()})
CREATE (t)-[:FOR_FAMILY]->(f)
CREATE (t)-[:DIRECTED_BY]->(coach)
WITH t, row
CALL (t, row) {
  UNWIND row.discusses AS questionId
  MATCH (h:HelpQuestion {id: questionId})
  CREATE (t)-[:DISCUSSES]->(h)
}
CALL (t, row) {
  UNWIND row.participants AS pp
  MATCH (p:Professional {name: pp.name})
  CREATE (p)-[:PARTICIPATES_IN {status: pp.status}]->(t)
};

// Family members present at sessions (PRESENT_AT), by the session's id and the members' given names.
UNWIND [
  {session: 'f0c8b0cf-c924-5e85-8c51-1a00b497b03f', members: ['Mark', 'Linda']},
  {session: '27675380-a480-52f2-9a5b-9a38bbaa9be3', members: ['Mark', 'Linda', 'Daan']},
  {session: '25060e17-2270-5236-a6c7-85504e079526', members: ['Karin', 'Thijs']},
  {session: '8baa7c0f-ee5f-54e1-889f-67a2714d500f', members: ['Emre', 'Ayşe', 'Deniz']},
  {session: '6a44e537-be47-5576-ba2b-80403e920181', members: ['Sandra']}
] AS row
MATCH (t:TentSession {id: row.session})-[:FOR_FAMILY]->(f:Family)
UNWIND row.members AS givenName
MATCH (p:Person {givenName: givenName})-[:MEMBER_OF]->(f)
CREATE (p)-[:PRESENT_AT]->(t);

// Agreements of the held sessions (AGREED, in order), with the professional responsible (by name) and a due date.
UNWIND [
  {session: 'f0c8b0cf-c924-5e85-8c51-1a00b497b03f', items: [
    {id: '9e38f2e6-1309-5785-8f73-213e58a0fe8a', text: 'Ruud Geurts maakt met Mark en Linda een overzicht van alle schulden en vaste lasten.', responsible: 'Ruud Geurts', due: '2026-11-10'},
    {id: '0ed91002-0fd5-5c55-93da-b4f6edc43431', text: 'Gerard Linders bekijkt met Mark welke uitkering en toeslagen mogelijk zijn.', responsible: 'Gerard Linders', due: '2026-11-03'},
    {id: '6e06a5b4-d698-558e-8be2-5429d1fa8818', text: 'De vraag over Daan komt in de volgende tent, met iemand van school erbij.', responsible: null, due: null}]},
  {session: '25060e17-2270-5236-a6c7-85504e079526', items: [
    {id: 'b68345b8-805b-5730-a120-fe7c8530476c', text: 'Els Rutten start met Thijs een traject voor jonge mantelzorgers.', responsible: 'Els Rutten', due: '2025-11-01'},
    {id: 'f28fd31e-c390-5e79-bf9d-bf343cc2a7bd', text: 'Wendy Driessen bekijkt met Karin welke thuiszorg mogelijk is.', responsible: 'Wendy Driessen', due: '2025-10-28'},
    {id: '00729d56-9bc6-58f0-b9c5-76783b86bbc1', text: 'Met toestemming van Thijs informeert Ahmet Kaya de school.', responsible: 'Ahmet Kaya', due: null},
    {id: '13f0d269-4a98-554e-8dd0-f3e6aa8020f7', text: 'Evaluatie met de gezinscoach over zes weken.', responsible: null, due: '2025-11-25'}]},
  {session: '8baa7c0f-ee5f-54e1-889f-67a2714d500f', items: [
    {id: '0c906ab7-b1f8-5bae-b15d-e3400815889b', text: 'Lars Vermeulen voert met Deniz vijf gesprekken over zijn blowen; Emre en Ayşe sluiten bij twee gesprekken aan.', responsible: 'Lars Vermeulen', due: '2026-04-30'},
    {id: 'd96c2bd6-1a8a-5e55-878e-8269ff5c0c5b', text: 'Michel Timmermans stemt met de politie de afhandeling van de vernieling af.', responsible: 'Michel Timmermans', due: '2026-03-24'},
    {id: 'a2bf34a2-692c-50e3-b3d0-49f0a31f80a5', text: 'Yusuf Demir nodigt Deniz uit voor de jongerenplek.', responsible: 'Yusuf Demir', due: null},
    {id: '6c6c1a96-dce3-5594-804e-9bed738ee9fb', text: 'Over acht weken opnieuw samen met de gezinscoach.', responsible: null, due: '2026-05-05'}]},
  {session: '6a44e537-be47-5576-ba2b-80403e920181', items: [
    {id: 'a545a1eb-de8a-58c2-b079-11aec0a470fc', text: 'Bart Hermans doet met Sandra en school een observatie en start oudertraining.', responsible: 'Bart Hermans', due: '2026-06-30'},
    {id: '922e4056-1f34-55fc-ba99-eb4480604cb5', text: 'Een ADHD-onderzoek wordt pas overwogen na de evaluatie.', responsible: null, due: null},
    {id: '2bf1f08f-df28-5658-9190-1bd002919906', text: 'Miriam Tielen zoekt met Sandra een steungezin voor een middag per week.', responsible: 'Miriam Tielen', due: '2026-06-16'},
    {id: '7ffe35be-b933-5f6c-a648-53d79a9f68ab', text: 'Chantal Mulders sluit aan bij het gesprek op school.', responsible: 'Chantal Mulders', due: null}]}
] AS row
MATCH (t:TentSession {id: row.session})
UNWIND range(0, size(row.items) - 1) AS i
WITH t, i, row.items[i] AS item
CREATE (t)-[:AGREED]->(a:Agreement {id: item.id, text: item.text, sortOrder: i, dueDate: CASE WHEN item.due IS NULL THEN null ELSE date(item.due) END,
                                    createdAt: datetime(), updatedAt: datetime()})
WITH a, item
CALL (a, item) {
  MATCH (p:Professional {name: item.responsible})
  CREATE (a)-[:RESPONSIBLE]->(p)
};

// Explanatory analyses (EXPLAINS a help question by id): hypotheses with supporting and contradicting evidence and
// protective factors, each with life domain codes.
UNWIND [
  {id: 'de78c03e-c269-5306-bf1c-9e08a41540b5', question: '364d4602-f6fb-5c98-8e7a-983db451b853', createdAt: '2026-10-09T10:00:00Z',
   summary: 'De schulden zijn vooral een gevolg van het inkomensverlies; de ouders zijn gemotiveerd en hebben steun van opa en oma.',
   hypotheses: [
     {text: 'Door het baanverlies van Mark zijn de vaste lasten hoger dan het inkomen.', domains: ['FINANCES', 'WORK_AND_EDUCATION'],
      supporting: [{text: 'De aanmaningen begonnen twee maanden na het ontslag.', domains: ['FINANCES']},
                   {text: 'Er is nog geen uitkering of toeslag aangevraagd.', domains: ['FINANCES', 'WORK_AND_EDUCATION']}],
      contradicting: [{text: 'De huur wordt elke maand op tijd betaald.', domains: ['HOUSING']}]},
     {text: 'Schaamte houdt de ouders tegen om de post te openen en hulp te vragen.', domains: ['MENTAL_HEALTH', 'FINANCES'],
      supporting: [{text: 'Linda vertelt dat er een stapel ongeopende brieven ligt.', domains: ['INSTRUMENTAL_ADL']}],
      contradicting: [{text: 'Mark meldde zich zelf bij de gezinscoach.', domains: ['SOCIAL_PARTICIPATION']}]}],
   protective: [{text: 'Mark en Linda willen allebei overzicht en werken goed samen.', domains: ['DOMESTIC_RELATIONS']},
                {text: 'Opa en oma wonen in Panningen en willen helpen met de administratie.', domains: ['SOCIAL_NETWORK']}]},
  {id: '34bfb445-0f8d-532f-9cd3-29ca121689a6', question: '6208f8d8-0291-55ff-a4aa-1af85bedef47', createdAt: '2026-10-16T14:00:00Z',
   summary: 'Daans verzuim lijkt samen te hangen met de spanning thuis en met pesten; gamen is eerder vlucht dan oorzaak.',
   hypotheses: [
     {text: 'Daan trekt zich terug door de geldzorgen en spanning thuis.', domains: ['DOMESTIC_RELATIONS', 'MENTAL_HEALTH'],
      supporting: [{text: 'Het verzuim nam toe sinds de zomer, toen de schulden opliepen.', domains: ['SCHOOL']}],
      contradicting: []},
     {text: 'Daan wordt op school gepest en vermijdt daarom de lessen.', domains: ['SCHOOL', 'SOCIAL_NETWORK'],
      supporting: [{text: 'Daan zegt dat hij in de pauzes alleen is.', domains: ['SOCIAL_NETWORK']}],
      contradicting: [{text: 'De mentor ziet geen signalen van pesten in de klas.', domains: ['SCHOOL']}]}],
   protective: [{text: 'Daan voetbalt graag en heeft een goede band met zijn trainer.', domains: ['DAYTIME_ACTIVITIES']},
                {text: 'De mentor wil meedenken over een aangepast rooster.', domains: ['SCHOOL']}]},
  {id: '9111e9d3-2a0c-5a8b-bacf-cfdc8b0a1c2e', question: 'a6106794-d500-5ccc-8943-8168686a2e84', createdAt: '2026-04-28T09:00:00Z',
   summary: 'Eerst opvoedondersteuning en structuur; onderzoek naar ADHD pas als dat onvoldoende helpt.',
   hypotheses: [
     {text: 'De driftbuien komen door onvoorspelbaarheid sinds de scheiding.', domains: ['PARENTING', 'DOMESTIC_RELATIONS'],
      supporting: [{text: 'Na wisseldagen zijn de buien het heftigst.', domains: ['CHILD_DEVELOPMENT']}],
      contradicting: [{text: 'Ook op rustige schooldagen zijn er buien.', domains: ['SCHOOL']}]}],
   protective: [{text: 'Oma Truus woont in en is een vaste rustige factor.', domains: ['SOCIAL_NETWORK']}]}
] AS row
MATCH (h:HelpQuestion {id: row.question})
CREATE (a:Analysis {id: row.id, summary: row.summary, createdAt: datetime(row.createdAt), updatedAt: datetime(row.createdAt)})-[:EXPLAINS]->(h)
WITH a, row
CALL (a, row) {
  UNWIND range(0, size(row.hypotheses) - 1) AS i
  WITH a, i, row.hypotheses[i] AS hy
  CREATE (a)-[:HAS_HYPOTHESIS]->(y:Hypothesis {id: randomUUID(), text: hy.text, sortOrder: i, createdAt: a.createdAt, updatedAt: a.createdAt})
  WITH a, y, hy
  CALL (y, hy) {
    UNWIND hy.domains AS code
    MATCH (l:LifeDomain {code: code})
    CREATE (y)-[:CONCERNS]->(l)
  }
  CALL (a, y, hy) {
    UNWIND [e IN range(0, size(hy.supporting) - 1) | {item: hy.supporting[e], order: e, kind: 'SUPPORTED_BY'}]
         + [e IN range(0, size(hy.contradicting) - 1) | {item: hy.contradicting[e], order: e, kind: 'CONTRADICTED_BY'}] AS evidence
    CREATE (x:AnalysisFactor {id: randomUUID(), text: evidence.item.text, sortOrder: evidence.order, createdAt: a.createdAt, updatedAt: a.createdAt})
    FOREACH (_ IN CASE WHEN evidence.kind = 'SUPPORTED_BY' THEN [1] ELSE [] END | CREATE (y)-[:SUPPORTED_BY]->(x))
    FOREACH (_ IN CASE WHEN evidence.kind = 'CONTRADICTED_BY' THEN [1] ELSE [] END | CREATE (y)-[:CONTRADICTED_BY]->(x))
    WITH x, evidence
    UNWIND evidence.item.domains AS code
    MATCH (l:LifeDomain {code: code})
    CREATE (x)-[:CONCERNS]->(l)
  }
}
CALL (a, row) {
  UNWIND range(0, size(row.protective) - 1) AS i
  WITH a, i, row.protective[i] AS factor
  CREATE (a)-[:PROTECTED_BY]->(x:AnalysisFactor {id: randomUUID(), text: factor.text, sortOrder: i, createdAt: a.createdAt, updatedAt: a.createdAt})
  WITH x, factor
  UNWIND factor.domains AS code
  MATCH (l:LifeDomain {code: code})
  CREATE (x)-[:CONCERNS]->(l)
};

// Handover notes (FOR_FAMILY, WRITTEN_BY the family's coach, optionally ADDRESSED_TO a professional by name).
UNWIND [
  {id: 'a33e2485-4273-5757-843b-f7d7e5a42808', family: 'Gezin Verbeek', createdAt: '2026-10-21T16:00:00Z', recipient: 'Ruud Geurts',
   text: 'Mark en Linda zijn open over de schulden en hebben de brieven verzameld. Graag eerst rust: afspraken over betalingsregelingen pas na het overzicht. Opa Verbeek wil helpen met de administratie.'},
  {id: 'f36f421a-1700-5d82-a06c-628bbec21358', family: 'Gezin Verbeek', createdAt: '2026-11-12T11:30:00Z', recipient: null,
   text: 'Voor de tent van december: school (mentor) is bereid aan te sluiten. Daan wil zelf bij het begin van de tent zijn.'},
  {id: '0d676fcc-6b16-5dac-8953-affd0c507ceb', family: 'Gezin Bos', createdAt: '2025-12-02T10:00:00Z', recipient: 'Els Rutten',
   text: 'Thijs voelt zich gesteund door de mantelzorggroep. Karin heeft thuiszorg voor drie ochtenden per week. De gezinscoach sluit het traject af na de evaluatie in januari.'},
  {id: '0ebb7887-6fed-50a2-be95-c5e0a75a1f03', family: 'Gezin Kurt', createdAt: '2026-05-06T15:00:00Z', recipient: 'Lars Vermeulen',
   text: 'Deniz blowt minder en komt wekelijks op de jongerenplek. De zaak bij de politie is afgehandeld met een taakstraf. Lars houdt de vinger aan de pols.'},
  {id: 'd0d86492-575d-5f98-8843-5a7c8c3ef0ca', family: 'Gezin Lemmen', createdAt: '2026-07-01T09:30:00Z', recipient: 'Bart Hermans',
   text: 'De oudertraining loopt; Sandra merkt minder driftbuien na de wisseldagen. Een steungezin in Helden is gevonden.'}
] AS row
MATCH (f:Family {name: row.family})-[:COACHED_BY]->(coach:Professional)
CREATE (n:HandoverNote {id: row.id, text: row.text, createdAt: datetime(row.createdAt), updatedAt: datetime(row.createdAt)})-[:FOR_FAMILY]->(f)
CREATE (n)-[:WRITTEN_BY]->(coach)
WITH n, row
CALL (n, row) {
  MATCH (p:Professional {name: row.recipient})
  CREATE (n)-[:ADDRESSED_TO]->(p)
};
