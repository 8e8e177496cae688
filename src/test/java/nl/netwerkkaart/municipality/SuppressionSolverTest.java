package nl.netwerkkaart.municipality;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.netwerkkaart.directory.LifeDomainCode;
import nl.netwerkkaart.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Takes each published table as a user receives it and lets a linear-programming solver work out every suppressed
 * count from everything else published with it: no suppressed count may come out as one value, and none may be
 * shown to be below the minimum cell size (so a small count stays hidden among values that would have been shown).
 */
class SuppressionSolverTest extends MunicipalityTestSupport {

    private static final List<String> DOMAINS = java.util.Arrays.stream(LifeDomainCode.values()).map(Enum::name).toList();
    private static final List<String> STEPS = List.of("NETWORK", "COMMUNITY", "FIRST_LINE", "SPECIALIST");
    private static final List<String> OUTCOMES = List.of("HELPED", "REFERRED", "NO_CLICK", "NOT_REACHED", "NOT_SUITABLE",
            "NO_CAPACITY", "NO_LONGER_NEEDED");
    private static final int RANDOM_MUNICIPALITIES = 6;

    @Test
    void no_suppressed_count_in_the_demo_statistics_can_be_worked_out() {
        var demo = demoAccount("municipality");
        var findings = new ArrayList<String>();
        for (var range : List.of(List.of("2025-01-01", "2026-12-31"), List.of("2026-01-01", "2026-12-31"))) {
            var coverage = coverage(demo, DEMO_MUNICIPALITY, range.get(0), range.get(1));
            findings.addAll(attack("demo coverage " + range, PublishedTables.coverage(coverage), minimum(coverage)));
            for (var granularity : List.of("QUARTER", "MONTH")) {
                var flow = flow(demo, DEMO_MUNICIPALITY, range.get(0), range.get(1), granularity);
                findings.addAll(attack("demo flow " + granularity + " " + range, PublishedTables.flow(flow), minimum(flow)));
            }
        }
        var csv = http(Role.MUNICIPALITY, null).get()
                .uri("/municipality/{id}/coverage.csv?from=2025-01-01&to=2026-12-31", DEMO_MUNICIPALITY).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        findings.addAll(attack("demo coverage.csv", PublishedTables.coverageCsv(csv), 5));
        assertThat(findings).as("suppressed counts an attacker can pin down or show to be small").isEmpty();
    }

    @Test
    void no_suppressed_count_in_random_small_municipalities_can_be_worked_out() {
        var findings = new ArrayList<String>();
        int tables = 0;
        for (int seed = 1; seed <= RANDOM_MUNICIPALITIES; seed++) {
            var municipality = randomMunicipality(new Random(seed));
            var client = municipalityUser(municipality);
            var coverage = coverage(client, municipality, "2025-01-01", "2026-06-30");
            findings.addAll(attack("seed " + seed + " coverage", PublishedTables.coverage(coverage), minimum(coverage)));
            tables++;
            for (var granularity : List.of("QUARTER", "MONTH")) {
                var flow = flow(client, municipality, "2025-01-01", "2026-06-30", granularity);
                findings.addAll(attack("seed " + seed + " flow " + granularity, PublishedTables.flow(flow), minimum(flow)));
                tables++;
            }
        }
        System.out.printf("Suppression solver: %d random tables, %d findings%n", tables, findings.size());
        assertThat(findings).as("suppressed counts an attacker can pin down or show to be small").isEmpty();
    }

    /** Each hidden count that the solver pins to one value, or shows to be below the minimum cell size. */
    private static List<String> attack(String table, SuppressionAttack attack, int minimumCellSize) {
        var findings = new ArrayList<String>();
        var intervals = attack.intervals();
        for (var interval : intervals) {
            if (interval.derivable()) {
                findings.add(table + ": derivable " + interval);
            } else if (interval.highest() < minimumCellSize) {
                findings.add(table + ": shown to be small " + interval);
            }
        }
        System.out.printf("Suppression solver: %s: %d hidden, %d derivable, %d shown to be small%n", table,
                intervals.size(), intervals.stream().filter(SuppressionAttack.Interval::derivable).count(),
                intervals.stream().filter(i -> !i.derivable() && i.highest() < minimumCellSize).count());
        return findings;
    }

