package nl.netwerkkaart.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.netwerkkaart.support.BrowserTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coach's day only through the pages (issue 17): a new family from creation to a confirmed match — the family,
 * its members, consent, a help question, a ZRM assessment, a tent session with invited participants, the ladder on
 * the tent page, proposing and confirming a match — each step checked in the API. Bad input shows the API's
 * field-named error next to the field and writes nothing. The sociale kaart is readable by a coach. The pages fit a
 * phone (390 px) without scrolling sideways. Every family it makes it erases again.
 */
class CoachDayTest extends BrowserTestSupport {

    /** Anouk Verheijen, the demo coach. */
    private static final String COACH_ID = "91834f95-c4d1-5584-8e5e-177d8e0830e2";

    private String familyId;
    private String familyName;
    private String helperId;
    private Long helperCapacity;

    @AfterEach
    void eraseTheFamily() {
        if (helperId != null && helperCapacity != null) {
            neo4j.query("MATCH (p:Professional {id: $id}) SET p.capacity = $capacity")
                    .bindAll(Map.of("id", helperId, "capacity", helperCapacity)).run();
        }
        if (familyId != null) {
            demoAccount("coach").document("""
                            mutation($id: ID!, $name: String!) {
                              eraseFamily(input: {familyId: $id, confirmName: $name}) { userErrors { field message } } }""")
                    .variable("id", familyId).variable("name", familyName).execute()
                    .path("eraseFamily.userErrors").entityList(Object.class).hasSize(0);
        }
        familyId = null;
        helperId = null;
        helperCapacity = null;
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private void type(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date input the way a user's date picker does (typing into one depends on the browser's locale). */
    private void setDate(String id, LocalDate date) {
        script("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), date.toString());
    }

    private void check(String id) {
        var box = browser.findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private void submit(String formId) {
        browser.findElement(By.cssSelector("#" + formId + " button[type=submit]")).click();
    }

    private String okMessage() {
        return waitFor(driver -> {
            var message = driver.findElement(By.id("melding"));
            return message.isDisplayed() && message.getAttribute("class").contains("nk-melding-ok") ? message.getText() : null;
        });
    }

    /** Submits a form and waits for the page's confirmation. */
    private String submitAndWait(String formId) {
        return clickAndWait(By.cssSelector("#" + formId + " button[type=submit]"));
    }

    /** Clicks and waits for the page's confirmation (the message before it taken away first). */
    private String clickAndWait(By by) {
        script("document.getElementById('melding').hidden = true; document.getElementById('melding').className = 'nk-melding';");
        browser.findElement(by).click();
        return okMessage();
    }

    private HttpGraphQlTester coach() {
        return demoAccount("coach");
    }

    private Map<String, Object> family() {
        return coach().document("""
                        query($id: ID!) { family(id: $id) {
                          name reference area { name } coach { id }
                          members { role authority person { id givenName birthDate } }
                          currentConsent { shareWithTent shareNetworkMap anonymousStatistics }
                          helpQuestions { id text urgency status lifeDomains about { givenName } }
                          tentSessions { id date status location participants { professionalId status }
                            helpQuestions { id } presentMembers { givenName } agreementItems { text responsible { id } } }
                        } }""")
                .variable("id", familyId).execute().path("family").entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { }).get();
    }

    /** How many of the family's audit events by the demo coach have this action on the object. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private long audited(String objectId, String action) {
        List<Map> events = coach().document("query($id: ID!) { auditTrail(familyId: $id, first: 100) { edges { node { eventAction userId objectIds } } } }")
                .variable("id", familyId).execute().path("auditTrail.edges[*].node").entityList(Map.class).get();
        return events.stream().filter(event -> "coach".equals(event.get("userId")) && action.equals(event.get("eventAction"))
                && ((List<?>) event.get("objectIds")).contains(objectId)).count();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    private String memberId(String givenName) {
        return list(family(), "members").stream()
                .map(member -> (Map<String, Object>) member.get("person"))
                .filter(person -> givenName.equals(person.get("givenName")))
                .map(person -> (String) person.get("id")).findFirst().orElseThrow();
    }

    /** Creates a family through the "Nieuw gezin" button of the family list and returns to its page. */
    private void createFamily(String name) {
        signedIn("coach");
        openReady("/gezinnen.html");
        visible(By.id("nieuw-gezin")).click();
        waitFor(driver -> driver.getCurrentUrl().endsWith("/gezin.html"));
        waitForReady();
        assertThat(browser.findElement(By.id("titel")).getText()).isEqualTo("Nieuw gezin");
        type("gezin-naam", name);
        type("gezin-kenmerk", "PM-TEST-" + name.hashCode());
        new Select(browser.findElement(By.id("gezin-kern"))).selectByVisibleText("Panningen");
        submit("gezin-form");
        waitFor(driver -> driver.getCurrentUrl().contains("/gezin.html?gezin="));
        familyId = browser.getCurrentUrl().replaceAll(".*[?&]gezin=([^&#]+).*", "$1");
        familyName = name;
        waitForReady();
        waitFor(driver -> driver.findElement(By.id("titel")).getText().equals(name));
    }

    /**
     * A family of the demo coach made through the API, its page opened: for the tests whose subject is not making a
     * family (the walk makes its own through the pages).
     */
    private void familyMadeBefore(String name) {
        var area = neo4j.query("MATCH (a:Area {name: 'Panningen-Noord'}) RETURN a.id").fetchAs(String.class).one().orElseThrow();
        familyId = coach().document("""
                        mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { family { id } userErrors { message } } }""")
                .variable("input", Map.of("name", name, "areaId", area, "coachId", COACH_ID))
                .execute().path("createFamily.family.id").entity(String.class).get();
        familyName = name;
        signedIn("coach");
        openReady("/gezin.html?gezin=" + familyId);
        waitFor(driver -> driver.findElement(By.id("titel")).getText().equals(name));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void a_new_family_goes_from_creation_to_a_confirmed_match_only_through_the_pages() {
        var today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        var name = "Gezin Testpad " + UUID.randomUUID().toString().substring(0, 8);

        // 1. the family, from the family list
        createFamily(name);
        var family = family();
        assertThat(family.get("name")).isEqualTo(name);
        assertThat(((Map<String, Object>) family.get("area")).get("name")).isEqualTo("Panningen");
        assertThat(((Map<String, Object>) family.get("coach")).get("id")).isEqualTo(COACH_ID);
        screenshot("gezin-nieuw");

        // 2. members with their role: a parent with authority and a child of 8
        type("lid-voornaam", "Marloes");
        type("lid-achternaam", "Testpad");
        setDate("lid-geboortedatum", today.minusYears(38).minusDays(40));
        new Select(browser.findElement(By.id("lid-rol"))).selectByValue("PARENT");
        check("lid-gezag");
        type("lid-talen", "nl, en");
        assertThat(submitAndWait("lid-form")).isEqualTo("Marloes Testpad is toegevoegd aan het gezin.");
        type("lid-voornaam", "Daan");
        setDate("lid-geboortedatum", today.minusYears(8).minusDays(10));
        new Select(browser.findElement(By.id("lid-rol"))).selectByValue("CHILD");
        assertThat(submitAndWait("lid-form")).isEqualTo("Daan is toegevoegd aan het gezin.");
        // editing a member: Daan gets his family name
        browser.findElement(By.cssSelector("#leden button[data-actie=wijzigen][data-persoon='" + memberId("Daan") + "']")).click();
        type("lid-achternaam", "Testpad");
        assertThat(submitAndWait("lid-form")).isEqualTo("Daan Testpad is gewijzigd.");
        family = family();
        assertThat(list(family, "members")).extracting(member -> member.get("role")).containsExactly("PARENT", "CHILD");
        assertThat(list(family, "members")).extracting(member -> member.get("authority")).containsExactly(true, false);
        waitFor(driver -> driver.findElements(By.cssSelector("#leden .nk-kaartje")).size() == 2);
        String marloes = memberId("Marloes");
        String daan = memberId("Daan");

        // 3. consent: the form explains the rule for Daan (8: a parent with authority); Marloes gives it
        assertThat(browser.findElement(By.id("toestemming-kinderen")).getText())
                .contains("Daan Testpad (8): een ouder met gezag geeft toestemming.");
        check("toestemming-gever-" + marloes);
        check("toestemming-scope-SHARE_WITH_TENT");
        check("toestemming-scope-SHARE_NETWORK_MAP");
        type("toestemming-notitie", "Mondeling gegeven bij het eerste gesprek.");
        assertThat(submitAndWait("toestemming-form")).isEqualTo("De toestemming is vastgelegd.");
        var consent = (Map<String, Object>) family().get("currentConsent");
        assertThat(consent).containsEntry("shareWithTent", true).containsEntry("shareNetworkMap", true)
                .containsEntry("anonymousStatistics", false);

        // 4. a help question about Daan in two life domains
        type("hulpvraag-tekst", "Wij krijgen de rekeningen niet meer betaald en Daan slaapt slecht.");
        check("hulpvraag-domein-FINANCES");
        check("hulpvraag-domein-PARENTING");
        new Select(browser.findElement(By.id("hulpvraag-urgentie"))).selectByValue("HIGH");
        new Select(browser.findElement(By.id("hulpvraag-over"))).selectByValue(daan);
        assertThat(submitAndWait("hulpvraag-form")).isEqualTo("De hulpvraag is vastgelegd.");
        var questions = list(family(), "helpQuestions");
        assertThat(questions).hasSize(1);
        var question = questions.get(0);
        assertThat(question.get("lifeDomains")).isEqualTo(List.of("FINANCES", "PARENTING"));
        assertThat(question).containsEntry("urgency", "HIGH").containsEntry("status", "OPEN");
        assertThat(((Map<String, Object>) question.get("about")).get("givenName")).isEqualTo("Daan");
        String questionId = (String) question.get("id");

        // 5. a ZRM assessment of the family as a whole, and its trend
        new Select(browser.findElement(By.id("zrm-FINANCES-score"))).selectByValue("2");
        type("zrm-FINANCES-eigen", "20");
        type("zrm-FINANCES-netwerk", "30");
        type("zrm-FINANCES-hulp", "50");
        new Select(browser.findElement(By.id("zrm-PARENTING-score"))).selectByValue("3");
        type("zrm-PARENTING-eigen", "60");
        type("zrm-PARENTING-netwerk", "30");
        type("zrm-PARENTING-hulp", "10");
        assertThat(submitAndWait("zrm-form")).isEqualTo("De meting is opgeslagen.");
        var trend = coach().document("""
                        query($id: ID!) { selfRelianceTrend(familyId: $id) { assessments { date }
                          domains { lifeDomain points { score ownStrength network professional } } } }""")
                .variable("id", familyId).execute();
        trend.path("selfRelianceTrend.assessments[*].date").entityList(String.class).containsExactly(today.toString());
        trend.path("selfRelianceTrend.domains[*].lifeDomain").entityList(String.class).containsExactly("FINANCES", "PARENTING");
        trend.path("selfRelianceTrend.domains[0].points[0].professional").entity(Integer.class).isEqualTo(50);
        waitFor(driver -> driver.findElements(By.cssSelector("#zrm-trendtabel tbody tr")).size() == 2);
        assertThat(browser.findElement(By.cssSelector("#zrm-trendtabel tr[data-leefdomein=FINANCES] .nk-score")).getText()).isEqualTo("2");
        screenshot("gezin-ingevuld");

        // 6. a tent session today for the question, with Marloes present; the suggested participants one click away
        type("tent-plaats", "Gemeentehuis Panningen, zaal 2");
        assertThat(browser.findElement(By.id("tent-hulpvraag-" + questionId)).isSelected()).isTrue();
        check("tent-aanwezig-" + marloes);
        assertThat(submitAndWait("tent-form")).startsWith("De tent van ");
        var sessions = list(family(), "tentSessions");
        assertThat(sessions).hasSize(1);
        String sessionId = (String) sessions.get(0).get("id");
        assertThat(sessions.get(0)).containsEntry("status", "PLANNED").containsEntry("date", today.toString());
        var suggested = coach().document("{ suggestTentParticipants(helpQuestionIds: [\"" + questionId + "\"], size: 10) { "
                + "suggestions { professional { id name } } } }").execute()
                .path("suggestTentParticipants.suggestions[*].professional.id").entityList(String.class).get();
        assertThat(suggested).hasSizeGreaterThanOrEqualTo(2);
        String item = "[data-sessie='" + sessionId + "'] ";
        waitFor(driver -> driver.findElements(By.cssSelector(item + ".nk-voorgesteld")).size() == suggested.size());
        assertThat(browser.findElements(By.cssSelector(item + ".nk-voorgesteld")).stream().map(e -> e.getAttribute("data-beroepskracht")))
                .containsExactlyElementsOf(suggested);
        // one click invites the first; one more invites all the others
        assertThat(clickAndWait(By.cssSelector(item + ".nk-voorgesteld[data-beroepskracht='" + suggested.get(0) + "'] button.nk-uitnodigen-een")))
                .isEqualTo("De deelnemer is uitgenodigd.");
        waitFor(driver -> {
            var all = driver.findElements(By.cssSelector(item + "button.nk-alle-uitnodigen"));
            return !all.isEmpty() && all.get(0).isDisplayed();
        });
        assertThat(clickAndWait(By.cssSelector(item + "button.nk-alle-uitnodigen"))).isEqualTo(suggested.size() == 2 ? "De deelnemer is uitgenodigd." : (suggested.size() - 1) + " deelnemers zijn uitgenodigd.");
        waitFor(driver -> driver.findElements(By.cssSelector(item + ".nk-deelnemers-lijst li")).size() == suggested.size());
        var session = list(family(), "tentSessions").get(0);
        assertThat(list(session, "participants")).extracting(p -> p.get("professionalId")).containsExactlyInAnyOrderElementsOf(suggested);
        assertThat(list(session, "participants")).extracting(p -> p.get("status")).containsOnly("INVITED");
        assertThat(list(session, "presentMembers")).extracting(p -> p.get("givenName")).containsExactly("Marloes");
        screenshot("gezin-tent-gepland");

        // 7. the tent page: the ladder of the question, propose its first professional and confirm the klik
        browser.findElement(By.cssSelector(item + "a.nk-naar-tent")).click();
        waitFor(driver -> driver.getCurrentUrl().endsWith("/tent.html?sessie=" + sessionId));
        waitForReady();
        String card = "[data-hulpvraag='" + questionId + "'] ";
        WebElement propose = waitFor(driver -> {
            try {
                return driver.findElements(By.cssSelector(card + ".nk-trede[data-trede=FIRST_LINE] button.nk-voorstellen, "
                        + card + ".nk-trede[data-trede=SPECIALIST] button.nk-voorstellen")).stream().findFirst().orElse(null);
            } catch (StaleElementReferenceException e) {
                return null;
            }
        });
        helperId = propose.getAttribute("data-helper");
        helperCapacity = neo4j.query("MATCH (p:Professional {id: $id}) RETURN p.capacity").bind(helperId).to("id")
                .fetchAs(Long.class).one().orElse(null);
        propose.click();
        String matchRow = card + "tr[data-koppeling]";
        String matchId = waitFor(driver -> driver.findElements(By.cssSelector(matchRow)).stream()
                .filter(row -> "PROPOSED".equals(row.getAttribute("data-status")))
                .map(row -> row.getAttribute("data-koppeling")).findFirst().orElse(null));
        waitFor(driver -> !driver.findElements(By.cssSelector("tr[data-koppeling='" + matchId + "'] button.nk-bevestigen")).isEmpty());
        browser.findElement(By.cssSelector("tr[data-koppeling='" + matchId + "'] button.nk-bevestigen")).click();
        waitFor(driver -> {
            try {
                return "CONFIRMED".equals(driver.findElement(By.cssSelector("tr[data-koppeling='" + matchId + "']")).getAttribute("data-status"));
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
        var match = coach().document("query($id: ID!) { helpQuestion(id: $id) { status matches { id status helperId } } }")
                .variable("id", questionId).execute();
        match.path("helpQuestion.matches[*].id").entityList(String.class).containsExactly(matchId);
        match.path("helpQuestion.matches[0].status").entity(String.class).isEqualTo("CONFIRMED");
        match.path("helpQuestion.matches[0].helperId").entity(String.class).isEqualTo(helperId);
        screenshot("gezin-tent-klik");

        // 8. back on the family page: who came and what was agreed
        openReady("/gezin.html?gezin=" + familyId);
        browser.findElement(By.cssSelector(item + ".nk-verslag summary")).click();
        String first = suggested.get(0);
        check("verslag-" + sessionId + "-gekomen-" + first);
        type("afspraak-" + sessionId + "-0-tekst", "Eerste gesprek over de rekeningen binnen twee weken.");
        new Select(browser.findElement(By.id("afspraak-" + sessionId + "-0-wie"))).selectByValue(first);
        setDate("afspraak-" + sessionId + "-0-datum", today.plusDays(14));
        type("verslag-" + sessionId + "-samenvatting", "Het gezin begint bij de schulden.");
        assertThat(clickAndWait(By.cssSelector(item + ".nk-verslag-form button[type=submit]")))
                .isEqualTo("Wie er was en de afspraken zijn vastgelegd.");
        session = list(family(), "tentSessions").get(0);
        assertThat(session).containsEntry("status", "HELD");
        assertThat(list(session, "participants")).filteredOn(p -> first.equals(p.get("professionalId")))
                .extracting(p -> p.get("status")).containsExactly("ATTENDED");
        assertThat(list(session, "agreementItems")).extracting(a -> a.get("text"))
                .containsExactly("Eerste gesprek over de rekeningen binnen twee weken.");

        // the pages' changes are audited as the API's are
        List<Map> events = coach().document("query($id: ID!) { auditTrail(familyId: $id, first: 100) { edges { node { eventAction userId objectIds } } } }")
                .variable("id", familyId).execute().path("auditTrail.edges[*].node").entityList(Map.class).get();
        for (String created : List.of(familyId, questionId, sessionId, matchId)) {
            assertThat(events).as(created).anyMatch(event -> "coach".equals(event.get("userId"))
                    && "CREATE".equals(event.get("eventAction")) && ((List<?>) event.get("objectIds")).contains(created));
        }
        screenshot("gezin-verslag");
    }

    @Test
    void bad_input_shows_the_field_named_error_next_to_the_field_and_writes_nothing() {
        signedIn("coach");
        openReady("/gezin.html");
        long families = count("Family");
        long size = graphSize();
        new Select(browser.findElement(By.id("gezin-kern"))).selectByVisibleText("Panningen");
        submit("gezin-form");
        var error = visible(By.id("gezin-naam-fout"));
        assertThat(error.getText()).isEqualTo("Naam: mag niet leeg zijn.");
        var field = browser.findElement(By.id("gezin-naam"));
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("aria-describedby").split(" ")).contains("gezin-naam-hint", "gezin-naam-fout");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("gezin-naam");
        assertThat(browser.getCurrentUrl()).endsWith("/gezin.html");
        assertThat(count("Family")).isEqualTo(families);
        assertThat(graphSize()).isEqualTo(size);
        screenshot("gezin-fout");

        // a member born tomorrow and a help question without a life domain: refused, nothing written
        familyMadeBefore("Gezin Foutpad " + UUID.randomUUID().toString().substring(0, 8));
        size = graphSize();
        type("lid-voornaam", "Morgen");
        setDate("lid-geboortedatum", LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1));
        submit("lid-form");
        assertThat(visible(By.id("lid-geboortedatum-fout")).getText()).isEqualTo("Geboortedatum: mag niet in de toekomst liggen.");
        assertThat(browser.findElement(By.id("lid-geboortedatum")).getAttribute("aria-invalid")).isEqualTo("true");
        type("hulpvraag-tekst", "Een vraag zonder leefdomein.");
        submit("hulpvraag-form");
        var domains = visible(By.id("hulpvraag-domeinen-fout"));
        assertThat(domains.getText()).startsWith("Leefdomeinen: ");
        assertThat(browser.findElement(By.id("hulpvraag-domeinen")).getAttribute("aria-describedby")).contains("hulpvraag-domeinen-fout");
        assertThat(browser.findElement(By.id("hulpvraag-domein-FINANCES")).getAttribute("aria-invalid")).isEqualTo("true");
        // shares that do not sum to 100 are refused per domain
        new Select(browser.findElement(By.id("zrm-HOUSING-score"))).selectByValue("4");
        type("zrm-HOUSING-eigen", "50");
        submit("zrm-form");
        assertThat(visible(By.id("zrm-HOUSING-fout")).getText()).isEqualTo("Huisvesting: moeten samen 100 zijn.");
        assertThat(graphSize()).isEqualTo(size);
        screenshot("gezin-fouten");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_coach_edits_a_members_role_edits_and_closes_a_question_revokes_consent_and_removes_the_member() {
        familyMadeBefore("Gezin Wijzigpad " + UUID.randomUUID().toString().substring(0, 8));
        type("lid-voornaam", "Wim");
        setDate("lid-geboortedatum", LocalDate.of(1958, 4, 12));
        new Select(browser.findElement(By.id("lid-rol"))).selectByValue("OTHER");
        assertThat(submitAndWait("lid-form")).isEqualTo("Wim is toegevoegd aan het gezin.");
        String wim = memberId("Wim");

        // his name and his role in one save: Willem Jansen, from another member of the household to a parent with
        // authority, written in one mutation and audited once
        long updatesBefore = audited(wim, "UPDATE");
        browser.findElement(By.cssSelector("#leden button[data-actie=wijzigen][data-persoon='" + wim + "']")).click();
        type("lid-voornaam", "Willem");
        type("lid-achternaam", "Jansen");
        new Select(browser.findElement(By.id("lid-rol"))).selectByValue("PARENT");
        check("lid-gezag");
        assertThat(submitAndWait("lid-form")).isEqualTo("Willem Jansen is gewijzigd.");
        var member = list(family(), "members").get(0);
        assertThat(member).containsEntry("role", "PARENT").containsEntry("authority", true);
        assertThat((Map<String, Object>) member.get("person")).containsEntry("givenName", "Willem");
        assertThat(audited(wim, "UPDATE")).isEqualTo(updatesBefore + 1);
        // a child with authority is refused next to the box by the API, and nothing changes: not the name either
        browser.findElement(By.cssSelector("#leden button[data-actie=wijzigen][data-persoon='" + wim + "']")).click();
        type("lid-voornaam", "Willy");
        new Select(browser.findElement(By.id("lid-rol"))).selectByValue("CHILD");
        submit("lid-form");
        assertThat(visible(By.id("lid-gezag-fout")).getText()).isEqualTo("Gezag: een kind kan geen gezag hebben; alleen een ouder of ander gezinslid.");
        assertThat(browser.findElement(By.id("lid-gezag")).getAttribute("aria-invalid")).isEqualTo("true");
        member = list(family(), "members").get(0);
        assertThat(member).containsEntry("role", "PARENT");
        assertThat((Map<String, Object>) member.get("person")).containsEntry("givenName", "Willem");
        assertThat(audited(wim, "UPDATE")).isEqualTo(updatesBefore + 1);
        browser.findElement(By.id("lid-annuleren")).click();

        // a question: written, made urgent, then closed
        type("hulpvraag-tekst", "Wim wil weer meedoen in het dorp.");
        check("hulpvraag-domein-SOCIAL_PARTICIPATION");
        assertThat(submitAndWait("hulpvraag-form")).isEqualTo("De hulpvraag is vastgelegd.");
        String questionId = (String) list(family(), "helpQuestions").get(0).get("id");
        browser.findElement(By.cssSelector("#hulpvragen button[data-actie=wijzigen][data-hulpvraag='" + questionId + "']")).click();
        new Select(browser.findElement(By.id("hulpvraag-urgentie"))).selectByValue("CRISIS");
        check("hulpvraag-domein-SOCIAL_NETWORK");
        assertThat(submitAndWait("hulpvraag-form")).isEqualTo("De hulpvraag is gewijzigd.");
        var question = list(family(), "helpQuestions").get(0);
        assertThat(question).containsEntry("urgency", "CRISIS").containsEntry("status", "OPEN");
        assertThat(question.get("lifeDomains")).isEqualTo(List.of("SOCIAL_NETWORK", "SOCIAL_PARTICIPATION"));
        // a tent for it, planned and called off again
        type("tent-plaats", "Buurthuis Helden");
        assertThat(submitAndWait("tent-form")).startsWith("De tent van ");
        String sessionId = (String) list(family(), "tentSessions").get(0).get("id");
        browser.findElement(By.cssSelector("[data-sessie='" + sessionId + "'] .nk-wijzigen summary")).click();
        type("wijzigen-" + sessionId + "-plaats", "Bibliotheek Helden");
        setDate("wijzigen-" + sessionId + "-datum", LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(7));
        check("wijzigen-" + sessionId + "-lid-" + wim);
        assertThat(clickAndWait(By.cssSelector("[data-sessie='" + sessionId + "'] .nk-wijzigen-form button[type=submit]")))
                .isEqualTo("De tent is gewijzigd.");
        var changed = list(family(), "tentSessions").get(0);
        assertThat(changed).containsEntry("location", "Bibliotheek Helden")
                .containsEntry("date", LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(7).toString());
        assertThat(list(changed, "presentMembers")).extracting(p -> p.get("givenName")).containsExactly("Willem");
        browser.findElement(By.cssSelector("[data-sessie='" + sessionId + "'] .nk-afzeggen summary")).click();
        type("afzeggen-" + sessionId + "-reden", "Wim is ziek.");
        assertThat(clickAndWait(By.cssSelector("[data-sessie='" + sessionId + "'] .nk-afzeggen-form button[type=submit]")))
                .startsWith("De tent is afgezegd");
        assertThat(list(family(), "tentSessions").get(0)).containsEntry("status", "CANCELLED");
        assertThat(clickAndWait(By.cssSelector("#hulpvragen button[data-actie=afsluiten][data-hulpvraag='" + questionId + "']")))
                .isEqualTo("De hulpvraag is afgesloten.");
        assertThat(list(family(), "helpQuestions").get(0)).containsEntry("status", "CLOSED");

        // consent of a family without children: an adult gives it; then it is revoked with a reason
        assertThat(browser.findElement(By.id("toestemming-kinderen")).getText()).isEmpty();
        check("toestemming-gever-" + wim);
        check("toestemming-scope-ANONYMOUS_STATISTICS");
        assertThat(submitAndWait("toestemming-form")).isEqualTo("De toestemming is vastgelegd.");
        assertThat((Map<String, Object>) family().get("currentConsent")).containsEntry("anonymousStatistics", true);
        browser.findElement(By.cssSelector("#toestemmingen button.nk-intrekken")).click();
        type("intrekken-reden", "Wim wil niet meer meetellen.");
        assertThat(submitAndWait("intrekken-form")).isEqualTo("De toestemming is ingetrokken.");
        assertThat((Map<String, Object>) family().get("currentConsent")).containsEntry("anonymousStatistics", false);

        // with his consent revoked and no question about him, Wim can leave the family
        script("window.confirm = () => true;");
        assertThat(clickAndWait(By.cssSelector("#leden button[data-actie=verwijderen][data-persoon='" + wim + "']")))
                .isEqualTo("Willem Jansen is uit het gezin verwijderd.");
        assertThat(list(family(), "members")).isEmpty();
        screenshot("gezin-gewijzigd");
    }

    @Test
    void the_coach_browses_the_sociale_kaart_read_only() {
        signedIn("coach");
        openReady("/gezinnen.html");
        visible(By.linkText("Sociale kaart")).click();
        waitFor(driver -> driver.getCurrentUrl().endsWith("/sociale-kaart.html"));
        waitForReady();
        int total = coach().document("{ communityResources(first: 1) { totalCount } }").execute()
                .path("communityResources.totalCount").entity(Integer.class).get();
        assertThat(total).isPositive();
        assertThat(browser.findElement(By.id("kaart-aantal")).getText()).isEqualTo(total + " voorzieningen");
        assertThat(browser.findElements(By.cssSelector("#voorzieningen .nk-voorziening"))).hasSize(Math.min(total, 25));

        var names = coach().document("{ communityResources(filter: {text: \"schuld\"}, first: 25) { edges { node { name } } } }").execute()
                .path("communityResources.edges[*].node.name").entityList(String.class).get();
        assertThat(names).isNotEmpty();
        type("kaart-tekst", "schuld");
        browser.findElement(By.cssSelector("#kaart-zoeken button[type=submit]")).click();
        waitFor(driver -> driver.findElements(By.cssSelector("#voorzieningen .nk-voorziening-naam")).stream()
                .map(WebElement::getText).toList().equals(names));
        assertThat(browser.findElements(By.cssSelector("#voorzieningen button"))).isEmpty();
        screenshot("sociale-kaart");
    }

    @Test
    void the_family_page_and_the_sociale_kaart_fit_a_phone() {
        familyMadeBefore("Gezin Telefoon " + UUID.randomUUID().toString().substring(0, 8));
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        for (String path : List.of("/gezin.html?gezin=" + familyId, "/gezin.html", "/sociale-kaart.html")) {
            openReady(path);
            long overflow = script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as(path).isLessThanOrEqualTo(0);
            assertThat(browser.findElement(By.id("nk-afmelden")).getRect().getX()
                    + browser.findElement(By.id("nk-afmelden")).getRect().getWidth()).as(path).isLessThanOrEqualTo(390);
        }
        openReady("/gezin.html?gezin=" + familyId);
        screenshot("gezin-telefoon");
        openReady("/sociale-kaart.html");
        screenshot("sociale-kaart-telefoon");
    }
}
