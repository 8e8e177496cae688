package nl.netwerkkaart.bench.generate;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The reference side of the generated world: municipalities with kernen (and wijken in each seat), organisations,
 * professionals and community resources, as rows for the writer, plus what the family generator draws from
 * (coaches per kern, popular helpers and resources per municipality).
 */
final class Directory {

    record Kern(String id, String name, double latitude, double longitude, double weight, List<String> wijkIds) {
    }

    record Municipality(int index, String id, String name, String code, double latitude, double longitude,
                        List<Kern> kernen, int firstFamily, int families) {
    }

    record Pro(String id, String name, String tier, boolean coach, int municipality, List<String> kernIds) {
    }

    /** An expertise term as loaded: its id, name and the life domain codes it lies in. */
    record Term(String id, String name, List<String> domains) {
    }

    private record Discipline(String name, String tier, String organisation, List<String> domains, int weight) {
    }

    private record ResourceTemplate(String name, String kind, String organisation, List<String> domains, Integer minimumAge,
                                    Integer maximumAge, boolean free, String description) {
    }

    private static final List<String[]> PEEL_EN_MAAS = List.of(
            new String[] {"Panningen", "51.33", "5.98"}, new String[] {"Baarlo", "51.3306", "6.0944"},
            new String[] {"Beringe", "51.3367", "5.9478"}, new String[] {"Egchel", "51.316", "5.985"},
            new String[] {"Grashoek", "51.3606", "5.93"}, new String[] {"Helden", "51.3197", "6.0003"},
            new String[] {"Kessel", "51.2917", "6.0542"}, new String[] {"Kessel-Eik", "51.297", "6.022"},
            new String[] {"Koningslust", "51.347", "5.917"}, new String[] {"Maasbree", "51.3583", "6.0483"},
            new String[] {"Meijel", "51.3442", "5.8847"});

    private static final Map<String, String> ORGANISATIONS = new LinkedHashMap<>();

    static {
        ORGANISATIONS.put("SOCIAL_TEAM", "Sociaal Team %s|Gemeentelijk sociaal team met gezinscoaches, consulenten en leerplicht.");
        ORGANISATIONS.put("WELFARE", "Stichting Welzijn %s|Jongerenwerk, mantelzorgondersteuning en ontmoeting in alle kernen.");
        ORGANISATIONS.put("DEBT", "Bureau Geld & Schuld %s|Schuldhulpverlening, budgetcoaching en vroegsignalering.");
        ORGANISATIONS.put("YOUTH_HEALTH", "Jeugdgezondheidszorg %s|Consultatiebureau, jeugdartsen en jeugdverpleegkundigen voor 0 tot 18 jaar.");
        ORGANISATIONS.put("SCHOOL_WORK", "Schoolmaatschappelijk Werk %s|Verbinding tussen school, ouders en hulp.");
        ORGANISATIONS.put("YOUTH_CARE", "Jeugdzorg %s|Ambulante jeugdhulp en gezinsbegeleiding met orthopedagogen en systeemtherapeuten.");
        ORGANISATIONS.put("MENTAL_HEALTH", "Kindpunt GGZ %s|Specialistische jeugd-GGZ: diagnostiek en behandeling tot 18 jaar.");
        ORGANISATIONS.put("ADDICTION", "Verslavingszorg %s|Preventie en behandeling bij problematisch middelengebruik.");
        ORGANISATIONS.put("PROTECTION", "Jeugdbescherming %s|Jeugdbescherming en jeugdreclassering.");
        ORGANISATIONS.put("HOME_CARE", "Thuiszorg %s|Wijkverpleging en ondersteuning thuis.");
        ORGANISATIONS.put("VOLUNTEERS", "Vrijwilligerscentrale %s|Maatjesprojecten, steungezinnen en huiswerkhulp door vrijwilligers.");
        ORGANISATIONS.put("SPORTS", "Sportkoepel %s|Sportverenigingen met buurtsportcoaches en een sportfonds.");
        ORGANISATIONS.put("LIBRARY", "Leespunt %s|Bibliotheek, taalhuis en digitale hulp.");
        ORGANISATIONS.put("FOOD", "Voedselhulp %s|Voedselpakketten en doorverwijzing naar hulp bij schulden.");
    }

