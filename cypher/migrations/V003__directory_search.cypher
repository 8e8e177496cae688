// One Dutch-analysed full-text index serves the cross-type search and every `text` filter.
CREATE FULLTEXT INDEX directory_search IF NOT EXISTS
FOR (n:Professional|Expertise|Organisation|CommunityResource)
ON EACH [n.name, n.description, n.discipline]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch', `fulltext.eventually_consistent`: false}};
