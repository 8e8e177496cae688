// Fictional demo data for the municipality of Peel en Maas. All persons, organisations and contact
// details are invented; only the names of the kernen are real. Ids are fixed UUIDs.
// Executed by the application in file-name order, in one transaction, after the migrations.

// Expertisetent sessions: FOR_FAMILY and DIRECTED_BY (the family's coach) by name, DISCUSSES help questions by id,
// PARTICIPATES_IN {status} for the invited professionals (by name).
UNWIND [
  {id: '25060e17-2270-5236-a6c7-85504e079526', family: 'Gezin Bos', director: 'Joost Peeters', date: '2025-10-14', status: 'HELD',
   location: 'Gemeenschapshuis Baarlo',
   agreements: 'Els Rutten (mantelzorgconsulent) start met Thijs een traject voor jonge mantelzorgers. Wendy Driessen bekijkt met Karin welke thuiszorg mogelijk is. Met toestemming van Thijs informeert Ahmet Kaya de school. Evaluatie met de gezinscoach over zes weken.',
   discusses: ['086b1529-d5ef-5fd3-9a6a-b4d3e6eb3701'],
   participants: [{name: 'Els Rutten', status: 'ATTENDED'}, {name: 'Ahmet Kaya', status: 'ATTENDED'}, {name: 'Wendy Driessen', status: 'ATTENDED'}, {name: 'Nadia Boukhari', status: 'ATTENDED'}, {name: 'Dewi Hoebers', status: 'DECLINED'}, {name: 'Sanne Coenen', status: 'ATTENDED'}, {name: 'Gerard Linders', status: 'ATTENDED'}]},
  {id: '8baa7c0f-ee5f-54e1-889f-67a2714d500f', family: 'Gezin Kurt', director: 'Selin Yilmaz', date: '2026-03-10', status: 'HELD',
   location: 'Huis van de Wijk Meijel',
   agreements: 'Lars Vermeulen start met Deniz vijf gesprekken over zijn blowen; Emre en Ayşe sluiten bij twee gesprekken aan. Michel Timmermans stemt met de politie de afhandeling van de vernieling af. Yusuf Demir nodigt Deniz uit voor de jongerenplek. Over acht weken opnieuw samen met de gezinscoach.',
   discusses: ['7d9db8b0-5c80-57e3-a77b-d647df3792da'],
   participants: [{name: 'Lars Vermeulen', status: 'ATTENDED'}, {name: 'Michel Timmermans', status: 'ATTENDED'}, {name: 'Yusuf Demir', status: 'ATTENDED'}, {name: 'Esther Vostermans', status: 'ATTENDED'}, {name: 'Samira Haddou', status: 'DECLINED'}, {name: 'Eva Moonen', status: 'ATTENDED'}, {name: 'Ilse Op den Kamp', status: 'ATTENDED'}]},
  {id: '6a44e537-be47-5576-ba2b-80403e920181', family: 'Gezin Lemmen', director: 'Bram Hendrikx', date: '2026-05-19', status: 'HELD',
   location: 'Huis van de Wijk Helden',
   agreements: 'Bart Hermans doet met Sandra en school een observatie en start oudertraining; een ADHD-onderzoek wordt pas overwogen na de evaluatie. Miriam Tielen zoekt met Sandra een steungezin voor een middag per week. Chantal Mulders sluit aan bij het gesprek op school.',
   discusses: ['a6106794-d500-5ccc-8943-8168686a2e84', '217e8c87-07e4-5c21-bc3e-b8370598d5e8'],
   participants: [{name: 'Bart Hermans', status: 'ATTENDED'}, {name: 'Thomas Gubbels', status: 'ATTENDED'}, {name: 'Pieter Beurskens', status: 'ATTENDED'}, {name: 'Chantal Mulders', status: 'ATTENDED'}, {name: 'Miriam Tielen', status: 'ATTENDED'}, {name: 'Esther Vostermans', status: 'ATTENDED'}, {name: 'Judith Heijnen', status: 'DECLINED'}, {name: 'Sanne Coenen', status: 'ATTENDED'}]},
  {id: '27675380-a480-52f2-9a5b-9a38bbaa9be3', family: 'Gezin Verbeek', director: 'Anouk Verheijen', date: '2026-12-08', status: 'PLANNED',
   location: 'Huis van de Wijk Panningen',
   discusses: ['364d4602-f6fb-5c98-8e7a-983db451b853', '6208f8d8-0291-55ff-a4aa-1af85bedef47'],
   participants: [{name: 'Ruud Geurts', status: 'ACCEPTED'}, {name: 'Kasia Nowak', status: 'INVITED'}, {name: 'Gerard Linders', status: 'ACCEPTED'}, {name: 'Chantal Mulders', status: 'ACCEPTED'}, {name: 'Tim Kessels', status: 'INVITED'}, {name: 'Lars Vermeulen', status: 'DECLINED'}, {name: 'Bart Hermans', status: 'INVITED'}, {name: 'Ilse Op den Kamp', status: 'ACCEPTED'}]},
  {id: 'bf89684e-8f18-5f40-8e57-0467b272a6fb', family: 'Gezin Willemsen', director: 'Marieke Janssen', date: '2026-12-15', status: 'PLANNED',
   location: 'Huis van de Wijk Kessel',
   discusses: ['b5d301be-1aaa-572c-9e6c-3f63e9614a0e', '62c4fdea-e47a-5f3f-9e81-f86253844aad'],
   participants: [{name: 'Koen Willems', status: 'ACCEPTED'}, {name: 'Nadia Boukhari', status: 'ACCEPTED'}, {name: 'Sophie Lenders', status: 'INVITED'}, {name: 'Rianne Jacobs', status: 'INVITED'}, {name: 'Ahmet Kaya', status: 'ACCEPTED'}, {name: 'Mohammed Azzouzi', status: 'DECLINED'}]}
] AS row
MATCH (f:Family {name: row.family})
MATCH (coach:Professional {name: row.director, coach: true})
MERGE (t:TentSession {id: row.id})
ON CREATE SET t.createdAt = datetime()
SET t.date = date(row.date), t.status = row.status, t.location = row.location,
    t.agreements = row.agreements, t.updatedAt = datetime()
MERGE (t)-[:FOR_FAMILY]->(f)
MERGE (t)-[:DIRECTED_BY]->(coach)
WITH t, row
CALL (t, row) {
  UNWIND row.discusses AS questionId
  MATCH (h:HelpQuestion {id: questionId})
  MERGE (t)-[:DISCUSSES]->(h)
}
CALL (t, row) {
  UNWIND row.participants AS pp
  MATCH (p:Professional {name: pp.name})
  MERGE (p)-[r:PARTICIPATES_IN]->(t)
  SET r.status = pp.status
};