    private static final Discipline COACH = new Discipline("Gezinscoach", "FIRST_LINE", "SOCIAL_TEAM",
            List.of("PARENTING", "SOCIAL_NETWORK", "DOMESTIC_RELATIONS", "SAFETY"), 0);

    private static final List<Discipline> DISCIPLINES = List.of(
            new Discipline("Maatschappelijk werker", "FIRST_LINE", "SOCIAL_TEAM", List.of("DOMESTIC_RELATIONS", "HOUSING", "FINANCES", "SOCIAL_NETWORK"), 8),
            new Discipline("Consulent werk en inkomen", "FIRST_LINE", "SOCIAL_TEAM", List.of("WORK_AND_EDUCATION", "FINANCES"), 4),
            new Discipline("Woonconsulent", "FIRST_LINE", "SOCIAL_TEAM", List.of("HOUSING"), 2),
            new Discipline("Leerplichtambtenaar", "FIRST_LINE", "SOCIAL_TEAM", List.of("SCHOOL"), 2),
            new Discipline("Jongerenwerker", "FIRST_LINE", "WELFARE", List.of("DAYTIME_ACTIVITIES", "SOCIAL_PARTICIPATION", "SUBSTANCE_USE"), 6),
            new Discipline("Mantelzorgconsulent", "FIRST_LINE", "WELFARE", List.of("SOCIAL_NETWORK", "DAYTIME_ACTIVITIES"), 3),
            new Discipline("Opbouwwerker", "FIRST_LINE", "WELFARE", List.of("SOCIAL_PARTICIPATION", "SOCIAL_NETWORK"), 3),
            new Discipline("Schuldhulpverlener", "FIRST_LINE", "DEBT", List.of("FINANCES", "HOUSING"), 5),
            new Discipline("Budgetcoach", "FIRST_LINE", "DEBT", List.of("FINANCES", "INSTRUMENTAL_ADL"), 4),
            new Discipline("Jeugdverpleegkundige", "FIRST_LINE", "YOUTH_HEALTH", List.of("PHYSICAL_HEALTH", "CHILD_DEVELOPMENT", "PARENTING"), 6),
            new Discipline("Jeugdarts", "FIRST_LINE", "YOUTH_HEALTH", List.of("PHYSICAL_HEALTH", "CHILD_DEVELOPMENT"), 3),
            new Discipline("Schoolmaatschappelijk werker", "FIRST_LINE", "SCHOOL_WORK", List.of("SCHOOL", "PARENTING", "CHILD_DEVELOPMENT"), 5),
            new Discipline("Opvoedadviseur", "FIRST_LINE", "YOUTH_CARE", List.of("PARENTING"), 5),
            new Discipline("Gezinsbegeleider", "SPECIALIST", "YOUTH_CARE", List.of("PARENTING", "DOMESTIC_RELATIONS", "CHILD_DEVELOPMENT"), 8),
            new Discipline("Orthopedagoog", "SPECIALIST", "YOUTH_CARE", List.of("CHILD_DEVELOPMENT", "PARENTING", "SCHOOL"), 5),
            new Discipline("Systeemtherapeut", "SPECIALIST", "YOUTH_CARE", List.of("DOMESTIC_RELATIONS", "MENTAL_HEALTH"), 3),
            new Discipline("GZ-psycholoog", "SPECIALIST", "MENTAL_HEALTH", List.of("MENTAL_HEALTH"), 5),
            new Discipline("Kinder- en jeugdpsychiater", "SPECIALIST", "MENTAL_HEALTH", List.of("MENTAL_HEALTH", "CHILD_DEVELOPMENT"), 1),
            new Discipline("Verslavingsconsulent", "SPECIALIST", "ADDICTION", List.of("SUBSTANCE_USE"), 3),
            new Discipline("Jeugdbeschermer", "SPECIALIST", "PROTECTION", List.of("SAFETY", "JUSTICE"), 3),
            new Discipline("Jeugdreclasseerder", "SPECIALIST", "PROTECTION", List.of("JUSTICE"), 2),
            new Discipline("Wijkverpleegkundige", "FIRST_LINE", "HOME_CARE", List.of("BASIC_ADL", "PHYSICAL_HEALTH", "INSTRUMENTAL_ADL"), 3),
            new Discipline("Buurtsportcoach", "FIRST_LINE", "SPORTS", List.of("DAYTIME_ACTIVITIES", "PHYSICAL_HEALTH"), 3),
            new Discipline("Taalcoach", "FIRST_LINE", "LIBRARY", List.of("WORK_AND_EDUCATION", "SOCIAL_PARTICIPATION"), 2));

