// Fictional demo data for the municipality of Peel en Maas. All persons, organisations and contact
// details are invented; only the names of the kernen are real. Ids are fixed UUIDs.
// Executed by the application in file-name order, in one transaction, after the migrations.

// The municipality, its eleven kernen and three wijken of Panningen (PART_OF: wijk -> kern -> municipality).
// Parents are listed before their parts.
UNWIND [
  {id: 'c75d52ae-8030-5663-acc5-64fcfc8396bf', name: 'Peel en Maas', kind: 'MUNICIPALITY', code: 'GM1894', latitude: 51.33, longitude: 5.98},
  {id: '45df007a-3ee4-5c85-802b-23dac3c154e4', name: 'Baarlo', kind: 'KERN', latitude: 51.3306, longitude: 6.0944, partOf: 'Peel en Maas'},
  {id: '29ca1299-bd4e-5222-bf49-a922efe999e1', name: 'Beringe', kind: 'KERN', latitude: 51.3367, longitude: 5.9478, partOf: 'Peel en Maas'},
  {id: '9ee0a5e7-c5dd-54f4-a807-e0b62b2d4672', name: 'Egchel', kind: 'KERN', latitude: 51.316, longitude: 5.985, partOf: 'Peel en Maas'},
  {id: '1abb75f8-1ac7-5d3c-a0c2-97640468b6fc', name: 'Grashoek', kind: 'KERN', latitude: 51.3606, longitude: 5.93, partOf: 'Peel en Maas'},
  {id: '77c55be4-613c-5e3c-9f7a-031fcb2e979f', name: 'Helden', kind: 'KERN', latitude: 51.3197, longitude: 6.0003, partOf: 'Peel en Maas'},
  {id: '10c173bd-12c3-596c-ad18-dc7db715f84b', name: 'Kessel', kind: 'KERN', latitude: 51.2917, longitude: 6.0542, partOf: 'Peel en Maas'},
  {id: 'f5bea7b8-8cc5-5000-a674-cee5c96ac2ee', name: 'Kessel-Eik', kind: 'KERN', latitude: 51.297, longitude: 6.022, partOf: 'Peel en Maas'},
  {id: '96123991-8b3f-50fe-83df-7a6e0816c150', name: 'Koningslust', kind: 'KERN', latitude: 51.347, longitude: 5.917, partOf: 'Peel en Maas'},
  {id: '427d7433-6515-503f-a032-9dfa541269cd', name: 'Maasbree', kind: 'KERN', latitude: 51.3583, longitude: 6.0483, partOf: 'Peel en Maas'},
  {id: 'a455245c-d215-54f2-9dca-33bb805aecb8', name: 'Meijel', kind: 'KERN', latitude: 51.3442, longitude: 5.8847, partOf: 'Peel en Maas'},
  {id: '66ca51a4-8c6d-57d8-85bc-cc855e45903c', name: 'Panningen', kind: 'KERN', latitude: 51.33, longitude: 5.98, partOf: 'Peel en Maas'},
  {id: '7b331300-727a-5079-a1ab-b18e9ec355f8', name: 'Panningen-Centrum', kind: 'WIJK', latitude: 51.33, longitude: 5.979, partOf: 'Panningen'},
  {id: '82354800-2281-5bee-a6c1-42ff0d4b3bc4', name: 'Panningen-Noord', kind: 'WIJK', latitude: 51.3365, longitude: 5.98, partOf: 'Panningen'},
  {id: 'ee027bff-9e23-5200-ad44-59dcab172dc0', name: 'Panningen-Zuid', kind: 'WIJK', latitude: 51.324, longitude: 5.9815, partOf: 'Panningen'}
] AS row
MERGE (a:Area {id: row.id})
ON CREATE SET a.createdAt = datetime()
SET a.name = row.name, a.kind = row.kind, a.code = row.code,
    a.latitude = row.latitude, a.longitude = row.longitude, a.updatedAt = datetime()
WITH a, row
CALL (a, row) {
  MATCH (parent:Area {name: row.partOf})
  MERGE (a)-[:PART_OF]->(parent)
};
