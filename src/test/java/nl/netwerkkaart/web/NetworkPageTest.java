package nl.netwerkkaart.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.BrowserTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network map page as the demo coach uses it on the demo family Gezin Verbeek. What the page shows is compared with
 * the same queries over GraphQL, so the test follows the demo data; the persons and ties it needs (one added 20 days
 * ago, for the date slider) it adds itself, once per run.
 */
class NetworkPageTest extends BrowserTestSupport {

    private static final String VERBEEK = "e681135a-5698-5371-89c4-ccd6dc53e61d";
    private static final String ANOUK = "91834f95-c4d1-5584-8e5e-177d8e0830e2";
    private static final String TAG = UUID.randomUUID().toString().substring(0, 6);
    private static final String RECENT = "Truus " + TAG;

    private static boolean fixturesTried;
    private static boolean fixturesMade;
    private static String recentPerson;

    private HttpGraphQlTester coach;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    @BeforeEach
    void fixtures() {
        coach = demoAccount("coach");
        assertThat(fixturesTried && !fixturesMade).as("the fixtures failed in an earlier test; see its failure").isFalse();
        if (fixturesMade) {
            return;
        }
        // once only, also when it fails halfway: a second try would add the same persons again
        fixturesTried = true;
        var members = members(VERBEEK);
        var parent = members.get("PARENT").get(0);
        var otherParent = members.get("PARENT").get(1);
        var since = today().minusDays(400).toString();
        var neighbour = addPerson(VERBEEK, "Buurman " + TAG, since);
        addTie(VERBEEK, otherParent, neighbour, "NEIGHBOUR", 2, "POSITIVE", List.of(Map.of("type", "PRACTICAL", "direction", "RECEIVES")), since);
        var colleague = addPerson(VERBEEK, "Collega " + TAG, since);
        addTie(VERBEEK, otherParent, colleague, "WORK", 3, "STRESSFUL", List.of(), since);
        var recentSince = today().minusDays(20).toString();
        recentPerson = addPerson(VERBEEK, RECENT, recentSince);
        addTie(VERBEEK, parent, recentPerson, "FAMILY", 1, "POSITIVE",
                List.of(Map.of("type", "CHILDCARE", "direction", "RECEIVES"), Map.of("type", "EMOTIONAL", "direction", "BOTH")), recentSince);
        for (var days : List.of(200, 20)) {
            coach.document("""
                            mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { userErrors { field message } } }""")
                    .variable("input", Map.of("familyId", VERBEEK, "date", today().minusDays(days).toString(), "scores", List.of(
                            Map.of("lifeDomain", "FINANCES", "score", days > 100 ? 2 : 3, "ownStrength", 50, "network", 20, "professional", 30),
                            Map.of("lifeDomain", "SOCIAL_NETWORK", "score", days > 100 ? 2 : 4, "ownStrength", 40, "network", 60, "professional", 0))))
                    .execute().path("recordAssessment.userErrors").entityList(Object.class).hasSize(0);
        }
        fixturesMade = true;
    }

    /** Person ids of the family's members by role, in the family's order. */
    private Map<String, List<String>> members(String familyId) {
        var members = coach.documentName("pageHelpQuestions").variable("id", familyId).execute()
                .path("family.members").entityList(Map.class).get();
        var byRole = new HashMap<String, List<String>>();
        for (Map<?, ?> member : members) {
            byRole.computeIfAbsent((String) member.get("role"), role -> new ArrayList<>())
                    .add((String) ((Map<?, ?>) member.get("person")).get("id"));
        }
        return byRole;
    }

    private String addPerson(String familyId, String name, String since) {
        return coach.documentName("pageAddNetworkPerson")
                .variable("input", Map.of("familyId", familyId, "givenName", name, "validFrom", since))
                .execute()
                .path("addNetworkPerson.userErrors").entityList(Object.class).hasSize(0)
                .path("addNetworkPerson.person.id").entity(String.class).get();
    }

    private String addTie(String familyId, String from, String to, String kind, int ring, String quality,
                          List<Map<String, String>> support, String since) {
        return coach.documentName("pageAddNetworkTie")
                .variable("input", Map.of("familyId", familyId, "fromPersonId", from, "toPersonId", to, "kind", kind,
                        "ring", ring, "quality", quality, "support", support, "validFrom", since))
                .execute()
                .path("addNetworkTie.userErrors").entityList(Object.class).hasSize(0)
                .path("addNetworkTie.tie.id").entity(String.class).get();
    }