    private static final List<ResourceTemplate> RESOURCES = List.of(
            new ResourceTemplate("Voedselbank %s", "SERVICE", "FOOD", List.of("FINANCES"), null, null, true,
                    "Wekelijks een voedselpakket voor huishoudens met een zeer laag inkomen."),
            new ResourceTemplate("Voetbalclub %s", "CLUB", "SPORTS", List.of("DAYTIME_ACTIVITIES", "PHYSICAL_HEALTH"), 5, 18, false,
                    "Voetbal voor jongens en meisjes, met trainers uit het dorp."),
            new ResourceTemplate("Zwemclub %s", "CLUB", "SPORTS", List.of("DAYTIME_ACTIVITIES", "PHYSICAL_HEALTH"), 4, 18, false,
                    "Zwemles en wedstrijdzwemmen voor kinderen."),
            new ResourceTemplate("Huiswerkklas %s", "GROUP", "LIBRARY", List.of("SCHOOL"), 8, 16, true,
                    "Vrijwilligers helpen kinderen met plannen en huiswerk maken."),
            new ResourceTemplate("Taalcafé %s", "GROUP", "LIBRARY", List.of("WORK_AND_EDUCATION", "SOCIAL_PARTICIPATION"), 16, null, true,
                    "Nederlands oefenen in een ontspannen sfeer."),
            new ResourceTemplate("Bibliotheek %s", "FACILITY", "LIBRARY", List.of("SCHOOL", "SOCIAL_PARTICIPATION"), null, null, true,
                    "Boeken, studieplekken en digitale hulp."),
            new ResourceTemplate("Steungezinnen %s", "VOLUNTEER_SUPPORT", "VOLUNTEERS", List.of("PARENTING", "SOCIAL_NETWORK"), 0, 18, true,
                    "Een steungezin uit de buurt vangt de kinderen een dagdeel per week op."),
            new ResourceTemplate("Home-Start %s", "VOLUNTEER_SUPPORT", "VOLUNTEERS", List.of("PARENTING"), 0, 6, true,
                    "Een getrainde vrijwilliger bezoekt een ouder wekelijks, ongeveer een jaar lang."),
            new ResourceTemplate("Schuldmaatjes %s", "VOLUNTEER_SUPPORT", "VOLUNTEERS", List.of("FINANCES"), 18, null, true,
                    "Een vrijwillig schuldmaatje helpt de post en de administratie op orde te brengen."),
            new ResourceTemplate("Jeugdfonds Sport & Cultuur %s", "FUND", null, List.of("DAYTIME_ACTIVITIES", "FINANCES"), 4, 18, true,
                    "Betaalt de contributie of lessen van kinderen uit gezinnen met weinig geld."),
            new ResourceTemplate("Jongerenplek %s", "FACILITY", "WELFARE", List.of("DAYTIME_ACTIVITIES", "SOCIAL_PARTICIPATION"), 12, 23, true,
                    "Inloop voor jongeren met jongerenwerkers."),
            new ResourceTemplate("Mantelzorgcafé %s", "GROUP", "WELFARE", List.of("SOCIAL_NETWORK"), null, null, true,
                    "Ontmoeting en ontlasting voor mantelzorgers."),
            new ResourceTemplate("Opvoedgroep %s", "GROUP", "YOUTH_HEALTH", List.of("PARENTING"), null, null, true,
                    "Ouders wisselen ervaringen uit over opvoeden, met een opvoedadviseur."),
            new ResourceTemplate("Ouder-kindochtend %s", "GROUP", "YOUTH_HEALTH", List.of("PARENTING", "CHILD_DEVELOPMENT"), 0, 4, true,
                    "Spelen en praten voor ouders met jonge kinderen."),
            new ResourceTemplate("Formulierenspreekuur %s", "SERVICE", "WELFARE", List.of("FINANCES", "INSTRUMENTAL_ADL"), 18, null, true,
                    "Hulp bij brieven, toeslagen en formulieren."),
            new ResourceTemplate("Kledingbank %s", "SERVICE", "FOOD", List.of("FINANCES"), null, null, true,
                    "Gratis kleding voor gezinnen met een laag inkomen."),
            new ResourceTemplate("Muziekschool %s", "CLUB", null, List.of("DAYTIME_ACTIVITIES"), 6, 18, false,
                    "Muziekles en samenspel voor kinderen."),
            new ResourceTemplate("Scouting %s", "CLUB", null, List.of("DAYTIME_ACTIVITIES", "SOCIAL_PARTICIPATION"), 6, 18, false,
                    "Wekelijkse opkomsten en kampen in de natuur."),
            new ResourceTemplate("Maatjesproject %s", "VOLUNTEER_SUPPORT", "VOLUNTEERS", List.of("SOCIAL_NETWORK", "MENTAL_HEALTH"), null, null, true,
                    "Een vrijwillig maatje om samen iets te ondernemen."),
            new ResourceTemplate("Inloophuis %s", "GROUP", null, List.of("SOCIAL_NETWORK"), null, null, true,
                    "Koffie en een luisterend oor, georganiseerd door de kerken."),
            new ResourceTemplate("Speeltuinvereniging %s", "CLUB", null, List.of("DAYTIME_ACTIVITIES"), 2, 12, false,
                    "Buitenspelen en activiteiten voor kinderen uit de buurt."),
            new ResourceTemplate("Fietsbank %s", "SERVICE", "VOLUNTEERS", List.of("FINANCES", "DAYTIME_ACTIVITIES"), null, null, true,
                    "Opgeknapte fietsen voor kinderen uit gezinnen met weinig geld."));

