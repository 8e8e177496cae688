package nl.netwerkkaart.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.netwerkkaart.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The municipality's map page and a community resource's page, in a real browser, as the demo municipality user.
 * What the page shows is compared with the same queries over GraphQL, so the test follows the demo data.
 */
class MapPageTest extends BrowserTestSupport {

    private static final String DOMAIN = "FINANCES";
    private static final List<String> CHARTS = List.of("grafiek-stroom", "grafiek-tijd", "grafiek-treden", "grafiek-uitkomsten");

    /** Opens the map as the demo municipality (signed in once for the class) and waits for its first view. */
    private void openMapAsMunicipality() {
        signedIn("municipality");
        open("/kaart.html");
        waitForReady();
    }

    /** Waits for the page to mark a part loaded (after a new period is asked for). */
    private void loaded(String part) {
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#inhoud[data-" + part + "='ja']")));
    }

    private String from() {
        return browser.findElement(By.id("van")).getDomProperty("value");
    }

    private String to() {
        return browser.findElement(By.id("tot")).getDomProperty("value");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void kernen_are_shaded_by_gap_for_the_chosen_life_domain_and_suppressed_cells_are_marked() {
        openMapAsMunicipality();
        loaded("dekking");
        new Select(browser.findElement(By.id("leefdomein"))).selectByValue(DOMAIN);

        List<Map> kernen = demoAccount("municipality").documentName("mapPageKernen").variable("municipalityId", DEMO_MUNICIPALITY)
                .execute().path("areas.edges[*].node").entityList(Map.class).get();
        var withGeometry = kernen.stream().filter(kern -> kern.get("geometry") != null).map(kern -> (String) kern.get("name")).toList();
        assertThat(withGeometry).isNotEmpty();
        // every kern with an outline is drawn once and shaded for the chosen domain
        waitFor(driver -> driver.findElements(By.cssSelector("#kaart path.nk-kern[data-klasse]")).size() == withGeometry.size());
        var drawn = browser.findElements(By.cssSelector("#kaart path.nk-kern")).stream().map(path -> path.getDomAttribute("data-kern")).toList();
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(withGeometry);

        List<Map> rows = demoAccount("municipality").documentName("mapPageCoverage").variable("municipalityId", DEMO_MUNICIPALITY)
                .variable("from", from()).variable("to", to())
                .execute().path("areaCoverage.kernen").entityList(Map.class).get();
        var selectors = new ArrayList<String>();
        var shadeSelectors = new ArrayList<String>();
        for (Map row : rows) {
            for (Map cell : (List<Map>) row.get("cells")) {
                selectors.add("#dekking tr[data-kern='" + row.get("kernName") + "'] td[data-leefdomein='" + cell.get("lifeDomain") + "'] .nk-vraag");
                if (DOMAIN.equals(cell.get("lifeDomain")) && withGeometry.contains(row.get("kernName"))) {
                    shadeSelectors.add("#kaart path.nk-kern[data-kern='" + row.get("kernName") + "']");
                }
            }
        }
        // what every cell and shade shows, read in one call: a call per cell (some 200 cells, three calls each) took
        // most of this test's time; null for an element that is not there
        Map<String, List<String>> shown = script("""
                const read = {};
                for (const selector of arguments[0]) {
                    const e = document.querySelector(selector);
                    read[selector] = e ? [e.innerText.trim(), e.getAttribute('class') || ''] : null;
                }
                for (const selector of arguments[1]) {
                    const e = document.querySelector(selector);
                    read[selector] = e ? [e.getAttribute('data-klasse') || ''] : null;
                }
                return read;""", selectors, shadeSelectors);
        long suppressedCells = 0;
        for (Map row : rows) {
            for (Map cell : (List<Map>) row.get("cells")) {
                var suppressed = Boolean.TRUE.equals(((Map) cell.get("demand")).get("suppressed"));
                var selector = "#dekking tr[data-kern='" + row.get("kernName") + "'] td[data-leefdomein='" + cell.get("lifeDomain") + "'] .nk-vraag";
                assertThat(shown.get(selector)).as(selector).isNotNull();
                assertThat(shown.get(selector).get(0)).as(selector).isEqualTo(suppressed ? "onderdrukt" : String.valueOf(((Map) cell.get("demand")).get("value")));
                assertThat(shown.get(selector).get(1)).as(selector).contains(suppressed ? "nk-onderdrukt" : "nk-vraag");
                if (suppressed) {
                    suppressedCells++;
                }
                if (DOMAIN.equals(cell.get("lifeDomain")) && withGeometry.contains(row.get("kernName"))) {
                    var path = "#kaart path.nk-kern[data-kern='" + row.get("kernName") + "']";
                    assertThat(shown.get(path)).as(path).isNotNull();
                    assertThat(shown.get(path).get(0).equals("onderdrukt")).as("shade of " + row.get("kernName")).isEqualTo(cell.get("gapScore") == null);
                }
            }
        }
        // the demo municipality is small: some of its cells are always below the threshold
        assertThat(suppressedCells).isPositive();
        assertThat(browser.findElements(By.cssSelector("#dekking .nk-cel .nk-onderdrukt"))).hasSize((int) suppressedCells);
        assertThat(browser.findElement(By.id("download-dekking-csv")).getDomAttribute("href"))
                .isEqualTo("/municipality/" + DEMO_MUNICIPALITY + "/coverage.csv?from=" + from() + "&to=" + to());
        screenshot("kaart-gemeente");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_flow_charts_are_drawn_per_period() {
        openMapAsMunicipality();
        loaded("stroom");
        List<String> periods = demoAccount("municipality").documentName("mapPageFlow").variable("municipalityId", DEMO_MUNICIPALITY)
                .variable("from", from()).variable("to", to())
                .execute().path("flowStatistics.periods[*].label").entityList(String.class).get();
        assertThat(periods).isNotEmpty();

        for (var id : CHARTS) {
            Map<String, Object> chart = script("""
                    const canvas = document.getElementById(arguments[0]);
                    const chart = Chart.getChart(canvas);
                    return chart ? {width: canvas.width, labels: chart.data.labels,
                        points: chart.data.datasets.map(d => d.data.length)} : null;""", id);
            assertThat(chart).as(id).isNotNull();
            assertThat(((Number) chart.get("width")).intValue()).as(id).isPositive();
            assertThat((List<Number>) chart.get("points")).as(id).isNotEmpty().allMatch(n -> n.intValue() > 0);
            if (id.equals("grafiek-stroom")) {
                assertThat((List<String>) chart.get("labels")).containsExactlyElementsOf(periods);
            }
        }
        script("document.getElementById('grafiek-stroom').scrollIntoView()");
        screenshot("kaart-stroomgrafieken");
    }

    @Test
    void an_hsds_file_imported_through_the_form_flags_what_does_not_fit_and_its_service_appears_on_the_map() {
        openMapAsMunicipality();
        // the gaps drawn above the form move it down while the statistics load: click only once the page is still
        loaded("stroom");
        var file = Path.of("src/test/resources/web/hsds-kaarttest.json").toAbsolutePath();
        browser.findElement(By.id("hsds-bestand")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("#hsds-import button[type=submit]")).click();

        visible(By.id("hsds-rapport"));
        int created = Integer.parseInt(browser.findElement(By.id("hsds-nieuw")).getText());
        int unchanged = Integer.parseInt(browser.findElement(By.id("hsds-ongewijzigd")).getText());
        // idempotent by HSDS id: a second run of this test in the same database finds them unchanged
        assertThat(created + unchanged).isEqualTo(2);
        // the specification allows inverted ages: the record is imported as it came and flagged for someone to fix
        var flags = browser.findElements(By.cssSelector("#hsds-aandachtspunten tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(flags).anySatisfy(row -> assertThat(row)
                .contains("services[1]", "0c7e5a10-6b2f-4d3a-9e81-5f4b7c2d1a11", "maximum_age", "mag niet lager zijn dan minimum_age"));
        waitFor(driver -> !driver.findElements(By.cssSelector("#hsds-nakijken li[data-voorziening='Huiswerkklas Beringe (kaarttest)']")).isEmpty());

        var marker = waitFor(driver -> driver.findElements(By.cssSelector("#kaart path.nk-voorziening[data-voorziening='Opvoedcafé Egchel (kaarttest)']")))
                .stream().findFirst();
        assertThat(marker).isPresent();
        screenshot("kaart-hsds-import");
    }

    @Test
    void the_municipality_edits_a_resource_on_its_page_with_errors_next_to_the_fields_and_marks_it_checked() {
        var egchel = demoAccount("municipality").documentName("mapPageKernen").variable("municipalityId", DEMO_MUNICIPALITY)
                .execute().path("areas.edges[?(@.node.name == 'Egchel')].node.id").entityList(String.class).get().get(0);
        var name = "Kaarttest buurtgezin " + UUID.randomUUID().toString().substring(0, 8);
        var id = demoAccount("municipality").documentName("mapPageCreateResource")
                .variable("input", Map.of("name", name, "kind", "VOLUNTEER_SUPPORT", "lifeDomains", List.of("PARENTING"),
                        "locationId", egchel, "servesAreaIds", List.of(egchel)))
                .execute().path("createCommunityResource.userErrors").entityList(Object.class).hasSize(0)
                .path("createCommunityResource.communityResource.id").entity(String.class).get();

        signedIn("municipality");
        open("/voorziening.html?id=" + id);
        visible(By.id("inhoud"));
        assertThat(browser.findElement(By.id("naam")).getDomProperty("value")).isEqualTo(name);
        // never verified, so it is stale
        assertThat(browser.findElement(By.id("controle-status")).getDomAttribute("data-verouderd")).isEqualTo("ja");

        var minimum = browser.findElement(By.id("minimumleeftijd"));
        minimum.clear();
        minimum.sendKeys("12");
        var maximum = browser.findElement(By.id("maximumleeftijd"));
        maximum.clear();
        maximum.sendKeys("4");
        browser.findElement(By.id("opslaan")).click();
        var error = visible(By.id("fout-maximumleeftijd"));
        assertThat(error.getText()).isEqualTo("Leeftijd tot en met: mag niet lager zijn dan de leeftijd vanaf.");
        assertThat(maximum.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("melding")).getText()).contains("Niet opgeslagen");
        screenshot("voorziening-veldfout");

        maximum.clear();
        maximum.sendKeys("18");
        browser.findElement(By.id("opslaan")).click();
        waitFor(driver -> driver.findElement(By.id("melding")).getText().equals("Opgeslagen."));
        assertThat(browser.findElements(By.className("nk-veldfout"))).isEmpty();
        demoAccount("municipality").documentName("mapPageResource").variable("id", id).execute()
                .path("communityResource.minimumAge").entity(Integer.class).isEqualTo(12)
                .path("communityResource.maximumAge").entity(Integer.class).isEqualTo(18);

        browser.findElement(By.id("controleren")).click();
        waitFor(driver -> "nee".equals(driver.findElement(By.id("controle-status")).getDomAttribute("data-verouderd")));
        var today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        demoAccount("municipality").documentName("mapPageResource").variable("id", id).execute()
                .path("communityResource.lastVerifiedAt").entity(String.class).isEqualTo(today)
                .path("communityResource.stale").entity(Boolean.class).isEqualTo(false);
        screenshot("voorziening-gecontroleerd");
    }

    @Test
    void a_coach_gets_none_of_the_map_data() {
        signedIn("coach");
        open("/kaart.html");
        var message = visible(By.id("melding")).getText();
        assertThat(message).isEqualTo("Deze pagina is alleen voor de gemeente en beheerders: u heeft geen toegang tot deze gegevens.");
        assertThat(browser.findElement(By.id("inhoud")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("path.nk-kern, path.nk-voorziening, #dekking td"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("nav a[href='/kaart.html']"))).isEmpty();
        screenshot("kaart-coach-geen-toegang");
    }
}
