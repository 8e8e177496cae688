// The rule keys' marker (issue 20): one (:RuleKeysChecked {ruleSet, checkedAt}) node, written once a start found every
// element of the current rule set holding its key, so later starts skip the check that scans the data (graph.RuleKeys).
// Declared here (see V080), so the start's lookup does not warn about names an older database has never used.
CALL db.createLabel('RuleKeysChecked');
CALL db.createProperty('ruleSet');
CALL db.createProperty('checkedAt');
