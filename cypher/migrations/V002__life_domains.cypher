// The 13 ZRM-2017 domains plus the family-focused domains; ids are fixed so every installation shares them.
UNWIND [
  {id: '5f098479-ab68-53ed-a3b7-eeec94e94a0a', code: 'FINANCES', name: 'Financiën', framework: 'ZRM', sortOrder: 1},
  {id: '9352e3e4-93db-5c18-82c7-4c1f1500d0bc', code: 'WORK_AND_EDUCATION', name: 'Werk & opleiding', framework: 'ZRM', sortOrder: 2},
  {id: '3080295b-582e-5c96-b707-86a5db01ff46', code: 'DAYTIME_ACTIVITIES', name: 'Tijdsbesteding', framework: 'ZRM', sortOrder: 3},
  {id: 'ad672912-275b-50bf-a717-83de425dc37d', code: 'HOUSING', name: 'Huisvesting', framework: 'ZRM', sortOrder: 4},
  {id: 'e4425b39-f230-56e8-ae14-73353273fc49', code: 'DOMESTIC_RELATIONS', name: 'Huiselijke relaties', framework: 'ZRM', sortOrder: 5},
  {id: '7ec427de-5840-55ff-b009-17ae83340cbc', code: 'MENTAL_HEALTH', name: 'Geestelijke gezondheid', framework: 'ZRM', sortOrder: 6},
  {id: 'a54efc3e-76db-592c-b946-34cca3ff9736', code: 'PHYSICAL_HEALTH', name: 'Lichamelijke gezondheid', framework: 'ZRM', sortOrder: 7},
  {id: 'ba50766d-582a-52c6-af8b-fdd8d4aa042d', code: 'SUBSTANCE_USE', name: 'Middelengebruik', framework: 'ZRM', sortOrder: 8},
  {id: 'b6c06168-62db-59df-be04-84e6378de5fb', code: 'BASIC_ADL', name: 'Basale ADL', framework: 'ZRM', sortOrder: 9},
  {id: '55fd4306-5767-5d5b-94c6-49568ba25d0b', code: 'INSTRUMENTAL_ADL', name: 'Instrumentele ADL', framework: 'ZRM', sortOrder: 10},
  {id: '00f8c292-dc86-58db-b616-dd9c2e9ed3c4', code: 'SOCIAL_NETWORK', name: 'Sociaal netwerk', framework: 'ZRM', sortOrder: 11},
  {id: 'e67958f7-0570-59d4-9e71-83e80c66d53e', code: 'SOCIAL_PARTICIPATION', name: 'Maatschappelijke participatie', framework: 'ZRM', sortOrder: 12},
  {id: 'f51a4352-4365-52cf-9a0e-bc222a04f49a', code: 'JUSTICE', name: 'Justitie', framework: 'ZRM', sortOrder: 13},
  {id: '5a544a84-23c4-5691-8fd5-5fc37726acb4', code: 'PARENTING', name: 'Opvoeding', framework: 'FAMILY', sortOrder: 14},
  {id: '5e30a46a-023f-5b79-90ce-3886302d6031', code: 'CHILD_DEVELOPMENT', name: 'Ontwikkeling kind', framework: 'FAMILY', sortOrder: 15},
  {id: '88258a01-6ed3-56e8-a167-c1d6cd31764b', code: 'SCHOOL', name: 'Onderwijs', framework: 'FAMILY', sortOrder: 16},
  {id: 'b2612e72-6f12-5bd5-b3cb-5c4b369dbd8a', code: 'SAFETY', name: 'Veiligheid', framework: 'FAMILY', sortOrder: 17}
] AS d
MERGE (l:LifeDomain {code: d.code})
ON CREATE SET l.id = d.id, l.createdAt = datetime()
SET l.name = d.name, l.framework = d.framework, l.sortOrder = d.sortOrder, l.updatedAt = datetime();