    private static int minimum(Map<String, Object> table) {
        return ((Number) table.get("minimumCellSize")).intValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> coverage(GraphQlTester client, String municipality, String from, String to) {
        return client.documentName("areaCoverage")
                .variable("municipalityId", municipality).variable("from", from).variable("to", to)
                .execute().path("areaCoverage").entity(Map.class).get();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> flow(GraphQlTester client, String municipality, String from, String to, String granularity) {
        return client.documentName("flowStatistics")
                .variable("municipalityId", municipality).variable("from", from).variable("to", to)
                .variable("granularity", granularity)
                .execute().path("flowStatistics").entity(Map.class).get();
    }

    /**
     * A fresh municipality of three or four kernen whose families raised, from January 2025 to June 2026, mostly a
     * handful of help questions per kern and life domain (many cells below the threshold, some above), matched,
     * started and closed at random steps and outcomes, and assessed twice on random life domains.
     */
    private String randomMunicipality(Random random) {
        var municipality = municipality("Gemeente Toeval");
        var coach = coach();
        int kernen = 3 + random.nextInt(2);
        var start = LocalDate.of(2025, 1, 1);
        var zone = ZoneId.of("Europe/Amsterdam");
        for (int k = 0; k < kernen; k++) {
            var kern = kern(municipality, "Toevaldorp " + k, 51.3 + k / 100.0, 5.8);
            var families = new ArrayList<String>();
            for (int f = 0; f < 2 + random.nextInt(6); f++) {
                families.add(consentingFamily(kern, coach));
            }
            var questions = new ArrayList<Map<String, Object>>();
            for (var domain : DOMAINS) {
                // mostly none or a few, now and then enough to be shown
                int count = random.nextInt(3) == 0 ? 0 : random.nextInt(10) < 7 ? 1 + random.nextInt(4) : 5 + random.nextInt(8);
                for (int q = 0; q < count; q++) {
                    var created = start.plusDays(random.nextInt(540)).atTime(10, 0).atZone(zone);
                    var question = new HashMap<String, Object>();
                    question.put("family", families.get(random.nextInt(families.size())));
                    question.put("domain", domain);
                    question.put("createdAt", created.toOffsetDateTime().toString());
                    question.put("closedAt", random.nextInt(3) == 0 ? null : created.plusDays(10 + random.nextInt(200)).toOffsetDateTime().toString());
                    if (random.nextInt(4) > 0) {
                        var confirmed = created.plusDays(1 + random.nextInt(30));
                        question.put("step", STEPS.get(random.nextInt(STEPS.size())));
                        question.put("confirmedAt", confirmed.toOffsetDateTime().toString());
                        question.put("startedAt", random.nextBoolean() ? confirmed.plusDays(1 + random.nextInt(20)).toOffsetDateTime().toString() : null);
                        boolean closed = random.nextBoolean();
                        question.put("matchClosedAt", closed ? confirmed.plusDays(20 + random.nextInt(120)).toOffsetDateTime().toString() : null);
                        question.put("outcome", closed ? OUTCOMES.get(random.nextInt(OUTCOMES.size())) : null);
                    }
                    questions.add(question);
                }
            }
            neo4j.query("""
                            UNWIND $questions AS q
                            MATCH (f:Family {id: q.family}), (d:LifeDomain {code: q.domain})
                            CREATE (f)-[:RAISED]->(h:HelpQuestion {id: randomUUID(), text: 'Vraag', urgency: 'NORMAL',
                                    status: CASE WHEN q.closedAt IS NULL THEN 'OPEN' ELSE 'CLOSED' END,
                                    createdAt: datetime(q.createdAt), closedAt: datetime(q.closedAt), updatedAt: datetime()})-[:CONCERNS]->(d)
                            FOREACH (_ IN CASE WHEN q.step IS NULL THEN [] ELSE [1] END |
                              CREATE (:Match {id: randomUUID(), ladderStep: q.step,
                                              status: CASE WHEN q.matchClosedAt IS NOT NULL THEN 'CLOSED' WHEN q.startedAt IS NOT NULL THEN 'STARTED' ELSE 'CONFIRMED' END,
                                              proposedAt: datetime(q.confirmedAt) - duration('P1D'), confirmedAt: datetime(q.confirmedAt),
                                              startedAt: datetime(q.startedAt), closedAt: datetime(q.matchClosedAt), outcome: q.outcome,
                                              createdAt: datetime(), updatedAt: datetime()})-[:FOR_QUESTION]->(h))""")
                    .bind(questions).to("questions").run();
            for (var family : families) {
                var domains = new ArrayList<>(DOMAINS.subList(0, 6));
                java.util.Collections.shuffle(domains, random);
                var first = new HashMap<String, Integer>();
                var latest = new HashMap<String, Integer>();
                for (var domain : domains.subList(0, 1 + random.nextInt(3))) {
                    first.put(domain, 1 + random.nextInt(5));
                    latest.put(domain, 1 + random.nextInt(5));
                }
                assessment(family, null, start.plusDays(random.nextInt(200)).toString(), first);
                assessment(family, null, start.plusDays(250 + random.nextInt(200)).toString(), latest);
            }
        }
        return municipality;
    }
}