    /**
     * The labels that meet a node or another label (ring captions included) as the map is drawn: the boxes Cytoscape
     * renders, each label's own box (includeNodes: false) against each node's body without its label.
     */
    private static final String OVERLAPS = """
            const cy = Netwerkkaart.kaart.state.cy;
            const only = {includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false};
            const body = {includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false, includeUnderlays: false};
            const people = cy.nodes('.persoon, .spook').filter(n => n.visible());
            const labels = people.filter(n => n.data('label')).map(n => ({id: n.id(), name: n.data('label'), box: n.renderedBoundingBox(only)}))
                .concat(cy.nodes('.ring-gids').map(n => ({id: n.id(), name: n.data('label'), box: n.renderedBoundingBox(only)})));
            const bodies = people.map(n => ({id: n.id(), name: n.data('label') || n.id(), box: n.renderedBoundingBox(body)}));
            const meet = (a, b) => a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1;
            const found = [];
            for (const a of labels) {
                for (const b of labels) {
                    if (a.id < b.id && meet(a.box, b.box)) {
                        found.push(a.name + ' / ' + b.name);
                    }
                }
                for (const b of bodies) {
                    if (a.id !== b.id && meet(a.box, b.box)) {
                        found.push(a.name + ' / node of ' + b.name);
                    }
                }
            }
            return found;""";

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() { };

    private List<Map<String, Object>> nodes(String asOf) {
        return network(asOf).path("familyNetwork.nodes").entityList(OBJECT).get();
    }

    private List<Map<String, Object>> edges(String asOf) {
        return network(asOf).path("familyNetwork.edges").entityList(OBJECT).get();
    }

    private GraphQlTester.Response network(String asOf) {
        return coach.documentName("pageFamilyNetwork").variable("familyId", VERBEEK).variable("asOf", asOf).execute();
    }

    /** Opens the family's map as the demo coach and waits until it is drawn. */
    private void openMap(String familyId) {
        signedIn("coach");
        open("/netwerk.html?gezin=" + familyId);
        waitFor(driver -> "klaar".equals(status()));
    }

    private String status() {
        return script("return document.body.dataset.status || ''");
    }

    private Set<String> ids(String selector) {
        List<String> ids = script("return Netwerkkaart.kaart.state.cy.$(arguments[0]).map(e => e.id())", selector);
        return new HashSet<>(ids);
    }

    private Set<String> visibleIds(String selector) {
        List<String> ids = script("return Netwerkkaart.kaart.state.cy.$(arguments[0]).filter(e => e.visible()).map(e => e.id())", selector);
        return new HashSet<>(ids);
    }

    @Test
    void the_map_draws_everyone_on_their_ring_with_a_legend() {
        openMap(VERBEEK);
        var nodes = nodes(null);
        var edges = edges(null);

        assertThat(ids("node.persoon")).isEqualTo(nodes.stream().map(n -> (String) n.get("id")).collect(Collectors.toSet()));
        assertThat(ids("edge.relatie")).isEqualTo(edges.stream().map(e -> (String) e.get("id")).collect(Collectors.toSet()));
        // every drawn node's ring, read in one call rather than one per node
        Map<String, Number> rings = script("const rings = {}; Netwerkkaart.kaart.state.cy.nodes('.persoon')"
                + ".forEach(n => { rings[n.id()] = n.data('ring'); }); return rings;");
        for (var node : nodes) {
            var ring = rings.get((String) node.get("id"));
            assertThat(ring).as("ring of %s", node.get("person")).isNotNull();
            var expected = Boolean.TRUE.equals(node.get("household")) ? 0 : node.get("ring") == null ? 5 : ((Number) node.get("ring")).intValue();
            assertThat(ring.intValue()).as("ring of %s", node.get("person")).isEqualTo(expected);
        }
        assertThat(ids("node.ring-gids")).contains("ring-1", "ring-2", "ring-3", "ring-4");
        // readable at the zoom the page opens with: labels of at least 12 px, none on a node or on another label
        List<Number> fontSizes = script("return Netwerkkaart.kaart.state.cy.nodes('.persoon').map(n => parseFloat(n.renderedStyle('font-size')))");
        assertThat(fontSizes).allSatisfy(size -> assertThat(size.doubleValue()).isGreaterThanOrEqualTo(11.9));
        List<String> overlaps = script(OVERLAPS);
        assertThat(overlaps).as("labels on a node or another label").isEmpty();
        // and the drawing fits the panel
        Map<String, Object> fit = script("""
                const cy = Netwerkkaart.kaart.state.cy;
                const box = cy.elements().renderedBoundingBox();
                return {x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, w: cy.width(), h: cy.height()};""");
        assertThat(((Number) fit.get("x1")).doubleValue()).isGreaterThanOrEqualTo(-2);
        assertThat(((Number) fit.get("y1")).doubleValue()).isGreaterThanOrEqualTo(-2);
        assertThat(((Number) fit.get("x2")).doubleValue()).isLessThanOrEqualTo(((Number) fit.get("w")).doubleValue() + 2);
        assertThat(((Number) fit.get("y2")).doubleValue()).isLessThanOrEqualTo(((Number) fit.get("h")).doubleValue() + 2);
        assertThat(browser.findElement(By.id("legenda")).getText()).contains("belastend", "verbroken", "familie", "huishouden");
        assertThat(browser.findElement(By.id("titel")).getText()).isEqualTo("Netwerkkaart van Gezin Verbeek");
        assertThat(browser.findElement(By.id("belastend")).getText()).contains("Collega " + TAG);
        var domains = coach.document("query ($familyId: ID!) { selfRelianceTrend(familyId: $familyId) { domains { lifeDomain } } }")
                .variable("familyId", VERBEEK).execute().path("selfRelianceTrend.domains").entityList(Object.class).get();
        String chartLines = script("return document.body.dataset.zrm");
        assertThat(chartLines).isEqualTo(String.valueOf(domains.size()));
        screenshot("netwerk-verbeek");

        browser.findElement(By.id("export-png")).click();
        String png = script("return Netwerkkaart.kaart.exportPng()");
        assertThat(png).startsWith("data:image/png;base64,");
        writeExport(png);
    }

