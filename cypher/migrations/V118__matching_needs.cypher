// The needs of a help question (issue 18): the expertise terms the coach confirmed, (:HelpQuestion)-[:NEEDS]->(:Expertise).
// Declared here (see V080), so no query warns about a name no data has used yet.
CALL db.createRelationshipType('NEEDS');