    private final GeneratedIds ids;
    private final Scale scale;
    private final ZonedDateTime now;
    private final LocalDate today;
    final List<Municipality> municipalities = new ArrayList<>();
    final List<Pro> professionals = new ArrayList<>();
    private final Map<String, String> organisationIds = new HashMap<>();
    private final Map<String, List<Pro>> coachesByKern = new HashMap<>();
    private final List<Zipf<Pro>> helpers = new ArrayList<>();
    private final List<Zipf<String>> popularResources = new ArrayList<>();
    private final List<List<Pro>> participants = new ArrayList<>();
    final Map<Integer, List<String>> resourcesByMunicipality = new HashMap<>();

    Directory(GeneratedIds ids, Scale scale, ZonedDateTime now) {
        this.ids = ids;
        this.scale = scale;
        this.now = now;
        this.today = now.toLocalDate();
        buildMunicipalities();
    }

    private SplittableRandom random(String kind, long index) {
        return new SplittableRandom(ids.stream(kind, index));
    }

    private void buildMunicipalities() {
        var random = random("municipalities", 0);
        var weights = new double[scale.municipalities()];
        double total = 0;
        for (int m = 0; m < weights.length; m++) {
            weights[m] = m == 0 ? 1.0 : 0.6 + 0.8 * random.nextDouble();
            total += weights[m];
        }
        var usedNames = new HashSet<String>();
        PEEL_EN_MAAS.forEach(k -> usedNames.add(k[0]));
        usedNames.add("Peel en Maas");
        int firstFamily = 0;
        int columns = (int) Math.ceil(Math.sqrt(scale.municipalities()));
        for (int m = 0; m < weights.length; m++) {
            int families = m == weights.length - 1 ? scale.families() - firstFamily
                    : (int) Math.round(scale.families() * weights[m] / total);
            var kernen = new ArrayList<Kern>();
            String name;
            double latitude;
            double longitude;
            if (m == 0) {
                name = "Peel en Maas";
                latitude = 51.33;
                longitude = 5.98;
                for (int k = 0; k < PEEL_EN_MAAS.size(); k++) {
                    var kern = PEEL_EN_MAAS.get(k);
                    kernen.add(kern(m, k, kern[0], Double.parseDouble(kern[1]), Double.parseDouble(kern[2]), k == 0 ? 3.0 : 0.5 + random.nextDouble()));
                }
            }
            else {
                name = placeName(random, usedNames);
                latitude = 51.33 - 0.2 * (m / columns) + 0.02 * random.nextDouble();
                longitude = 5.98 + 0.25 * (m % columns) - 0.25 * columns / 2.0 + 0.02 * random.nextDouble();
                int count = 7 + random.nextInt(8);
                for (int k = 0; k < count; k++) {
                    var kernName = k == 0 ? name : placeName(random, usedNames);
                    kernen.add(kern(m, k, kernName, latitude + (k == 0 ? 0 : 0.12 * (random.nextDouble() - 0.5)),
                            longitude + (k == 0 ? 0 : 0.18 * (random.nextDouble() - 0.5)), k == 0 ? 3.0 : 0.5 + random.nextDouble()));
                }
            }
            var code = m == 0 ? "GM1894" : "GM9%03d".formatted(m);
            municipalities.add(new Municipality(m, ids.id("municipality", m), name, code, latitude, longitude,
                    List.copyOf(kernen), firstFamily, families));
            firstFamily += families;
        }
    }