    @Test
    void clicking_a_person_shows_their_details_and_ties() {
        openMap(VERBEEK);
        script("Netwerkkaart.kaart.state.cy.getElementById(arguments[0]).emit('tap')", recentPerson);
        assertThat(visible(By.id("persoon-naam")).getText()).isEqualTo(RECENT);
        var details = browser.findElement(By.id("persoon-details")).getText();
        assertThat(details).contains("intiem, familie", "Relaties (1)", "ontvangt oppas en respijt", "wederzijds emotionele steun");
    }

    @Test
    void filters_keep_only_the_chosen_kind_or_support_type() {
        openMap(VERBEEK);
        var nodes = nodes(null);
        var household = nodes.stream().filter(n -> Boolean.TRUE.equals(n.get("household"))).map(n -> (String) n.get("id")).toList();

        new Select(browser.findElement(By.id("filter-soort"))).selectByValue("FAMILY");
        var family = nodes.stream().filter(n -> "FAMILY".equals(n.get("kind"))).map(n -> (String) n.get("id")).toList();
        var expected = new HashSet<>(household);
        expected.addAll(family);
        assertThat(visibleIds("node.persoon")).isEqualTo(expected).contains(recentPerson);
        screenshot("netwerk-filter-familie");

        new Select(browser.findElement(By.id("filter-soort"))).selectByValue("");
        new Select(browser.findElement(By.id("filter-steun"))).selectByValue("CHILDCARE");
        // the class the page hides with (display: none); an edge's visible() can lag a class change until the next frame
        List<String> supportOfVisibleEdges = script("return Netwerkkaart.kaart.state.cy.edges().filter(e => !e.hasClass('verborgen')).map(e => e.data('support'))");
        assertThat(supportOfVisibleEdges).isNotEmpty().allSatisfy(support -> assertThat(support.split(" ")).contains("CHILDCARE"));
        assertThat(visibleIds("node.persoon")).containsAll(household).contains(recentPerson);
        assertThat(visibleIds("node.netwerk")).allSatisfy(id ->
                assertThat(edges(null)).anyMatch(edge -> (id.equals(edge.get("fromPersonId")) || id.equals(edge.get("toPersonId")))
                        && String.valueOf(edge.get("support")).contains("CHILDCARE")));
    }

