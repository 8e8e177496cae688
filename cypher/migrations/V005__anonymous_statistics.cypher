// Anonymous counters kept when a family is erased: one node per kern and year. The pair is unique, so concurrent
// erasures MERGE into the same node instead of creating two.
CREATE CONSTRAINT anonymous_statistics_id IF NOT EXISTS FOR (n:AnonymousStatistics) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT anonymous_statistics_area_year IF NOT EXISTS FOR (n:AnonymousStatistics) REQUIRE (n.areaId, n.year) IS UNIQUE;
