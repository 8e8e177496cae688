package nl.netwerkkaart.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.schema.GraphQLFieldDefinition;
import nl.netwerkkaart.Today;
import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role × every query and mutation × the user's own family, another family of the same municipality and a family
 * of another municipality: allowed or denied exactly as issue 3's rules say. The signed-in coach coaches both the own
 * family and the family in the other municipality, and the professional takes part, with consent, in the tent
 * sessions of both: only the municipality boundary keeps the latter out. A refusal may look like FORBIDDEN, NOT_FOUND,
 * a user error, or a list without the family; any other error (a server error, a bad request) fails the test. Every
 * family-level case also leaves its NEN 7513 event: SUCCESS when allowed, DENIED when refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends GraphQlTestSupport {

    enum Target { OWN, OTHER_FAMILY, OTHER_MUNICIPALITY }

    enum Outcome { ALLOWED, DENIED }

    /** Whether a fixture family has a tent session, and whether the matrix professional takes part in it. */
    enum Tent { NONE, WITHOUT_PROFESSIONAL, JOINED }

    /** Who may do an operation, and whether it concerns a family (then it runs against each target). */
    enum Rule {
        FAMILY_READ(true, Role.COACH, Role.PROFESSIONAL),
        FAMILY_WRITE(true, Role.COACH),
        COACH_OF_FAMILY(true, Role.COACH),
        /** The professional invited to a family's tent session, answering for themselves. */
        INVITED_PROFESSIONAL(true, Role.PROFESSIONAL),
        EVERYONE(false, Role.values()),
        /** Coaches and professionals, on no family's data (a text analysed, nothing stored). */
        COACH_OR_PROFESSIONAL(false, Role.COACH, Role.PROFESSIONAL),
        MUNICIPALITY_OR_ADMIN(false, Role.MUNICIPALITY, Role.ADMIN),
        ADMIN(false, Role.ADMIN);

        final boolean familyLevel;
        final Set<Role> roles;

        Rule(boolean familyLevel, Role... roles) {
            this.familyLevel = familyLevel;
            this.roles = EnumSet.copyOf(List.of(roles));
        }

        Outcome expected(Role role, Target target) {
            return roles.contains(role) && (!familyLevel || target == Target.OWN) ? Outcome.ALLOWED : Outcome.DENIED;
        }
    }

    /** The data of one target family. */
    record Fixture(String familyId, String familyName, String kernId, String coachId, String parentId, String childId,
                   String auntId, String tieId, String questionId, String tentId, String matchId) {
    }

    record Operation(String field, String document, Rule rule, Function<Fixture, Map<String, Object>> variables) {
    }

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /**
     * Lists leave out the families the user may not see instead of refusing them, so leaving one out writes no
     * event; what they do show is audited like any read.
     */
    private static final Set<String> UNAUDITED_REFUSALS = Set.of("families");

    /**
     * The fixture child stays under 12, so the parent's consent keeps covering the family's sharing (a consent given by
     * parents alone stops covering once a child turns 12).
     */
    private static final LocalDate CHILD_BIRTH_DATE = LocalDate.now(Today.ZONE).minusYears(9);

    private final Map<Target, Fixture> fixtures = new LinkedHashMap<>();
    private String coachId;
    private String professionalId;
    private String organisationId;
    private String expertiseId;
    private String helperId;
    private String expertiseName;
    private String wijkId;
    private String wijkName;
    private String otherMunicipalityId;
    private String otherKernName;
    private String listedProfessionalId;
    private String resourceId;
    private final Map<Role, WebTestClient> clients = new EnumMap<>(Role.class);

    @Autowired
    private GraphQlSource graphQlSource;

    @BeforeAll
    void families() {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var otherMunicipality = area("Andere gemeente " + tag, "MUNICIPALITY", null);
        var kern = area("Matrixkern " + tag, "KERN", DEMO_MUNICIPALITY);
        otherKernName = "Verre kern " + tag;
        var otherKern = area(otherKernName, "KERN", otherMunicipality);
        otherMunicipalityId = otherMunicipality;
        wijkName = "Matrixwijk " + tag;
        wijkId = area(wijkName, "WIJK", kern);
        coachId = professional("Matrixcoach " + tag, true);
        professionalId = professional("Matrixdeelnemer " + tag, false);
        var otherCoach = professional("Andere matrixcoach " + tag, true);
        // the helper of every fixture family's match: not a matrix user, so no match opens a family to one of them
        helperId = professional("Matrixhulpverlener " + tag, false);
        organisationId = neo4j.query("""
                        CREATE (o:Organisation {id: randomUUID(), name: $name, createdAt: datetime(), updatedAt: datetime()})
                        RETURN o.id""")
                .bind("Matrixorganisatie " + tag).to("name").fetchAs(String.class).one().orElseThrow();
        expertiseId = neo4j.query("""
                        MATCH (finances:LifeDomain {code: 'FINANCES'})
                        CREATE (e:Expertise {id: randomUUID(), name: $name, createdAt: datetime(), updatedAt: datetime()})
                        CREATE (e)-[:IN_DOMAIN]->(finances)
                        RETURN e.id""")
                .bind(expertiseName = "Matrixexpertise " + tag).to("name").fetchAs(String.class).one().orElseThrow();
        // a directory entry for the administrator to change, apart from the professionals the matrix signs in as
        listedProfessionalId = professional("Matrixvermelding " + tag, false);
        resourceId = resource("Matrixbuurthuis " + tag, kern);
        // matchProfessionals and minimalTeam find the match helper for every fixture family
        neo4j.query("""
                        MATCH (helper:Professional {id: $helper}), (e:Expertise {id: $expertise}), (k:Area) WHERE k.id IN $kernen
                        MERGE (helper)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(e)
                        MERGE (helper)-[:SERVES]->(k)""")
                .bindAll(Map.of("helper", helperId, "expertise", expertiseId, "kernen", List.of(kern, otherKern))).run();
        fixtures.put(Target.OWN, family("Gezin Matrix Eigen " + tag, kern, coachId, Tent.JOINED));
        fixtures.put(Target.OTHER_FAMILY, family("Gezin Matrix Ander " + tag, kern, otherCoach, Tent.WITHOUT_PROFESSIONAL));
        fixtures.put(Target.OTHER_MUNICIPALITY, family("Gezin Matrix Elders " + tag, otherKern, coachId, Tent.JOINED));
    }

    /** A root field added to the schema without a row here fails the build, so no operation escapes the matrix. */
    @Test
    void every_root_field_of_the_schema_has_a_row_in_the_matrix() {
        var schema = graphQlSource.schema();
        var rootFields = Stream.of(schema.getQueryType(), schema.getMutationType())
                .flatMap(type -> type.getFieldDefinitions().stream())
                .map(GraphQLFieldDefinition::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        var covered = operations().stream().map(Operation::field).collect(Collectors.toCollection(TreeSet::new));
        assertThat(covered).as("root fields with a matrix row").isEqualTo(rootFields);
    }

    @TestFactory
    Stream<DynamicTest> every_role_reaches_exactly_what_the_rules_allow() {
        var tests = new ArrayList<DynamicTest>();
        for (var operation : operations()) {
            for (var target : operation.rule().familyLevel ? List.of(Target.values()) : List.of(Target.OWN)) {
                for (var role : Role.values()) {
                    var expected = operation.rule().expected(role, target);
                    var name = operation.document() + " as " + role + (operation.rule().familyLevel ? " on " + target : "")
                            + " is " + expected;
                    tests.add(DynamicTest.dynamicTest(name, () -> check(operation, role, target, expected)));
                }
            }
        }
        return tests.stream();
    }

    private List<Operation> operations() {
        return List.of(
                // family-level reads, including nested fields reached from another entry point
                new Operation("family", "family", Rule.FAMILY_READ, f -> Map.of("id", f.familyId())),
                new Operation("family", "familyConsents", Rule.FAMILY_READ, f -> Map.of("id", f.familyId())),
                new Operation("families", "familiesNested", Rule.FAMILY_READ, f -> Map.of("text", f.familyName())),
                new Operation("helpQuestion", "helpQuestion", Rule.FAMILY_READ, f -> Map.of("id", f.questionId())),
                new Operation("tentSession", "tentSession", Rule.FAMILY_READ, f -> Map.of("id", f.tentId())),
                new Operation("auditTrail", "auditTrail", Rule.COACH_OF_FAMILY, f -> Map.of("familyId", f.familyId())),
                new Operation("exportFamily", "exportFamily", Rule.COACH_OF_FAMILY, f -> Map.of("id", f.familyId())),
                new Operation("familyNetwork", "familyNetwork", Rule.FAMILY_READ, f -> Map.of("familyId", f.familyId())),
                new Operation("networkSummary", "networkSummary", Rule.FAMILY_READ, f -> Map.of("familyId", f.familyId())),
                new Operation("networkChanges", "networkChanges", Rule.FAMILY_READ,
                        f -> Map.of("familyId", f.familyId(), "from", LocalDate.now(Today.ZONE).minusMonths(6).toString())),
                new Operation("networkSupportFor", "networkSupportFor", Rule.FAMILY_READ, f -> Map.of("helpQuestionId", f.questionId())),
                new Operation("selfRelianceTrend", "selfRelianceTrend", Rule.FAMILY_READ, f -> Map.of("familyId", f.familyId())),
                new Operation("supportOptions", "supportOptions", Rule.FAMILY_READ, f -> Map.of("helpQuestionId", f.questionId())),
                new Operation("matchProfessionals", "matchProfessionals", Rule.FAMILY_READ, f -> Map.of("helpQuestionId", f.questionId())),
                new Operation("minimalTeam", "minimalTeam", Rule.FAMILY_READ, f -> Map.of("familyId", f.familyId())),
                new Operation("match", "match", Rule.FAMILY_READ, f -> Map.of("id", f.matchId())),
                new Operation("caseTimeline", "caseTimeline", Rule.FAMILY_READ, f -> Map.of("familyId", f.familyId())),
                new Operation("suggestTentParticipants", "suggestTentParticipants", Rule.FAMILY_READ,
                        f -> Map.of("helpQuestionIds", List.of(f.questionId()))),
                new Operation("analysis", "analysis", Rule.FAMILY_READ, f -> Map.of("helpQuestionId", f.questionId())),
                new Operation("networkTieHistory", "networkTieHistory", Rule.FAMILY_READ, f -> Map.of("tieId", f.tieId())),
                // family-level writes; those that consume their object get a fresh one each time
                new Operation("createFamily", "createFamily", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "name", "Gezin Nieuw " + UUID.randomUUID(), "areaId", f.kernId(), "coachId", f.coachId()))),
                new Operation("updateFamily", "updateFamily", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "id", f.familyId(), "name", f.familyName(), "areaId", f.kernId(), "coachId", f.coachId()))),
                new Operation("deleteFamily", "deleteFamily", Rule.FAMILY_WRITE,
                        f -> Map.of("id", family("Gezin Weg " + UUID.randomUUID(), f.kernId(), f.coachId(), Tent.NONE).familyId())),
                new Operation("eraseFamily", "eraseFamily", Rule.COACH_OF_FAMILY, f -> {
                    var doomed = family("Gezin Gewist " + UUID.randomUUID(), f.kernId(), f.coachId(), Tent.NONE);
                    return Map.of("input", Map.of("familyId", doomed.familyId(), "confirmName", doomed.familyName()));
                }),
                new Operation("addFamilyMember", "addFamilyMember", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "familyId", f.familyId(), "givenName", "Oma", "role", "OTHER"))),
                new Operation("updatePerson", "updatePerson", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "id", f.childId(), "givenName", "Kind", "birthDate", CHILD_BIRTH_DATE.toString()))),
                new Operation("updateFamilyMember", "updateFamilyMember", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "familyId", f.familyId(), "personId", member(f.familyId()), "role", "PARENT", "authority", true))),
                new Operation("removeFamilyMember", "removeFamilyMember", Rule.FAMILY_WRITE,
                        f -> Map.of("familyId", f.familyId(), "personId", member(f.familyId()))),
                new Operation("createHelpQuestion", "createHelpQuestion", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "familyId", f.familyId(), "text", "Hulp bij de administratie.", "lifeDomains", List.of("FINANCES")))),
                new Operation("updateHelpQuestion", "updateHelpQuestion", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "id", f.questionId(), "text", "Hulp bij de administratie.", "lifeDomains", List.of("FINANCES"),
                        "status", "OPEN"))),
                new Operation("deleteHelpQuestion", "deleteHelpQuestion", Rule.FAMILY_WRITE,
                        f -> Map.of("id", question(f.familyId()))),
                new Operation("recordConsent", "recordConsent", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "familyId", f.familyId(), "givenByPersonIds", List.of(f.parentId()),
                        "scopes", List.of("SHARE_WITH_TENT")))),
                new Operation("revokeConsent", "revokeConsent", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "consentId", consent(f.familyId(), f.parentId(), List.of("ANONYMOUS_STATISTICS")), "reason", "Matrix"))),
                new Operation("addNetworkPerson", "addNetworkPerson", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "familyId", f.familyId(), "givenName", "Buurvrouw"))),
                new Operation("recordAssessment", "recordAssessment", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "familyId", f.familyId(), "date", LocalDate.now(Today.ZONE).toString(), "scores", List.of(Map.of(
                                "lifeDomain", "FINANCES", "score", 3, "ownStrength", 50, "network", 30, "professional", 20))))),
                new Operation("saveAnalysis", "saveAnalysis", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "helpQuestionId", f.questionId(), "summary", "Schulden door baanverlies."))),
                new Operation("addHandoverNote", "addHandoverNote", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "familyId", f.familyId(), "text", "Overdracht aan het wijkteam."))),
                new Operation("scheduleTentSession", "scheduleTentSession", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "familyId", f.familyId(), "date", LocalDate.now(Today.ZONE).plusDays(14).toString(), "location", "Huis van de Wijk",
                        "helpQuestionIds", List.of(f.questionId())))),
                new Operation("proposeMatch", "proposeMatch", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "helpQuestionId", question(f.familyId()), "helperId", helperId))),
                new Operation("confirmMatch", "confirmMatch", Rule.FAMILY_WRITE,
                        f -> Map.of("input", Map.of("id", match(f.questionId(), "PROPOSED")))),
                new Operation("startMatch", "startMatch", Rule.FAMILY_WRITE,
                        f -> Map.of("input", Map.of("id", match(f.questionId(), "CONFIRMED")))),
                new Operation("closeMatch", "closeMatch", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "id", match(question(f.familyId()), "STARTED"), "outcome", "NO_CLICK"))),
                new Operation("deleteAnalysis", "deleteAnalysis", Rule.FAMILY_WRITE,
                        f -> Map.of("input", Map.of("id", analysis(f.familyId())))),
                new Operation("updateNetworkPerson", "updateNetworkPerson", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "familyId", f.familyId(), "personId", f.auntId(), "givenName", "Tante"))),
                new Operation("endNetworkPerson", "endNetworkPerson", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "familyId", f.familyId(), "personId", networkPerson(f.familyId())))),
                new Operation("addNetworkTie", "addNetworkTie", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "familyId", f.familyId(), "fromPersonId", networkPerson(f.familyId()), "toPersonId", f.childId(),
                        "kind", "NEIGHBOUR", "ring", 3))),
                new Operation("updateNetworkTie", "updateNetworkTie", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "tieId", f.tieId(), "kind", "FAMILY", "ring", 1,
                        "support", List.of(Map.of("type", "PRACTICAL", "direction", "GIVES"))))),
                new Operation("endNetworkTie", "endNetworkTie", Rule.FAMILY_WRITE,
                        f -> Map.of("input", Map.of("tieId", tie(f.familyId(), f.parentId()), "reason", "Verhuisd"))),
                new Operation("addResourceUse", "addResourceUse", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "familyId", f.familyId(), "personId", networkPerson(f.familyId()), "resourceId", resourceId))),
                new Operation("endResourceUse", "endResourceUse", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "familyId", f.familyId(), "personId", resourceUser(f.familyId()), "resourceId", resourceId))),
                new Operation("updateTentSession", "updateTentSession", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "id", f.tentId(), "date", LocalDate.now(Today.ZONE).plusDays(7).toString(), "location", "Huis van de Wijk",
                        "helpQuestionIds", List.of(f.questionId())))),
                new Operation("cancelTentSession", "cancelTentSession", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "id", tent(f, LocalDate.now(Today.ZONE).plusDays(7)), "reason", "Matrix"))),
                new Operation("inviteTentParticipants", "inviteTentParticipants", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "tentSessionId", f.tentId(), "professionalIds", List.of(professional("Genodigde " + UUID.randomUUID(), false))))),
                new Operation("respondToTentInvitation", "respondToTentInvitation", Rule.INVITED_PROFESSIONAL,
                        f -> Map.of("input", Map.of("tentSessionId", f.tentId(), "accept", true))),
                // a session that took place yesterday, so its attendance can be recorded (once: it is then held)
                new Operation("recordTentAttendance", "recordTentAttendance", Rule.FAMILY_WRITE, f -> Map.of("input", Map.of(
                        "tentSessionId", tent(f, LocalDate.now(AMSTERDAM).minusDays(1)),
                        "attendedProfessionalIds", List.of(professionalId)))),
                // the directory: everyone reads, the administrator manages it
                new Operation("professionals", "professionals", Rule.EVERYONE, f -> Map.of()),
                new Operation("professional", "professional", Rule.EVERYONE, f -> Map.of("id", professionalId)),
                new Operation("organisations", "organisations", Rule.EVERYONE, f -> Map.of()),
                new Operation("organisation", "organisation", Rule.EVERYONE, f -> Map.of("id", organisationId)),
                new Operation("expertises", "expertises", Rule.EVERYONE, f -> Map.of()),
                new Operation("suggestExpertises", "suggestExpertises", Rule.COACH_OR_PROFESSIONAL,
                        f -> Map.of("text", "Ons kind heeft moeite met lezen en spellen")),
                new Operation("lifeDomains", "lifeDomains", Rule.EVERYONE, f -> Map.of()),
                new Operation("area", "areaWithParts", Rule.EVERYONE, f -> Map.of("id", f.kernId())),
                new Operation("communityResources", "communityResources", Rule.EVERYONE, f -> Map.of()),
                new Operation("search", "search", Rule.EVERYONE, f -> Map.of("text", "schuld")),
                new Operation("areas", "areas", Rule.EVERYONE, f -> Map.of("parentId", f.kernId())),
                new Operation("expertise", "expertise", Rule.EVERYONE, f -> Map.of("id", expertiseId)),
                new Operation("communityResource", "communityResource", Rule.EVERYONE, f -> Map.of("id", resourceId)),
                new Operation("viewer", "viewer", Rule.EVERYONE, f -> Map.of()),
                new Operation("createOrganisation", "createOrganisation", Rule.ADMIN,
                        f -> Map.of("input", Map.of("name", "Organisatie " + UUID.randomUUID()))),
                new Operation("updateOrganisation", "updateOrganisation", Rule.ADMIN, f -> Map.of("input", Map.of(
                        "id", organisationId, "name", "Matrixorganisatie " + UUID.randomUUID()))),
                new Operation("deleteOrganisation", "deleteOrganisation", Rule.ADMIN, f -> Map.of("id", neo4j.query("""
                                CREATE (o:Organisation {id: randomUUID(), name: 'Weg', createdAt: datetime(), updatedAt: datetime()})
                                RETURN o.id""").fetchAs(String.class).one().orElseThrow())),
                new Operation("createExpertise", "createExpertise", Rule.ADMIN, f -> Map.of("input", Map.of(
                        "name", "Expertise " + UUID.randomUUID(), "lifeDomains", List.of("FINANCES")))),
                new Operation("createProfessional", "createProfessional", Rule.ADMIN, f -> Map.of("input", Map.of(
                        "name", "Professional " + UUID.randomUUID(), "discipline", "Maatschappelijk werker",
                        "tier", "FIRST_LINE", "capacity", 2, "acceptingClients", true, "coach", false,
                        "organisationId", organisationId, "areaIds", List.of(f.kernId()),
                        "expertises", List.of(Map.of("expertiseId", expertiseId, "level", "BASIC"))))),
                new Operation("createArea", "createArea", Rule.ADMIN, f -> Map.of("input", Map.of(
                        "name", "Wijk " + UUID.randomUUID(), "kind", "WIJK", "partOfId", f.kernId()))),
                new Operation("updateArea", "updateArea", Rule.ADMIN, f -> Map.of("input", Map.of(
                        "id", wijkId, "name", wijkName, "kind", "WIJK", "partOfId", f.kernId()))),
                new Operation("deleteArea", "deleteArea", Rule.ADMIN,
                        f -> Map.of("id", area("Weg " + UUID.randomUUID(), "WIJK", f.kernId()))),
                // into the matrix's own other municipality, so the demo areas keep their shapes
                new Operation("uploadAreaGeometries", "uploadAreaGeometries", Rule.ADMIN, f -> Map.of(
                        "municipalityId", otherMunicipalityId, "featureCollection", Map.of("type", "FeatureCollection",
                                "features", List.of(Map.of("type", "Feature", "properties", Map.of("name", otherKernName),
                                        "geometry", Map.of("type", "Polygon", "coordinates", List.of(List.of(
                                                List.of(5.70, 51.40), List.of(5.71, 51.40), List.of(5.71, 51.41),
                                                List.of(5.70, 51.41), List.of(5.70, 51.40))))))))),
                new Operation("updateExpertise", "updateExpertise", Rule.ADMIN, f -> Map.of("input", Map.of(
                        "id", expertiseId, "name", expertiseName, "lifeDomains", List.of("FINANCES")))),
                new Operation("deleteExpertise", "deleteExpertise", Rule.ADMIN,
                        f -> Map.of("id", expertise("Weg " + UUID.randomUUID()))),
                new Operation("updateProfessional", "updateProfessional", Rule.ADMIN, f -> Map.of("input", Map.of(
                        "id", listedProfessionalId, "name", "Matrixvermelding " + UUID.randomUUID(), "discipline", "Jeugdverpleegkundige",
                        "tier", "FIRST_LINE", "capacity", 2, "acceptingClients", true, "coach", false,
                        "organisationId", organisationId, "areaIds", List.of(f.kernId()),
                        "expertises", List.of(Map.of("expertiseId", expertiseId, "level", "BASIC"))))),
                new Operation("deleteProfessional", "deleteProfessional", Rule.ADMIN,
                        f -> Map.of("id", professional("Weg " + UUID.randomUUID(), false))),
                new Operation("createCommunityResource", "createCommunityResource", Rule.MUNICIPALITY_OR_ADMIN,
                        f -> Map.of("input", Map.of("name", "Buurtcafé " + UUID.randomUUID(), "kind", "FACILITY",
                                "locationId", f.kernId(), "servesAreaIds", List.of(f.kernId()), "lifeDomains", List.of("HOUSING")))),
                new Operation("updateCommunityResource", "updateCommunityResource", Rule.MUNICIPALITY_OR_ADMIN,
                        f -> Map.of("input", Map.of("id", resourceId, "name", "Matrixbuurthuis " + UUID.randomUUID(),
                                "kind", "FACILITY", "locationId", f.kernId(), "servesAreaIds", List.of(f.kernId()),
                                "lifeDomains", List.of("HOUSING")))),
                new Operation("deleteCommunityResource", "deleteCommunityResource", Rule.MUNICIPALITY_OR_ADMIN,
                        f -> Map.of("id", resource("Weg " + UUID.randomUUID(), f.kernId()))),
                new Operation("verifyCommunityResource", "verifyCommunityResource", Rule.MUNICIPALITY_OR_ADMIN,
                        f -> Map.of("input", Map.of("id", resourceId))),
                // a service without a name: reported per record, so nothing lands in the demo municipality
                new Operation("importHsds", "importHsds", Rule.MUNICIPALITY_OR_ADMIN,
                        f -> Map.of("document", List.of(Map.of("id", UUID.randomUUID().toString())))),
                new Operation("mapSettings", "mapSettings", Rule.MUNICIPALITY_OR_ADMIN, f -> Map.of()),
                new Operation("areaCoverage", "areaCoverage", Rule.MUNICIPALITY_OR_ADMIN, f -> Map.of("municipalityId",
                        DEMO_MUNICIPALITY, "from", "2026-01-01", "to", "2026-06-30")),
                new Operation("gaps", "gaps", Rule.MUNICIPALITY_OR_ADMIN, f -> Map.of("municipalityId", DEMO_MUNICIPALITY)),
                new Operation("flowStatistics", "flowStatistics", Rule.MUNICIPALITY_OR_ADMIN, f -> Map.of("municipalityId",
                        DEMO_MUNICIPALITY, "from", "2026-01-01", "to", "2026-06-30", "granularity", "QUARTER")),
                new Operation("exportHsds", "exportHsds", Rule.MUNICIPALITY_OR_ADMIN, f -> Map.of()),
                // a feed no one serves (the discard port): the pull starts, then fails without writing anything
                new Operation("pullHsdsFeed", "pullHsdsFeed", Rule.MUNICIPALITY_OR_ADMIN,
                        f -> Map.of("input", Map.of("baseUrl", "http://localhost:9/hsds"))),
                new Operation("hsdsImportJobs", "hsdsImportJobs", Rule.MUNICIPALITY_OR_ADMIN, f -> Map.of()),
                new Operation("staleResources", "staleResources", Rule.MUNICIPALITY_OR_ADMIN, f -> Map.of()),
                new Operation("verifyAuditChain", "verifyAuditChain", Rule.ADMIN, f -> Map.of()),
                new Operation("familiesPastRetention", "familiesPastRetention", Rule.ADMIN, f -> Map.of()));
    }

    private void check(Operation operation, Role role, Target target, Outcome expected) {
        var fixture = fixtures.get(target);
        var variables = operation.variables().apply(fixture);
        var client = clients.computeIfAbsent(role, signedIn -> http(signedIn, switch (signedIn) {
            case COACH -> coachId;
            case PROFESSIONAL -> professionalId;
            default -> null;
        }));
        var before = ZonedDateTime.now(ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = client.post().uri("/graphql")
                .bodyValue(Map.of("query", document(operation.document()), "variables", variables))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(outcome(body, operation.field(), operation.rule().familyLevel))
                .as("%s as %s on %s: %s", operation.document(), role, target, body)
                .isEqualTo(expected);
        if (operation.rule().familyLevel
                && (expected == Outcome.ALLOWED || !UNAUDITED_REFUSALS.contains(operation.field()))) {
            assertThat(auditOutcomes(role, before))
                    .as("the audit events of %s as %s on %s", operation.document(), role, target)
                    .contains(expected == Outcome.ALLOWED ? "SUCCESS" : "DENIED");
        }
    }

    /**
     * The outcomes of the audit events that users of {@code role} caused since {@code since} and that name a family;
     * the matrix runs one request at a time, so these are the events of the last one.
     */
    private List<String> auditOutcomes(Role role, ZonedDateTime since) {
        return List.copyOf(neo4j.query("""
                        MATCH (e:AuditEvent)
                        WHERE e.eventDateTime >= $since AND e.roleCode = $role
                          AND (e.familyId IS NOT NULL OR e.outcome = 'DENIED')
                        RETURN e.outcome""")
                .bindAll(Map.of("since", since, "role", role.name()))
                .fetchAs(String.class).all());
    }

    /** Reads the answer as allowed or denied; throws on anything that is neither, such as a server error. */
    @SuppressWarnings("unchecked")
    private static Outcome outcome(Map<String, Object> body, String field, boolean familyLevel) {
        var errors = (List<Map<String, Object>>) body.getOrDefault("errors", List.of());
        if (!errors.isEmpty()) {
            var refusal = errors.stream().allMatch(error -> Set.of("FORBIDDEN", "NOT_FOUND", "UNAUTHORIZED")
                    .contains(String.valueOf(((Map<String, Object>) error.getOrDefault("extensions", Map.of())).get("classification"))));
            assertThat(refusal).as("only refusals, no other errors: %s", errors).isTrue();
            return Outcome.DENIED;
        }
        var value = ((Map<String, Object>) body.get("data")).get(field);
        if (value == null) {
            return Outcome.DENIED;
        }
        // The inputs are the same for every role and target, and valid where allowed, so a user error is a refusal.
        if (value instanceof Map<?, ?> payload && payload.get("userErrors") instanceof List<?> userErrors && !userErrors.isEmpty()) {
            return Outcome.DENIED;
        }
        // an empty list is a refusal only where the family is filtered out; elsewhere refusals are errors
        if (!familyLevel) {
            return Outcome.ALLOWED;
        }
        // a list filtered to the family (a connection of which only edges are asked, or none counted) or left empty
        if (value instanceof Map<?, ?> connection && connection.get("edges") instanceof List<?> edges && edges.isEmpty()
                && (connection.keySet().equals(Set.of("edges")) || Long.valueOf(0).equals(asLong(connection.get("totalCount"))))) {
            return Outcome.DENIED;
        }
        if (value instanceof List<?> list && list.isEmpty()) {
            return Outcome.DENIED;
        }
        return Outcome.ALLOWED;
    }

    private static Long asLong(Object number) {
        return number instanceof Number n ? n.longValue() : null;
    }

    private static String document(String name) {
        try {
            return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }

    private String area(String name, String kind, String partOf) {
        return neo4j.query("""
                        CREATE (a:Area {id: randomUUID(), name: $name, kind: $kind, createdAt: datetime(), updatedAt: datetime()})
                        WITH a
                        OPTIONAL MATCH (parent:Area {id: $partOf})
                        FOREACH (p IN CASE WHEN parent IS NULL THEN [] ELSE [parent] END | CREATE (a)-[:PART_OF]->(p))
                        RETURN a.id""")
                .bindAll(nullable(Map.of("name", name, "kind", kind), "partOf", partOf))
                .fetchAs(String.class).one().orElseThrow();
    }

    private String professional(String name, boolean coach) {
        return neo4j.query("""
                        CREATE (p:Professional {id: randomUUID(), name: $name, discipline: 'Gezinscoach', tier: 'FIRST_LINE',
                                                coach: $coach, capacity: 3, acceptingClients: true, languages: ['nl'],
                                                createdAt: datetime(), updatedAt: datetime()})
                        RETURN p.id""")
                .bindAll(Map.of("name", name, "coach", coach)).fetchAs(String.class).one().orElseThrow();
    }

    /**
     * A family with a parent, a child, an aunt in its network who helps with money, a help question, consent to share
     * with the tent and to share the network map, and
     * unless {@code tent} is NONE a tent session next week, an analysis and a proposed match of the question.
     */
    private Fixture family(String name, String kernId, String coach, Tent tent) {
        var row = neo4j.query("""
                        MATCH (k:Area {id: $kernId}), (c:Professional {id: $coach}), (p:Professional {id: $professional})
                        MATCH (finances:LifeDomain {code: 'FINANCES'})
                        CREATE (f:Family {id: randomUUID(), name: $name, createdAt: datetime(), updatedAt: datetime()})
                        CREATE (f)-[:LIVES_IN]->(k), (f)-[:COACHED_BY]->(c)
                        CREATE (parent:Person {id: randomUUID(), givenName: 'Ouder', familyName: 'Matrix', birthDate: date('1985-01-01'),
                                               languages: ['nl'], createdAt: datetime(), updatedAt: datetime()})
                        CREATE (child:Person {id: randomUUID(), givenName: 'Kind', familyName: 'Matrix', birthDate: $childBirthDate,
                                              languages: ['nl'], createdAt: datetime(), updatedAt: datetime()})
                        CREATE (parent)-[:MEMBER_OF {role: 'PARENT', authority: true}]->(f)
                        CREATE (child)-[:MEMBER_OF {role: 'CHILD', authority: false}]->(f)
                        CREATE (f)-[:RAISED]->(q:HelpQuestion {id: randomUUID(), text: 'Schulden.', urgency: 'NORMAL', status: 'OPEN',
                                                                createdAt: datetime(), updatedAt: datetime()})-[:CONCERNS]->(finances)
                        FOREACH (i IN CASE WHEN $tent <> 'NONE' THEN [1] ELSE [] END |
                          CREATE (t:TentSession {id: randomUUID(), date: $date, status: 'PLANNED', createdAt: datetime(), updatedAt: datetime()})
                          CREATE (t)-[:FOR_FAMILY]->(f), (t)-[:DIRECTED_BY]->(c), (t)-[:DISCUSSES]->(q)
                          FOREACH (j IN CASE WHEN $tent = 'JOINED' THEN [1] ELSE [] END |
                            CREATE (p)-[:PARTICIPATES_IN {status: 'ACCEPTED'}]->(t)))
                        CREATE (f)-[:HAS_CONSENT]->(consent:Consent {id: randomUUID(), scopes: ['SHARE_WITH_TENT', 'SHARE_NETWORK_MAP'],
                                                                     givenAt: datetime(), createdAt: datetime(), updatedAt: datetime()})
                        CREATE (consent)-[:GIVEN_BY]->(parent)
                        CREATE (aunt:Person {id: randomUUID(), givenName: 'Tante', languages: ['nl'], createdAt: datetime(), updatedAt: datetime()})
                        CREATE (aunt)-[:IN_NETWORK_OF {validFrom: date('2025-01-01'), createdAt: datetime(), updatedAt: datetime()}]->(f)
                        CREATE (tie:NetworkTie {id: randomUUID(), createdAt: datetime(), updatedAt: datetime()})-[:OF_FAMILY]->(f)
                        CREATE (tie)-[:FROM]->(aunt), (tie)-[:TO]->(parent)
                        CREATE (:NetworkTieVersion {id: randomUUID(), validFrom: date('2025-01-01'), kind: 'FAMILY', ring: 1,
                                                    quality: 'POSITIVE', supportFinancial: 'GIVES', createdAt: datetime(),
                                                    updatedAt: datetime()})-[:VERSION_OF]->(tie)
                        FOREACH (i IN CASE WHEN $tent <> 'NONE' THEN [1] ELSE [] END |
                          CREATE (:Analysis {id: randomUUID(), summary: 'Schulden na baanverlies.', createdAt: datetime(),
                                             updatedAt: datetime()})-[:EXPLAINS]->(q))
                        WITH f, parent, child, q, aunt, tie
                        MATCH (helper:Professional {id: $helper})
                        FOREACH (i IN CASE WHEN $tent <> 'NONE' THEN [1] ELSE [] END |
                          CREATE (m:Match {id: randomUUID(), status: 'PROPOSED', ladderStep: 'FIRST_LINE', proposedAt: datetime(),
                                           createdAt: datetime(), updatedAt: datetime()})
                          CREATE (m)-[:FOR_QUESTION]->(q), (m)-[:WITH_HELPER]->(helper))
                        WITH f, parent, child, q, aunt, tie
                        OPTIONAL MATCH (m:Match)-[:FOR_QUESTION]->(q)
                        OPTIONAL MATCH (t:TentSession)-[:FOR_FAMILY]->(f)
                        RETURN f.id AS family, parent.id AS parent, child.id AS child, aunt.id AS aunt, tie.id AS tie,
                               q.id AS question, t.id AS tent, m.id AS match""")
                .bindAll(Map.of("kernId", kernId, "coach", coach, "professional", professionalId, "name", name,
                        "date", LocalDate.now(Today.ZONE).plusDays(7), "tent", tent.name(), "helper", helperId, "childBirthDate", CHILD_BIRTH_DATE))
                .fetch().one().orElseThrow();
        return new Fixture((String) row.get("family"), name, kernId, coach, (String) row.get("parent"),
                (String) row.get("child"), (String) row.get("aunt"), (String) row.get("tie"), (String) row.get("question"),
                (String) row.get("tent"), (String) row.get("match"));
    }

    private String member(String familyId) {
        return neo4j.query("""
                        MATCH (f:Family {id: $familyId})
                        CREATE (p:Person {id: randomUUID(), givenName: 'Logé', languages: [], createdAt: datetime(), updatedAt: datetime()})
                        CREATE (p)-[:MEMBER_OF {role: 'OTHER', authority: false}]->(f)
                        RETURN p.id""")
                .bind(familyId).to("familyId").fetchAs(String.class).one().orElseThrow();
    }

    private String question(String familyId) {
        return neo4j.query("""
                        MATCH (f:Family {id: $familyId}), (d:LifeDomain {code: 'HOUSING'})
                        CREATE (f)-[:RAISED]->(q:HelpQuestion {id: randomUUID(), text: 'Woning.', urgency: 'LOW', status: 'OPEN',
                                                                createdAt: datetime(), updatedAt: datetime()})-[:CONCERNS]->(d)
                        RETURN q.id""")
                .bind(familyId).to("familyId").fetchAs(String.class).one().orElseThrow();
    }

    private String consent(String familyId, String parentId, List<String> scopes) {
        return neo4j.query("""
                        MATCH (f:Family {id: $familyId}), (parent:Person {id: $parentId})
                        CREATE (f)-[:HAS_CONSENT]->(c:Consent {id: randomUUID(), scopes: $scopes, givenAt: datetime(),
                                                               createdAt: datetime(), updatedAt: datetime()})-[:GIVEN_BY]->(parent)
                        RETURN c.id""")
                .bindAll(Map.of("familyId", familyId, "parentId", parentId, "scopes", scopes))
                .fetchAs(String.class).one().orElseThrow();
    }

    private String expertise(String name) {
        return neo4j.query("""
                        MATCH (finances:LifeDomain {code: 'FINANCES'})
                        CREATE (e:Expertise {id: randomUUID(), name: $name, createdAt: datetime(), updatedAt: datetime()})
                        CREATE (e)-[:IN_DOMAIN]->(finances)
                        RETURN e.id""")
                .bind(name).to("name").fetchAs(String.class).one().orElseThrow();
    }

    private String resource(String name, String kernId) {
        return neo4j.query("""
                        MATCH (k:Area {id: $kernId})
                        CREATE (r:CommunityResource {id: randomUUID(), name: $name, kind: 'FACILITY', status: 'ACTIVE',
                                                     languages: ['nl'], free: true, lastVerifiedAt: date(),
                                                     createdAt: datetime(), updatedAt: datetime()})
                        CREATE (r)-[:LOCATED_IN]->(k), (r)-[:SERVES]->(k)
                        RETURN r.id""")
                .bindAll(Map.of("name", name, "kernId", kernId)).fetchAs(String.class).one().orElseThrow();
    }

    /** A fresh session about the family, directed by its coach, with the matrix professional accepted. */
    private String tent(Fixture fixture, LocalDate date) {
        return neo4j.query("""
                        MATCH (f:Family {id: $familyId}), (c:Professional {id: $coach}), (p:Professional {id: $professional}),
                              (q:HelpQuestion {id: $questionId})
                        CREATE (t:TentSession {id: randomUUID(), date: $date, status: 'PLANNED', location: 'Huis van de Wijk',
                                               createdAt: datetime(), updatedAt: datetime()})
                        CREATE (t)-[:FOR_FAMILY]->(f), (t)-[:DIRECTED_BY]->(c), (t)-[:DISCUSSES]->(q)
                        CREATE (p)-[:PARTICIPATES_IN {status: 'ACCEPTED'}]->(t)
                        RETURN t.id""")
                .bindAll(Map.of("familyId", fixture.familyId(), "coach", fixture.coachId(), "professional", professionalId,
                        "questionId", fixture.questionId(), "date", date))
                .fetchAs(String.class).one().orElseThrow();
    }

    /** A fresh match of the question in {@code status}, with a helper of its own so no capacity runs out. */
    private String match(String questionId, String status) {
        var helper = professional("Matchhelper " + UUID.randomUUID(), false);
        return neo4j.query("""
                        MATCH (q:HelpQuestion {id: $questionId}), (helper:Professional {id: $helper})
                        CREATE (m:Match {id: randomUUID(), status: $status, ladderStep: 'FIRST_LINE', proposedAt: datetime(),
                                         confirmedAt: CASE WHEN $status <> 'PROPOSED' THEN datetime() END,
                                         startedAt: CASE WHEN $status = 'STARTED' THEN datetime() END,
                                         createdAt: datetime(), updatedAt: datetime()})
                        CREATE (m)-[:FOR_QUESTION]->(q), (m)-[:WITH_HELPER]->(helper)
                        RETURN m.id""")
                .bindAll(Map.of("questionId", questionId, "helper", helper, "status", status))
                .fetchAs(String.class).one().orElseThrow();
    }

    /** A fresh analysis of a fresh help question of the family. */
    private String analysis(String familyId) {
        return neo4j.query("""
                        MATCH (q:HelpQuestion {id: $questionId})
                        CREATE (a:Analysis {id: randomUUID(), summary: 'Weg.', createdAt: datetime(), updatedAt: datetime()})
                        CREATE (a)-[:EXPLAINS]->(q)
                        RETURN a.id""")
                .bind(question(familyId)).to("questionId").fetchAs(String.class).one().orElseThrow();
    }

    /** A fresh person in the family's network, without ties. */
    private String networkPerson(String familyId) {
        return neo4j.query("""
                        MATCH (f:Family {id: $familyId})
                        CREATE (p:Person {id: randomUUID(), givenName: 'Buurman', languages: [], createdAt: datetime(), updatedAt: datetime()})
                        CREATE (p)-[:IN_NETWORK_OF {validFrom: date('2025-01-01'), createdAt: datetime(), updatedAt: datetime()}]->(f)
                        RETURN p.id""")
                .bind(familyId).to("familyId").fetchAs(String.class).one().orElseThrow();
    }

    /** A fresh tie from a fresh network person to {@code toPersonId}. */
    private String tie(String familyId, String toPersonId) {
        return neo4j.query("""
                        MATCH (f:Family {id: $familyId}), (from:Person {id: $from}), (to:Person {id: $to})
                        CREATE (tie:NetworkTie {id: randomUUID(), createdAt: datetime(), updatedAt: datetime()})-[:OF_FAMILY]->(f)
                        CREATE (tie)-[:FROM]->(from), (tie)-[:TO]->(to)
                        CREATE (:NetworkTieVersion {id: randomUUID(), validFrom: date('2025-01-01'), kind: 'NEIGHBOUR', ring: 3,
                                                    quality: 'POSITIVE', createdAt: datetime(), updatedAt: datetime()})-[:VERSION_OF]->(tie)
                        RETURN tie.id""")
                .bindAll(Map.of("familyId", familyId, "from", networkPerson(familyId), "to", toPersonId))
                .fetchAs(String.class).one().orElseThrow();
    }

    /** A fresh network person who uses the matrix resource. */
    private String resourceUser(String familyId) {
        return neo4j.query("""
                        MATCH (p:Person {id: $personId}), (r:CommunityResource {id: $resourceId})
                        CREATE (p)-[:USES {validFrom: date('2025-01-01'), familyId: $familyId, createdAt: datetime(),
                                           updatedAt: datetime()}]->(r)
                        RETURN p.id""")
                .bindAll(Map.of("personId", networkPerson(familyId), "resourceId", resourceId, "familyId", familyId))
                .fetchAs(String.class).one().orElseThrow();
    }

    private static Map<String, Object> nullable(Map<String, Object> values, String key, Object value) {
        var all = new LinkedHashMap<>(values);
        all.put(key, value);
        return all;
    }
}