    @Test
    void the_date_slider_shows_the_earlier_map_and_what_changed_since() {
        openMap(VERBEEK);
        var earlier = today().minusDays(30).toString();
        script("const slider = document.getElementById('datum-schuif'); slider.value = '-30';"
                + " slider.dispatchEvent(new Event('change'))");
        waitFor(driver -> earlier.equals(script("return document.body.dataset.datum")) && "klaar".equals(status()));

        var nodes = nodes(earlier);
        assertThat(ids("node.persoon")).isEqualTo(nodes.stream().map(n -> (String) n.get("id")).collect(Collectors.toSet()))
                .doesNotContain(recentPerson);
        assertThat(ids("node.spook.sinds-nieuw")).contains(recentPerson);
        assertThat(browser.findElement(By.id("datum")).getAttribute("value")).isEqualTo(earlier);

        var changes = coach.documentName("pageNetworkChanges").variable("familyId", VERBEEK).variable("from", earlier).execute();
        int expectedChanges = 0;
        for (var list : List.of("addedPersons", "removedPersons", "addedTies", "endedTies", "changedTies")) {
            expectedChanges += changes.path("networkChanges." + list).entityList(Object.class).get().size();
        }
        var shown = browser.findElements(By.cssSelector("#veranderingen li.verandering"));
        assertThat(shown).hasSize(expectedChanges);
        assertThat(shown.stream().map(WebElement::getText)).contains("Nieuw in het netwerk: " + RECENT);
        assertThat(browser.findElement(By.id("veranderingen-titel")).getText()).startsWith("Veranderd sinds");
        screenshot("netwerk-30-dagen-terug");

        browser.findElement(By.id("datum-vandaag")).click();
        waitFor(driver -> today().toString().equals(script("return document.body.dataset.datum")) && "klaar".equals(status()));
        assertThat(ids("node.persoon")).contains(recentPerson);
        assertThat(browser.findElement(By.id("veranderingen-paneel")).isDisplayed()).isFalse();
    }

    @Test
    void choosing_a_help_question_highlights_who_in_the_network_could_help() {
        openMap(VERBEEK);
        var questions = coach.documentName("pageHelpQuestions").variable("id", VERBEEK).execute()
                .path("family.helpQuestions").entityList(Map.class).get();
        var question = (String) questions.stream().filter(q -> !"CLOSED".equals(q.get("status"))).findFirst().orElseThrow().get("id");
        var ranked = coach.documentName("pageNetworkSupportFor").variable("helpQuestionId", question).execute()
                .path("networkSupportFor[*].person.id").entityList(String.class).get();
        // the best few, not nearly everyone
        var candidates = ranked.subList(0, Math.min(5, ranked.size()));

        new Select(browser.findElement(By.id("hulpvraag"))).selectByValue(question);
        waitFor(driver -> question.equals(script("return document.body.dataset.kandidaten")) && "klaar".equals(status()));

        assertThat(ids("node.kan-helpen")).isEqualTo(new HashSet<>(candidates));
        var listed = browser.findElements(By.cssSelector("#kandidaten li.kandidaat")).stream()
                .map(item -> item.getAttribute("data-persoon")).toList();
        assertThat(listed).containsExactlyElementsOf(candidates);
        screenshot("netwerk-hulpvraag");
    }

    @Test
    void a_tie_added_on_the_page_is_in_the_network_and_the_audit_trail_and_can_be_ended() {
        openMap(VERBEEK);
        var name = "Nieuwe buur " + TAG;
        browser.findElement(By.cssSelector("#persoon-toevoegen summary")).click();
        visible(By.id("persoon-voornaam")).sendKeys(name);
        browser.findElement(By.cssSelector("#form-persoon button[type=submit]")).click();
        waitFor(driver -> driver.findElement(By.id("bewerk-melding")).getText().equals("Persoon toegevoegd aan het netwerk.")
                && "klaar".equals(status()));
        var person = nodes(null).stream().filter(n -> name.equals(((Map<?, ?>) n.get("person")).get("givenName")))
                .findFirst().orElseThrow();
        var parent = members(VERBEEK).get("PARENT").get(1);

        browser.findElement(By.cssSelector("#relatie-toevoegen summary")).click();
        new Select(visible(By.id("relatie-van"))).selectByValue(parent);
        new Select(browser.findElement(By.id("relatie-naar"))).selectByValue((String) person.get("id"));
        new Select(browser.findElement(By.id("relatie-soort"))).selectByValue("NEIGHBOUR");
        new Select(browser.findElement(By.id("relatie-ring"))).selectByValue("2");
        new Select(browser.findElement(By.id("steun-practical"))).selectByValue("RECEIVES");
        new Select(browser.findElement(By.id("relatie-frequentie"))).selectByValue("WEEKLY");
        browser.findElement(By.cssSelector("#form-relatie button[type=submit]")).click();
        waitFor(driver -> driver.findElement(By.id("bewerk-melding")).getText().equals("Relatie toegevoegd.") && "klaar".equals(status()));

        var tie = edges(null).stream().filter(e -> person.get("id").equals(e.get("toPersonId"))).findFirst().orElseThrow();
        assertThat(tie).containsEntry("fromPersonId", parent).containsEntry("kind", "NEIGHBOUR").containsEntry("ring", 2)
                .containsEntry("support", List.of(Map.of("type", "PRACTICAL", "direction", "RECEIVES")));
        var tieId = (String) tie.get("id");
        assertThat(ids("edge.relatie")).contains(tieId);
        assertThat(audited(tieId)).contains("CREATE");

        browser.findElement(By.cssSelector("#relatie-beeindigen summary")).click();
        new Select(visible(By.id("einde-relatie"))).selectByValue(tieId);
        browser.findElement(By.id("einde-reden")).sendKeys("verhuisd");
        browser.findElement(By.cssSelector("#form-einde button[type=submit]")).click();
        waitFor(driver -> driver.findElement(By.id("bewerk-melding")).getText().startsWith("Relatie beëindigd.") && "klaar".equals(status()));
        assertThat(edges(null)).noneMatch(edge -> tieId.equals(edge.get("id")));
        assertThat(ids("edge.relatie")).doesNotContain(tieId);
        assertThat(audited(tieId)).contains("CREATE", "UPDATE");
        screenshot("netwerk-relatie-beeindigd");
    }

