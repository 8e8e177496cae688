package nl.netwerkkaart.municipality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import nl.netwerkkaart.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class AreaCoverageTest extends MunicipalityTestSupport {

    record CountView(Integer value, boolean suppressed) {
    }

    record CellView(String lifeDomain, CountView demand, int communityResources, int professionals, int supply, Double gapScore) {
    }

    record KernView(String kernId, String kernName, Double latitude, Double longitude, List<CellView> cells, CountView demandTotal) {

        CellView cell(String lifeDomain) {
            return cells.stream().filter(c -> c.lifeDomain().equals(lifeDomain)).findFirst().orElseThrow();
        }
    }

    record DomainTotalView(String lifeDomain, CountView demand) {
    }

    record CoverageView(String municipalityId, String from, String to, int minimumCellSize, List<String> lifeDomains,
                        List<KernView> kernen, List<DomainTotalView> domainTotals, CountView demandTotal) {

        KernView kern(String name) {
            return kernen.stream().filter(k -> k.kernName().equals(name)).findFirst().orElseThrow();
        }

        CountView domainTotal(String lifeDomain) {
            return domainTotals.stream().filter(t -> t.lifeDomain().equals(lifeDomain)).findFirst().orElseThrow().demand();
        }
    }

    private String municipality;
    private String akkerdorp;
    private String beekveld;
    private String craneveld;
    private String schoolExpertise;

    /**
     * Akkerdorp (with wijk Akkerdorp-Noord): FINANCES 6, PARENTING 2, SCHOOL 7; Beekveld: FINANCES 5, PARENTING 8;
     * Craneveld: HOUSING 4 live plus 2 erased in 2025. Families without a current statistics consent and a question
     * after the period add nothing. Supply: a resource for the whole municipality on FINANCES, one in the wijk through
     * a PARENTING expertise, one on HOUSING in Craneveld; a professional with places on PARENTING in Beekveld; and
     * resources and professionals that must not count.
     */
    @BeforeEach
    void fixtures() {
        municipality = municipality("Gemeente Dekking");
        akkerdorp = kern(municipality, "Akkerdorp", 51.41, 5.61);
        var noord = wijk(akkerdorp, "Akkerdorp-Noord");
        beekveld = kern(municipality, "Beekveld", 51.43, 5.66);
        craneveld = kern(municipality, "Craneveld", 51.45, 5.70);
        var coach = coach();

        var a1 = consentingFamily(akkerdorp, coach);
        var a2 = consentingFamily(noord, coach);
        questions(a1, 3, List.of("FINANCES"), "2025-03-01T10:00:00+01:00", null);
        questions(a2, 3, List.of("FINANCES"), "2026-01-05T10:00:00+01:00", "2026-02-01T10:00:00+01:00");
        questions(a1, 2, List.of("PARENTING"), "2025-01-01T00:00:00+01:00", null);
        questions(a1, 4, List.of("SCHOOL"), "2025-09-01T10:00:00+02:00", null);
        questions(a2, 3, List.of("SCHOOL"), "2026-06-30T23:59:00+02:00", null);
        questions(a1, 1, List.of("FINANCES"), "2026-07-01T00:00:00+02:00", null);
        questions(a1, 1, List.of("FINANCES"), "2024-12-31T23:59:00+01:00", null);
        questions(family(akkerdorp, coach, List.of("SHARE_WITH_TENT"), "CURRENT"), 3, List.of("FINANCES"), "2025-05-01T10:00:00+02:00", null);
        questions(family(akkerdorp, coach, List.of("ANONYMOUS_STATISTICS"), "REVOKED"), 2, List.of("FINANCES"), "2025-05-01T10:00:00+02:00", null);
        questions(family(noord, coach, List.of("ANONYMOUS_STATISTICS"), "EXPIRED"), 2, List.of("FINANCES"), "2025-05-01T10:00:00+02:00", null);
        questions(family(akkerdorp, coach, null, null), 2, List.of("FINANCES"), "2025-05-01T10:00:00+02:00", null);

        var b1 = consentingFamily(beekveld, coach);
        questions(b1, 5, List.of("FINANCES"), "2025-04-01T10:00:00+02:00", null);
        questions(b1, 8, List.of("PARENTING"), "2025-10-01T10:00:00+02:00", null);
        questions(consentingFamily(craneveld, coach), 4, List.of("HOUSING"), "2026-02-01T10:00:00+01:00", null);
        neo4j.query("""
                        MATCH (h:LifeDomain {code: 'HOUSING'})
                        CREATE (s:AnonymousStatistics {id: randomUUID(), areaId: $kern, year: 2025, erasedFamilies: 1, helpQuestions: 2})
                        CREATE (s)-[:BY_DOMAIN {helpQuestions: 2}]->(h)""")
                .bind(craneveld).to("kern").run();

        var ids = neo4j.query("""
                        MATCH (m:Area {id: $m}), (a:Area {id: $a}), (w:Area {id: $w}), (b:Area {id: $b}), (c:Area {id: $c})
                        MATCH (finances:LifeDomain {code: 'FINANCES'}), (parenting:LifeDomain {code: 'PARENTING'}),
                              (housing:LifeDomain {code: 'HOUSING'}), (school:LifeDomain {code: 'SCHOOL'})
                        CREATE (opvoed:Expertise {id: randomUUID(), name: 'Opvoedhulp Dekking ' + $tag})-[:IN_DOMAIN]->(parenting)
                        CREATE (leer:Expertise {id: randomUUID(), name: 'Leerhulp Dekking ' + $tag})-[:IN_DOMAIN]->(school)
                        CREATE (:CommunityResource {id: randomUUID(), name: 'Geldhulp Dekking', kind: 'SERVICE', status: 'ACTIVE'})-[:SERVES]->(m)
                        CREATE (:CommunityResource {id: randomUUID(), name: 'Geldhulp Gesloten', kind: 'SERVICE', status: 'INACTIVE'})-[:SERVES]->(a)
                        CREATE (ouders:CommunityResource {id: randomUUID(), name: 'Oudergroep Noord', kind: 'GROUP', status: 'ACTIVE'})-[:LOCATED_IN]->(w)
                        CREATE (ouders)-[:ADDRESSES]->(opvoed)
                        CREATE (wonen:CommunityResource {id: randomUUID(), name: 'Woonwinkel Craneveld', kind: 'FACILITY', status: 'ACTIVE'})-[:SERVES]->(c)
                        CREATE (wonen)-[:ADDRESSES]->(housing)
                        WITH *
                        MATCH (geld:CommunityResource)-[:SERVES]->(area) WHERE geld.name STARTS WITH 'Geldhulp' AND area IN [m, a]
                        CREATE (geld)-[:ADDRESSES]->(finances)
                        WITH DISTINCT b, opvoed, leer
                        CREATE (open:Professional {id: randomUUID(), name: 'Opvoedcoach Beekveld', capacity: 2, acceptingClients: true, coach: false})-[:SERVES]->(b)
                        CREATE (vol:Professional {id: randomUUID(), name: 'Opvoedcoach Vol', capacity: 0, acceptingClients: true, coach: false})-[:SERVES]->(b)
                        CREATE (dicht:Professional {id: randomUUID(), name: 'Opvoedcoach Dicht', capacity: 3, acceptingClients: false, coach: false})-[:SERVES]->(b)
                        CREATE (open)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(opvoed), (vol)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(opvoed),
                               (dicht)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(opvoed)
                        // a school club elsewhere: it fills no gap here, but shows which kind of resource could
                        CREATE (elsewhere:Area {id: randomUUID(), name: 'Elders', kind: 'MUNICIPALITY'})
                        CREATE (club:CommunityResource {id: randomUUID(), name: 'Huiswerkclub Elders', kind: 'CLUB', status: 'ACTIVE'})-[:SERVES]->(elsewhere)
                        CREATE (club)-[:ADDRESSES]->(leer)
                        RETURN leer.id AS leer""")
                .bindAll(Map.of("m", municipality, "a", akkerdorp, "w", noord, "b", beekveld, "c", craneveld, "tag", tag()))
                .fetch().one().orElseThrow();
        schoolExpertise = (String) ids.get("leer");
    }

    private CoverageView coverage(String from, String to) {
        return graphQl.documentName("areaCoverage")
                .variable("municipalityId", municipality).variable("from", from).variable("to", to)
                .execute()
                .path("areaCoverage").entity(CoverageView.class).get();
    }

    @Test
    void demand_counts_questions_of_consenting_families_in_the_kern_and_its_wijken_within_the_period() {
        var coverage = coverage("2025-01-01", "2026-06-30");

        assertThat(coverage.minimumCellSize()).isEqualTo(5);
        assertThat(coverage.lifeDomains()).hasSize(17).startsWith("FINANCES", "WORK_AND_EDUCATION");
        assertThat(coverage.kernen()).extracting(KernView::kernName).containsExactly("Akkerdorp", "Beekveld", "Craneveld");
        var akker = coverage.kern("Akkerdorp");
        assertThat(akker.latitude()).isEqualTo(51.41);
        assertThat(akker.cell("SCHOOL")).isEqualTo(new CellView("SCHOOL", new CountView(7, false), 0, 0, 0, 7.0));
        assertThat(akker.demandTotal()).isEqualTo(new CountView(15, false));
        assertThat(coverage.kern("Craneveld").cell("HOUSING"))
                .as("four live questions and two of an erased family in 2025, a whole year of the period")
                .isEqualTo(new CellView("HOUSING", new CountView(6, false), 1, 0, 1, 3.0));
        assertThat(coverage.kern("Craneveld").cell("FINANCES"))
                .as("the resource serving the whole municipality serves every kern")
                .isEqualTo(new CellView("FINANCES", new CountView(0, false), 1, 0, 1, 0.0));
        assertThat(coverage.domainTotal("FINANCES")).isEqualTo(new CountView(11, false));
        assertThat(coverage.domainTotal("PARENTING")).isEqualTo(new CountView(10, false));
        assertThat(coverage.demandTotal()).isEqualTo(new CountView(34, false));

        var withoutWholeYear = coverage("2025-02-01", "2026-06-30");
        assertThat(withoutWholeYear.kern("Craneveld").cell("HOUSING").demand())
                .as("erased questions are dated by year only, so they count only in whole years")
                .isEqualTo(new CountView(null, true));
    }

    @Test
    void supply_counts_active_resources_and_professionals_with_places_serving_the_kern_per_domain() {
        var coverage = coverage("2025-01-01", "2026-06-30");

        var akker = coverage.kern("Akkerdorp");
        assertThat(akker.cell("FINANCES").communityResources()).as("the municipality-wide one, not the inactive one").isEqualTo(1);
        assertThat(akker.cell("PARENTING").communityResources()).as("located in a wijk, addressing an expertise in the domain").isEqualTo(1);
        assertThat(akker.cell("PARENTING").professionals()).isZero();
        var beek = coverage.kern("Beekveld");
        assertThat(beek.cell("PARENTING").communityResources()).isZero();
        assertThat(beek.cell("PARENTING").professionals()).as("only the one with places who accepts clients").isEqualTo(1);
        assertThat(beek.cell("PARENTING").supply()).isEqualTo(1);
        assertThat(beek.cell("SCHOOL").supply()).as("the club elsewhere does not serve this municipality").isZero();
    }

    @Test
    void small_demand_is_suppressed_together_with_enough_cells_to_hide_it_from_the_totals() {
        var coverage = coverage("2025-01-01", "2026-06-30");

        var akker = coverage.kern("Akkerdorp");
        var beek = coverage.kern("Beekveld");
        assertThat(akker.cell("PARENTING").demand()).as("2 is below 5").isEqualTo(new CountView(null, true));
        assertThat(akker.cell("PARENTING").gapScore()).as("a gap score would reveal the demand").isNull();
        assertThat(akker.cell("FINANCES").demand()).as("complement in the kern's row").isEqualTo(new CountView(null, true));
        assertThat(beek.cell("PARENTING").demand()).as("complement in the PARENTING column").isEqualTo(new CountView(null, true));
        assertThat(beek.cell("FINANCES").demand()).as("complement in the FINANCES column").isEqualTo(new CountView(null, true));
        assertThat(beek.demandTotal()).isEqualTo(new CountView(13, false));

        // An attacker takes every published number and looks for the values of the hidden cells that fit them all.
        var solutions = possibleValues(coverage, "Akkerdorp", "PARENTING");
        assertThat(solutions).as("the hidden cell cannot be derived from the totals").hasSizeGreaterThan(1).contains(2);
    }

    @Test
    void a_kern_row_with_one_small_cell_and_otherwise_zeros_hides_its_total_rather_than_a_zero() {
        var kern = kern(municipality, "Dalveld", 51.47, 5.72);
        questions(consentingFamily(kern, coach()), 3, List.of("JUSTICE"), "2025-06-01T10:00:00+02:00", null);

        var coverage = coverage("2025-01-01", "2026-06-30");

        var dal = coverage.kern("Dalveld");
        assertThat(dal.cell("JUSTICE").demand().suppressed()).isTrue();
        assertThat(dal.demandTotal().suppressed()).as("a hidden zero would not protect it").isTrue();
        assertThat(dal.cell("FINANCES").demand()).isEqualTo(new CountView(0, false));
        assertThat(coverage.domainTotal("JUSTICE").suppressed()).as("nor can the JUSTICE column give it away").isTrue();
    }

    @Test
    void gaps_list_the_largest_visible_gaps_with_what_could_fill_them() {
        var page = graphQl.documentName("gaps")
                .variable("municipalityId", municipality).variable("from", "2025-01-01").variable("to", "2026-06-30")
                .variable("first", 1)
                .execute();
        page.path("gaps.totalCount").entity(Integer.class).isEqualTo(2)
                .path("gaps.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("gaps.edges[0].node").matchesJson("""
                        {"kernId": "%s", "kernName": "Akkerdorp", "lifeDomain": "SCHOOL", "demand": {"value": 7, "suppressed": false},
                         "communityResources": 0, "professionals": 0, "gapScore": 7.0}""".formatted(akkerdorp))
                .path("gaps.edges[0].node.resourceKinds").entityList(String.class).contains("CLUB")
                .path("gaps.edges[0].node.expertises[*].id").entityList(String.class).contains(schoolExpertise);
        var cursor = page.path("gaps.pageInfo.endCursor").entity(String.class).get();

        graphQl.documentName("gaps")
                .variable("municipalityId", municipality).variable("from", "2025-01-01").variable("to", "2026-06-30")
                .variable("after", cursor)
                .execute()
                .path("gaps.edges[*].node.lifeDomain").entityList(String.class).containsExactly("HOUSING")
                .path("gaps.edges[0].node.gapScore").entity(Double.class).isEqualTo(3.0);
    }

    @Test
    void the_coverage_downloads_as_csv_and_geojson_with_a_marker_for_suppressed_cells() {
        var csv = http(Role.ADMIN, null).get()
                .uri("/municipality/{id}/coverage.csv?from=2025-01-01&to=2026-06-30", municipality).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dekking-2025-01-01-2026-06-30.csv\"")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).startsWith("kernId,kern,lifeDomain,demand,communityResources,professionals,supply,gapScore\r\n")
                .contains(akkerdorp + ",Akkerdorp,SCHOOL,7,0,0,0,7.0\r\n")
                .contains(akkerdorp + ",Akkerdorp,PARENTING,x,1,0,1,x\r\n")
                .contains(beekveld + ",Beekveld,ALL,13,,,,\r\n")
                .contains(",ALL,FINANCES,11,,,,\r\n")
                .endsWith(",ALL,ALL,34,,,,\r\n");
        assertThat(csv.lines()).hasSize(1 + 3 * 17 + 3 + 17 + 1);

        http(Role.ADMIN, null).get()
                .uri("/municipality/{id}/coverage.geojson?from=2025-01-01&to=2026-06-30", municipality).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("application/geo+json"))
                .expectBody()
                .jsonPath("$.type").isEqualTo("FeatureCollection")
                .jsonPath("$.suppressedMarker").isEqualTo("x")
                .jsonPath("$.features.length()").isEqualTo(3)
                .jsonPath("$.features[0].geometry.type").isEqualTo("Point")
                .jsonPath("$.features[0].geometry.coordinates[0]").isEqualTo(5.61)
                .jsonPath("$.features[0].geometry.coordinates[1]").isEqualTo(51.41)
                .jsonPath("$.features[0].properties.name").isEqualTo("Akkerdorp")
                .jsonPath("$.features[0].properties.demand_SCHOOL").isEqualTo(7)
                .jsonPath("$.features[0].properties.gapScore_SCHOOL").isEqualTo(7.0)
                .jsonPath("$.features[0].properties.demand_PARENTING").isEqualTo("x")
                .jsonPath("$.features[0].properties.supply_PARENTING").isEqualTo(1)
                .jsonPath("$.features[0].properties.gapScore_PARENTING").isEqualTo("x");
    }

    @Test
    void the_resources_download_as_geojson_points_where_they_are_located() {
        http(Role.ADMIN, null).get().uri("/municipality/{id}/resources.geojson", municipality).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("application/geo+json"))
                .expectBody()
                .jsonPath("$.type").isEqualTo("FeatureCollection")
                .jsonPath("$.features[*].properties.name").value(names -> assertThat((List<Object>) names)
                        .containsExactly("Geldhulp Dekking", "Geldhulp Gesloten", "Oudergroep Noord", "Woonwinkel Craneveld"))
                .jsonPath("$.features[2].properties.status").isEqualTo("ACTIVE")
                .jsonPath("$.features[2].properties.location").isEqualTo("Akkerdorp-Noord")
                .jsonPath("$.features[2].properties.lifeDomains[0]").isEqualTo("PARENTING")
                .jsonPath("$.features[2].geometry.coordinates").isEqualTo(List.of(5.61, 51.41))
                .jsonPath("$.features[0].geometry").isEmpty();
    }

    /**
     * Every value the hidden cell of {@code kern} × {@code lifeDomain} can take so that the hidden cells, as whole
     * numbers of at least zero, fit every published row, column and grand total.
     */
    private static List<Integer> possibleValues(CoverageView coverage, String kern, String lifeDomain) {
        int rows = coverage.kernen().size();
        int columns = coverage.lifeDomains().size();
        var hidden = new ArrayList<int[]>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (coverage.kernen().get(r).cells().get(c).demand().suppressed()) {
                    hidden.add(new int[] {r, c});
                }
            }
        }
        // a hidden cell is at most its visible row or column total, and never more than the grand total
        var bounds = hidden.stream().mapToInt(cell -> {
            var row = coverage.kernen().get(cell[0]).demandTotal();
            var column = coverage.domainTotals().get(cell[1]).demand();
            return Math.min(row.suppressed() ? Integer.MAX_VALUE : row.value(),
                    Math.min(column.suppressed() ? Integer.MAX_VALUE : column.value(), coverage.demandTotal().value()));
        }).toArray();
        int target = IntStream.range(0, hidden.size())
                .filter(i -> coverage.kernen().get(hidden.get(i)[0]).kernName().equals(kern)
                        && coverage.lifeDomains().get(hidden.get(i)[1]).equals(lifeDomain))
                .findFirst().orElseThrow();
        var possible = new TreeSet<Integer>();
        search(coverage, hidden, bounds, new int[hidden.size()], 0, target, possible);
        return List.copyOf(possible);
    }

    private static void search(CoverageView coverage, List<int[]> hidden, int[] bounds, int[] values, int index, int target,
                               Set<Integer> possible) {
        if (index == hidden.size()) {
            if (fits(coverage, hidden, values)) {
                possible.add(values[target]);
            }
            return;
        }
        for (int v = 0; v <= bounds[index]; v++) {
            values[index] = v;
            search(coverage, hidden, bounds, values, index + 1, target, possible);
        }
    }

    private static boolean fits(CoverageView coverage, List<int[]> hidden, int[] values) {
        int rows = coverage.kernen().size();
        int columns = coverage.lifeDomains().size();
        var table = new int[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                var demand = coverage.kernen().get(r).cells().get(c).demand();
                table[r][c] = demand.suppressed() ? -1 : demand.value();
            }
        }
        for (int i = 0; i < hidden.size(); i++) {
            table[hidden.get(i)[0]][hidden.get(i)[1]] = values[i];
        }
        int grand = 0;
        for (int r = 0; r < rows; r++) {
            int sum = IntStream.of(table[r]).sum();
            grand += sum;
            var total = coverage.kernen().get(r).demandTotal();
            if (!total.suppressed() && total.value() != sum) {
                return false;
            }
        }
        for (int c = 0; c < columns; c++) {
            int column = c;
            int sum = IntStream.range(0, rows).map(r -> table[r][column]).sum();
            var total = coverage.domainTotals().get(c).demand();
            if (!total.suppressed() && total.value() != sum) {
                return false;
            }
        }
        return coverage.demandTotal().suppressed() || coverage.demandTotal().value() == grand;
    }
}