    private Kern kern(int m, int k, String name, double latitude, double longitude, double weight) {
        var wijken = k == 0 ? List.of(ids.id("wijk", m + "/0"), ids.id("wijk", m + "/1"), ids.id("wijk", m + "/2")) : List.<String>of();
        return new Kern(ids.id("kern", m + "/" + k), name, round(latitude), round(longitude), weight, wijken);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }

    private static String placeName(SplittableRandom random, Set<String> used) {
        while (true) {
            var name = Names.pick(random, Names.PLACE_PARTS_A) + Names.pick(random, Names.PLACE_PARTS_B);
            if (used.add(name)) {
                return name;
            }
        }
    }

    private static final List<String> WIJK_SUFFIXES = List.of("-Centrum", "-Noord", "-Zuid");

    /** Municipalities, then kernen (PART_OF the municipality), then wijken of each seat (PART_OF the kern). */
    List<List<Map<String, Object>>> areaRows() {
        var municipalityRows = new ArrayList<Map<String, Object>>();
        var kernRows = new ArrayList<Map<String, Object>>();
        var wijkRows = new ArrayList<Map<String, Object>>();
        for (var m : municipalities) {
            municipalityRows.add(Map.of("props", props(m.id(), "name", m.name(), "kind", "MUNICIPALITY", "code", m.code(),
                    "latitude", m.latitude(), "longitude", m.longitude())));
            for (var kern : m.kernen()) {
                kernRows.add(Map.of("parentId", m.id(), "props", props(kern.id(), "name", kern.name(), "kind", "KERN",
                        "latitude", kern.latitude(), "longitude", kern.longitude())));
                for (int w = 0; w < kern.wijkIds().size(); w++) {
                    wijkRows.add(Map.of("parentId", kern.id(), "props", props(kern.wijkIds().get(w), "name", kern.name() + WIJK_SUFFIXES.get(w),
                            "kind", "WIJK", "latitude", round(kern.latitude() + 0.006 * (w - 1)), "longitude", kern.longitude())));
                }
            }
        }
        return List.of(municipalityRows, kernRows, wijkRows);
    }