    @Test
    void ending_a_tie_someone_else_changed_since_the_page_read_it_says_so_in_dutch_and_keeps_their_change() {
        var since = today().minusDays(10).toString();
        var person = addPerson(VERBEEK, "Oom " + TAG, since);
        var tieId = addTie(VERBEEK, members(VERBEEK).get("PARENT").get(0), person, "FAMILY", 2, "POSITIVE", List.of(), since);
        openMap(VERBEEK);
        // another coach changes the tie after the page read it
        coach.document("mutation ($input: UpdateNetworkTieInput!) { updateNetworkTie(input: $input) { userErrors { field } } }")
                .variable("input", Map.of("tieId", tieId, "kind", "FAMILY", "ring", 1)).execute()
                .path("updateNetworkTie.userErrors").entityList(Object.class).hasSize(0);

        browser.findElement(By.cssSelector("#relatie-beeindigen summary")).click();
        new Select(visible(By.id("einde-relatie"))).selectByValue(tieId);
        browser.findElement(By.cssSelector("#form-einde button[type=submit]")).click();
        var message = waitFor(driver -> {
            var melding = driver.findElement(By.id("bewerk-melding"));
            return melding.getAttribute("class").contains("nk-melding-fout") && "klaar".equals(status()) ? melding.getText() : null;
        });

        assertThat(message).startsWith("Iemand anders heeft deze relatie intussen gewijzigd of beëindigd.");
        assertThat(edges(null)).anyMatch(edge -> tieId.equals(edge.get("id")) && Integer.valueOf(1).equals(edge.get("ring")));
        coach.document("mutation ($input: EndNetworkTieInput!) { endNetworkTie(input: $input) { userErrors { field } } }")
                .variable("input", Map.of("tieId", tieId)).execute()
                .path("endNetworkTie.userErrors").entityList(Object.class).hasSize(0);
    }

    @Test
    void a_refused_tie_shows_the_reason_in_dutch_and_changes_nothing() {
        openMap(VERBEEK);
        var parent = members(VERBEEK).get("PARENT").get(0);
        var before = graphSize();
        browser.findElement(By.cssSelector("#relatie-toevoegen summary")).click();
        new Select(visible(By.id("relatie-van"))).selectByValue(parent);
        new Select(browser.findElement(By.id("relatie-naar"))).selectByValue(parent);
        browser.findElement(By.cssSelector("#form-relatie button[type=submit]")).click();
        var message = waitFor(driver -> {
            var melding = driver.findElement(By.id("bewerk-melding"));
            return melding.getAttribute("class").contains("nk-melding-fout") ? melding.getText() : null;
        });
        assertThat(message).isEqualTo("Naar: moet een ander persoon zijn: een relatie is er tussen twee mensen.");
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void a_family_of_60_persons_and_150_ties_is_drawn_from_one_request() {
        var familyId = largeFamily();
        openMap(familyId);
        assertThat(ids("node.persoon")).hasSize(60);
        assertThat(ids("edge.relatie")).hasSize(150);
        List<String> requests = script("return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('/graphql'))");
        // the header's viewer, then one request for the whole map
        assertThat(requests).hasSize(2);
        long drawMillis = Long.parseLong(script("return document.body.dataset.tekenMs"));
        assertThat(drawMillis).isLessThan(2000);
        screenshot("netwerk-60-personen");
    }

    private static final List<String> GIVEN = List.of("Anne-Marie", "Jan", "Maria Magdalena", "Truus", "Wilhelmina", "Bo",
            "Jean-Baptiste", "Sophie", "Mohammed", "Lotte", "Christiaan-Frederik", "Ilse", "Fatima-Zahra", "Piet");
    private static final List<String> FAMILY = List.of("van der Heijden", "Verbeek", "de Vries-van Lieshout", "Jansen",
            "van den Bogaert-Smulders", "Peeters", "Hendriks", "van Kessel tot Maasbree", "El Amrani", "Op de Beeck");

    /** A random Dutch-looking full name, up to about maxLength characters, with a random tail so widths differ. */
    private static String[] longName(Random random, int maxLength) {
        var given = GIVEN.get(random.nextInt(GIVEN.size()));
        var family = new StringBuilder(FAMILY.get(random.nextInt(FAMILY.size())));
        while (given.length() + family.length() + 1 < maxLength && random.nextInt(3) > 0) {
            family.append('-').append(FAMILY.get(random.nextInt(FAMILY.size())).replace("van ", "").replace("de ", ""));
        }
        family.append(' ').append(Integer.toString(random.nextInt(46656), 36).toUpperCase());
        return new String[] {given, family.toString()};
    }

    /**
     * Labels of long and varied names never meet another label, a node or a ring caption, and the drawing still fits
     * the panel with 12 px labels: a family made through the API with 30 persons on one ring, then networks of other
     * sizes and name lengths (several random seeds) drawn by the same page code, reading the boxes Cytoscape renders.
     */
    @Test
    void labels_of_long_names_never_overlap_a_label_or_a_node() {
        var seed = System.nanoTime();
        var random = new Random(seed);
        var familyId = crowdedFamily(random);
        openMap(familyId);
        assertThat(ids("node.persoon")).hasSize(34);
        assertLabelsClearAndFitting("family of 30 on ring 3, seed " + seed);
        screenshot("netwerk-lange-namen");

        // the same page code on networks of other sizes and lengths of name
        int[][] cases = {{8, 20}, {12, 60}, {18, 70}, {25, 45}};
        for (int[] size : cases) {
            var caseSeed = random.nextLong();
            var network = syntheticNetwork(new Random(caseSeed), size[0], size[1]);
            script("""
                    const kaart = Netwerkkaart.kaart;
                    kaart.state.network = arguments[0];
                    kaart.state.changes = null;
                    kaart.state.candidates = null;
                    kaart.draw();""", network);
            assertLabelsClearAndFitting(size[0] + " persons, names up to " + size[1] + " characters, seed " + caseSeed);
        }
    }

    private void assertLabelsClearAndFitting(String what) {
        List<String> overlaps = script(OVERLAPS);
        assertThat(overlaps).as("labels on a node or another label (%s)", what).isEmpty();
        List<Number> fontSizes = script("return Netwerkkaart.kaart.state.cy.nodes('.persoon').map(n => parseFloat(n.renderedStyle('font-size')))");
        assertThat(fontSizes).as("label size (%s)", what).allSatisfy(size -> assertThat(size.doubleValue()).isGreaterThanOrEqualTo(11.9));
        Map<String, Object> fit = script("""
                const cy = Netwerkkaart.kaart.state.cy;
                const box = cy.elements().renderedBoundingBox();
                return {x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, w: cy.width(), h: cy.height()};""");
        assertThat(((Number) fit.get("x1")).doubleValue()).as("left edge (%s)", what).isGreaterThanOrEqualTo(-2);
        assertThat(((Number) fit.get("y1")).doubleValue()).as("top edge (%s)", what).isGreaterThanOrEqualTo(-2);
        assertThat(((Number) fit.get("x2")).doubleValue()).as("right edge (%s)", what).isLessThanOrEqualTo(((Number) fit.get("w")).doubleValue() + 2);
        assertThat(((Number) fit.get("y2")).doubleValue()).as("bottom edge (%s)", what).isLessThanOrEqualTo(((Number) fit.get("h")).doubleValue() + 2);
        // a shortened label keeps the full name for the tooltip
        List<String> full = script("return Netwerkkaart.kaart.state.cy.nodes('.persoon').filter(n => n.data('label') !== n.data('volledigeNaam'))"
                + ".map(n => n.data('volledigeNaam'))");
        assertThat(full).as("full names of shortened labels (%s)", what).allSatisfy(name -> assertThat(name).isNotBlank());
    }

    /** A network as familyNetwork returns it: a household of 4 and persons, most on ring 3, with long names. */
    private static Map<String, Object> syntheticNetwork(Random random, int persons, int maxLength) {
        var nodes = new ArrayList<Map<String, Object>>();
        var edges = new ArrayList<Map<String, Object>>();
        var kinds = List.of("FAMILY", "FRIEND", "NEIGHBOUR", "SCHOOL", "WORK", "CLUB", "FAITH", "ONLINE", "PROFESSIONAL");
        for (int i = 0; i < 4; i++) {
            var name = longName(random, maxLength);
            nodes.add(node("h" + i, name[0], name[1], true, null, null, i < 2 ? "PARENT" : "CHILD"));
        }
        for (int i = 0; i < persons; i++) {
            var name = longName(random, maxLength);
            var ring = random.nextInt(10) < 7 ? Integer.valueOf(3) : random.nextInt(6) == 0 ? null : Integer.valueOf(1 + random.nextInt(4));
            var kind = ring == null ? null : kinds.get(random.nextInt(kinds.size()));
            nodes.add(node("p" + i, name[0], name[1], false, ring, kind, null));
            if (ring != null) {
                edges.add(Map.of("id", "t" + i, "fromPersonId", "h" + random.nextInt(4), "toPersonId", "p" + i, "kind", kind,
                        "ring", ring, "quality", "POSITIVE", "support", List.of(Map.of("type", "PRACTICAL", "direction", "BOTH"))));
            }
        }
        return Map.of("asOf", today().toString(), "nodes", nodes, "edges", edges);
    }

    private static Map<String, Object> node(String id, String given, String family, boolean household, Integer ring,
                                            String kind, String role) {
        var node = new HashMap<String, Object>();
        node.put("id", id);
        node.put("household", household);
        node.put("ring", ring);
        node.put("kind", kind);
        node.put("memberRole", role);
        node.put("person", Map.of("id", id, "givenName", given, "familyName", family));
        return node;
    }

    /** A family of the demo coach with 4 members and 30 persons with long names on ring 3, made in a few requests. */
    private String crowdedFamily(Random random) {
        var anouk = as(Role.COACH, ANOUK);
        var area = neo4j.query("MATCH (a:Area {name: 'Panningen-Noord'}) RETURN a.id").fetchAs(String.class).one().orElseThrow();
        var familyId = anouk.document("""
                        mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { family { id } userErrors { message } } }""")
                .variable("input", Map.of("name", "Gezin Lange Namen " + TAG, "areaId", area, "coachId", ANOUK))
                .execute().path("createFamily.family.id").entity(String.class).get();
        var household = new ArrayList<String>();
        for (var role : List.of("PARENT", "PARENT", "CHILD", "CHILD")) {
            var name = longName(random, 40);
            household.add(anouk.document("""
                            mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { member { person { id } } } }""")
                    .variable("input", Map.of("familyId", familyId, "givenName", name[0], "familyName", name[1], "role", role))
                    .execute().path("addFamilyMember.member.person.id").entity(String.class).get());
        }
        var document = new StringBuilder("mutation ($familyId: ID!) {");
        for (int i = 0; i < 30; i++) {
            var name = longName(random, 50);
            document.append(" p").append(i).append(": addNetworkPerson(input: {familyId: $familyId, givenName: \"").append(name[0])
                    .append("\", familyName: \"").append(name[1]).append("\"}) { person { id } }");
        }
        var response = anouk.document(document.append(" }").toString()).variable("familyId", familyId).execute();
        var ties = new StringBuilder("mutation ($familyId: ID!) {");
        for (int i = 0; i < 30; i++) {
            var person = response.path("p" + i + ".person.id").entity(String.class).get();
            ties.append(" t").append(i).append(": addNetworkTie(input: {familyId: $familyId, fromPersonId: \"").append(household.get(i % 4))
                    .append("\", toPersonId: \"").append(person).append("\", kind: FRIEND, ring: 3, quality: POSITIVE, support: []})")
                    .append(" { userErrors { message } }");
        }
        var tied = anouk.document(ties.append(" }").toString()).variable("familyId", familyId).execute();
        for (int i = 0; i < 30; i++) {
            tied.path("t" + i + ".userErrors").entityList(Object.class).hasSize(0);
        }
        return familyId;
    }

    /** The actions the demo coach's audit trail records on the tie, newest first. */
    private List<String> audited(String tieId) {
        var events = coach.document("""
                        query ($familyId: ID!) { auditTrail(familyId: $familyId, first: 100) { edges { node { eventAction userId objectIds } } } }""")
                .variable("familyId", VERBEEK).execute()
                .path("auditTrail.edges[*].node").entityList(Map.class).get();
        return events.stream()
                .filter(event -> "coach".equals(event.get("userId")) && ((List<?>) event.get("objectIds")).contains(tieId))
                .map(event -> (String) event.get("eventAction"))
                .toList();
    }

    /**
     * A family of the demo coach with 4 household members, 56 network persons and 150 ties, made through the API in a
     * few requests (several mutations per document).
     */
    private String largeFamily() {
        var anouk = as(Role.COACH, ANOUK);
        var area = neo4j.query("MATCH (a:Area {name: 'Panningen-Noord'}) RETURN a.id").fetchAs(String.class).one().orElseThrow();
        var familyId = anouk.document("""
                        mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { family { id } userErrors { message } } }""")
                .variable("input", Map.of("name", "Gezin Groot " + TAG, "areaId", area, "coachId", ANOUK))
                .execute().path("createFamily.family.id").entity(String.class).get();
        var household = new ArrayList<String>();
        for (var member : List.of("Ouder A:PARENT", "Ouder B:PARENT", "Kind C:CHILD", "Kind D:CHILD")) {
            var parts = member.split(":");
            household.add(anouk.document("""
                            mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { member { person { id } } } }""")
                    .variable("input", Map.of("familyId", familyId, "givenName", parts[0], "role", parts[1]))
                    .execute().path("addFamilyMember.member.person.id").entity(String.class).get());
        }
        var persons = new ArrayList<String>();
        for (int chunk = 0; chunk < 56; chunk += 14) {
            var document = new StringBuilder("mutation {");
            for (int i = chunk; i < chunk + 14; i++) {
                document.append(" p").append(i).append(": addNetworkPerson(input: {familyId: \"").append(familyId)
                        .append("\", givenName: \"Persoon ").append(i).append("\"}) { person { id } }");
            }
            var response = anouk.document(document.append(" }").toString()).execute();
            for (int i = chunk; i < chunk + 14; i++) {
                persons.add(response.path("p" + i + ".person.id").entity(String.class).get());
            }
        }
        var kinds = List.of("FAMILY", "FRIEND", "NEIGHBOUR", "SCHOOL", "WORK", "CLUB", "FAITH", "ONLINE", "PROFESSIONAL");
        var qualities = List.of("POSITIVE", "POSITIVE", "AMBIVALENT", "STRESSFUL", "POSITIVE", "BROKEN");
        var ties = new ArrayList<String>();
        for (int i = 0; i < 56; i++) {
            ties.add(tie(familyId, household.get(i % 4), persons.get(i), kinds.get(i % kinds.size()), 1 + i % 4, qualities.get(i % qualities.size())));
        }
        for (int i = 0; i < 55; i++) {
            ties.add(tie(familyId, persons.get(i), persons.get(i + 1), kinds.get(i % kinds.size()), 2 + i % 3, "POSITIVE"));
        }
        for (int i = 0; i < 39; i++) {
            ties.add(tie(familyId, persons.get(i), persons.get(i + 2), kinds.get((i + 3) % kinds.size()), 3, "POSITIVE"));
        }
        for (int chunk = 0; chunk < ties.size(); chunk += 25) {
            var document = new StringBuilder("mutation {");
            for (int i = chunk; i < Math.min(chunk + 25, ties.size()); i++) {
                document.append(" t").append(i).append(": ").append(ties.get(i));
            }
            var response = anouk.document(document.append(" }").toString()).execute();
            response.path("t" + chunk + ".userErrors").entityList(Object.class).hasSize(0);
        }
        return familyId;
    }

    private static String tie(String familyId, String from, String to, String kind, int ring, String quality) {
        return "addNetworkTie(input: {familyId: \"" + familyId + "\", fromPersonId: \"" + from + "\", toPersonId: \"" + to
                + "\", kind: " + kind + ", ring: " + ring + ", quality: " + quality
                + ", support: [{type: PRACTICAL, direction: BOTH}]}) { tie { id } userErrors { message } }";
    }

    private static void writeExport(String png) {
        try {
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(Path.of("target", "screenshots", "netwerk-export.png"),
                    Base64.getDecoder().decode(png.substring("data:image/png;base64,".length())));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