    List<Map<String, Object>> organisationRows() {
        var rows = new ArrayList<Map<String, Object>>();
        for (var m : municipalities) {
            int i = 0;
            for (var entry : ORGANISATIONS.entrySet()) {
                var parts = entry.getValue().split("\\|");
                var id = ids.id("organisation", m.index() + "/" + entry.getKey());
                organisationIds.put(m.index() + "/" + entry.getKey(), id);
                var name = parts[0].formatted(m.name());
                var domain = name.toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "") + ".example.org";
                var kern = m.kernen().get(i++ % Math.min(3, m.kernen().size()));
                rows.add(Map.of("basedIn", kern.id(), "props", props(id, "name", name, "description", parts[1],
                        "website", "https://" + domain, "email", "info@" + domain,
                        "phone", "077-%07d".formatted(1_000_000 + m.index() * 100 + i))));
            }
        }
        return rows;
    }

    /** Professionals: a tenth are gezinscoaches spread over the kernen, the rest by discipline. */
    List<Map<String, Object>> professionalRows(List<Term> taxonomy) {
        var rows = new ArrayList<Map<String, Object>>();
        int totalWeight = DISCIPLINES.stream().mapToInt(Discipline::weight).sum();
        int index = 0;
        for (var m : municipalities) {
            var random = random("professionals", m.index());
            int count = m.index() == municipalities.size() - 1 ? scale.professionals() - index
                    : (int) Math.round((double) scale.professionals() * m.families() / scale.families());
            int coaches = Math.max(m.kernen().size(), count / 10);
            var own = new ArrayList<Pro>();
            for (int j = 0; j < count; j++, index++) {
                boolean coach = j < coaches;
                var discipline = coach ? COACH : weighted(random, totalWeight);
                var origin = Names.origin(random);
                var name = Names.pick(random, origin.given()) + " " + Names.pick(random, origin.family());
                var id = ids.id("professional", index);
                var serves = new ArrayList<String>();
                var kernIds = new ArrayList<String>();
                if (coach) {
                    // round-robin over the kernen, so every kern has a coach, plus a neighbouring kern for some
                    var kern = m.kernen().get(j % m.kernen().size());
                    kernIds.add(kern.id());
                    if (random.nextDouble() < 0.4 && m.kernen().size() > 1) {
                        var other = m.kernen().get((j + 1) % m.kernen().size());
                        kernIds.add(other.id());
                    }
                    serves.addAll(kernIds);
                }
                else if (discipline.tier().equals("SPECIALIST") || random.nextDouble() < 0.5) {
                    serves.add(m.id());
                    if (discipline.tier().equals("SPECIALIST") && municipalities.size() > 1 && random.nextDouble() < 0.2) {
                        serves.add(municipalities.get((m.index() + 1) % municipalities.size()).id());
                    }
                }
                else {
                    int n = 1 + random.nextInt(3);
                    for (int k = 0; k < n; k++) {
                        var kern = Names.pick(random, m.kernen()).id();
                        if (!serves.contains(kern)) {
                            serves.add(kern);
                        }
                    }
                }
                int capacity = random.nextDouble() < 0.15 ? 0 : 1 + random.nextInt(8);
                boolean accepting = capacity > 0 && random.nextDouble() < 0.95;
                var languages = new ArrayList<>(List.of("nl"));
                if (random.nextDouble() < 0.3) {
                    languages.add("en");
                }
                if (random.nextDouble() < 0.1) {
                    languages.add(Names.pick(random, List.of("de", "ar", "tr", "pl")));
                }
                if (!origin.languages().get(0).equals("nl") && !languages.contains(origin.languages().get(0))) {
                    languages.add(origin.languages().get(0));
                }
                var expertise = new ArrayList<Map<String, Object>>();
                var candidates = taxonomy.stream().filter(t -> t.domains().stream().anyMatch(discipline.domains()::contains)).toList();
                int wanted = Math.min(candidates.size(), 2 + random.nextInt(3));
                var chosen = new HashSet<String>();
                while (chosen.size() < wanted) {
                    var term = Names.pick(random, candidates);
                    if (chosen.add(term.id())) {
                        double level = random.nextDouble();
                        expertise.add(Map.of("id", term.id(), "level", level < 0.25 ? "BASIC" : level < 0.7 ? "EXPERIENCED" : "EXPERT"));
                    }
                }
                var organisation = organisationIds.get(m.index() + "/" + discipline.organisation());
                var email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "." + index + "@" + discipline.organisation().toLowerCase() + ".example.org";
                var description = discipline.name() + " in " + m.name() + (coach ? "; gezinscoach en procesregisseur." : ".");
                rows.add(Map.of("organisationId", organisation, "expertise", expertise, "serves", serves,
                        "props", props(id, "name", name, "discipline", discipline.name(), "description", description,
                                "email", email, "phone", "06-%08d".formatted(10_000_000 + index), "tier", discipline.tier(),
                                "languages", languages, "capacity", capacity, "acceptingClients", accepting, "coach", coach,
                                "createdAt", now, "updatedAt", now)));
                var pro = new Pro(id, name, discipline.tier(), coach, m.index(), List.copyOf(kernIds));
                professionals.add(pro);
                own.add(pro);
                kernIds.forEach(kern -> coachesByKern.computeIfAbsent(kern, x -> new ArrayList<>()).add(pro));
            }
            var helperList = own.stream().filter(p -> !p.coach()).toList();
            helpers.add(new Zipf<>(helperList, random("helpers", m.index())));
            participants.add(helperList);
        }
        return rows;
    }

    private static Discipline weighted(SplittableRandom random, int totalWeight) {
        int x = random.nextInt(totalWeight);
        for (var discipline : DISCIPLINES) {
            x -= discipline.weight();
            if (x < 0) {
                return discipline;
            }
        }
        return DISCIPLINES.get(0);
    }

    /** Community resources in the kernen, from templates; most active, some inactive, closed or defunct. */
    List<Map<String, Object>> resourceRows(List<Term> taxonomy) {
        var rows = new ArrayList<Map<String, Object>>();
        int index = 0;
        for (var m : municipalities) {
            var random = random("resources", m.index());
            int count = m.index() == municipalities.size() - 1 ? scale.resources() - index
                    : (int) Math.round((double) scale.resources() * m.families() / scale.families());
            var names = new HashMap<String, Integer>();
            var active = new ArrayList<String>();
            for (int j = 0; j < count; j++, index++) {
                var template = RESOURCES.get(j % RESOURCES.size());
                var kern = m.kernen().get((j / RESOURCES.size() + random.nextInt(2)) % m.kernen().size());
                var base = template.name().formatted(kern.name());
                int seen = names.merge(base, 1, Integer::sum);
                var name = seen == 1 ? base : base + " " + seen;
                var id = ids.id("resource", index);
                double s = random.nextDouble();
                var status = s < 0.88 ? "ACTIVE" : s < 0.92 ? "INACTIVE" : s < 0.96 ? "TEMPORARILY_CLOSED" : "DEFUNCT";
                if (status.equals("ACTIVE")) {
                    active.add(id);
                }
                var terms = taxonomy.stream().filter(t -> t.domains().stream().anyMatch(template.domains()::contains)).toList();
                var expertiseIds = new ArrayList<String>();
                for (int k = 0; k < 1 + random.nextInt(2) && !terms.isEmpty(); k++) {
                    var term = Names.pick(random, terms).id();
                    if (!expertiseIds.contains(term)) {
                        expertiseIds.add(term);
                    }
                }
                var domainCodes = random.nextBoolean() ? template.domains() : List.<String>of();
                var serves = random.nextDouble() < 0.4 ? List.of(m.id()) : List.of(kern.id());
                var languages = random.nextDouble() < 0.2 ? List.of("nl", "en") : List.of("nl");
                var verified = random.nextDouble() < 0.1 ? null : today.minusDays(random.nextInt(600));
                var domain = "resource-" + index + ".example.org";
                var props = props(id, "name", name, "description", template.description(), "kind", template.kind(),
                        "status", status, "minimumAge", template.minimumAge(), "maximumAge", template.maximumAge(),
                        "languages", languages, "free", template.free(),
                        "costDescription", template.free() ? null : "Contributie per seizoen; het jeugdfonds kan bijspringen.",
                        "eligibilityDescription", template.minimumAge() == null ? null : "Voor kinderen en jongeren in de leeftijd.",
                        "email", "info@" + domain, "phone", "077-%07d".formatted(2_000_000 + index), "website", "https://" + domain,
                        "capacity", template.kind().equals("VOLUNTEER_SUPPORT") ? 5 + random.nextInt(20) : null,
                        "lastVerifiedAt", verified, "createdAt", now, "updatedAt", now,
                        // its rule key: one resource per HSDS id (its own id when it has none) per municipality
                        "hsdsKey", m.id() + ":" + id);
                var row = new HashMap<String, Object>();
                row.put("props", props);
                row.put("locatedIn", kern.id());
                row.put("serves", serves);
                row.put("expertiseIds", expertiseIds);
                row.put("domainCodes", domainCodes);
                row.put("offeredBy", template.organisation() == null ? null : organisationIds.get(m.index() + "/" + template.organisation()));
                row.put("change", props(ids.id("resource-change", index), "action", "CREATE", "fields", List.of("*"),
                        "changedBy", "data-generator", "source", "netwerkkaart", "changedAt", now, "createdAt", now, "updatedAt", now));
                rows.add(row);
            }
            resourcesByMunicipality.put(m.index(), List.copyOf(active));
            popularResources.add(new Zipf<>(active, random("popular-resources", m.index())));
        }
        return rows;
    }

    List<Pro> coaches(String kernId) {
        return coachesByKern.getOrDefault(kernId, List.of());
    }

    Zipf<Pro> helpers(int municipality) {
        return helpers.get(municipality);
    }

    List<Pro> participants(int municipality) {
        return participants.get(municipality);
    }

    Zipf<String> resources(int municipality) {
        return popularResources.get(municipality);
    }

    /** A property map with the id first; null values are left out, as Neo4j does not store them. */
    static Map<String, Object> props(String id, Object... keyValues) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", id);
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return map;
    }
}
