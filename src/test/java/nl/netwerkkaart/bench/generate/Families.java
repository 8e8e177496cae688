package nl.netwerkkaart.bench.generate;

import static nl.netwerkkaart.bench.generate.Directory.props;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates families one at a time from their own random stream (so any batch can be generated on any thread with
 * the same result): household, network persons and dated ties with their versions, resource uses, consents, help
 * questions, and the matches, tent sessions and assessments of those questions.
 */
final class Families {

    /** Everything one batch of families writes, grouped by statement. */
    static final class Batch {
        final List<Map<String, Object>> families = new ArrayList<>();
        final Map<String, List<Map<String, Object>>> matches = new LinkedHashMap<>();
        final List<Map<String, Object>> tentSessions = new ArrayList<>();
        final List<Map<String, Object>> assessments = new ArrayList<>();
        final List<Map<String, Object>> samples = new ArrayList<>();
        /** The areas and coaches the batch's families refer to by position, so each is looked up once per batch. */
        final Map<String, Integer> areaIds = new LinkedHashMap<>();
        final Map<String, Integer> coachIds = new LinkedHashMap<>();

        Batch() {
            matches.put("Professional", new ArrayList<>());
            matches.put("CommunityResource", new ArrayList<>());
            matches.put("Person", new ArrayList<>());
        }

        private static int position(Map<String, Integer> positions, String id) {
            return positions.computeIfAbsent(id, x -> positions.size());
        }
    }

    private record Member(String id, String givenName, String role, boolean authority, LocalDate birthDate) {
    }

    private record NetworkMember(String id, LocalDate validFrom, LocalDate validTo) {
    }

    private record Helper(String label, String id, String ladderStep) {
    }

    private static final List<String> TIE_KINDS = List.of("FAMILY", "FRIEND", "NEIGHBOUR", "SCHOOL", "WORK", "CLUB", "FAITH", "ONLINE", "PROFESSIONAL");
    private static final double[] TIE_KIND_WEIGHTS = {0.30, 0.20, 0.12, 0.12, 0.08, 0.07, 0.03, 0.03, 0.05};
    private static final List<String> SUPPORT = List.of("supportEmotional", "supportPractical", "supportInformational",
            "supportAdvice", "supportChildcare", "supportFinancial");
    private static final List<String> FREQUENCIES = List.of("DAILY", "WEEKLY", "MONTHLY", "FEW_TIMES_A_YEAR", "RARELY");
    static final List<String> DOMAINS = List.of("FINANCES", "WORK_AND_EDUCATION", "DAYTIME_ACTIVITIES", "HOUSING",
            "DOMESTIC_RELATIONS", "MENTAL_HEALTH", "PHYSICAL_HEALTH", "SUBSTANCE_USE", "BASIC_ADL", "INSTRUMENTAL_ADL",
            "SOCIAL_NETWORK", "SOCIAL_PARTICIPATION", "JUSTICE", "PARENTING", "CHILD_DEVELOPMENT", "SCHOOL", "SAFETY");
    private static final double[] DOMAIN_WEIGHTS = {8, 4, 4, 4, 6, 7, 3, 2, 1, 2, 5, 2, 1, 12, 8, 9, 4};
    private static final List<String> DECLINED = List.of("NO_CLICK", "NOT_SUITABLE", "NOT_REACHED", "NO_CAPACITY");

    private final GeneratedIds ids;
    private final Directory directory;
    private final ZonedDateTime end;
    private final LocalDate today;
    private final int sampleEvery;

    Families(GeneratedIds ids, Directory directory, ZonedDateTime now, int sampleEvery) {
        this.ids = ids;
        this.directory = directory;
        // everything on the family side happened before the day of generation, so no date lies in the future
        this.today = now.toLocalDate();
        this.end = today.minusDays(1).atTime(18, 0).atZone(ZoneOffset.UTC);
        this.sampleEvery = sampleEvery;
    }

    Batch generate(int from, int to) {
        var batch = new Batch();
        for (int i = from; i < to; i++) {
            family(i, municipalityOf(i), batch);
        }
        return batch;
    }

    /** The ties of one family as generated: tie id to the ids of its FROM and TO persons. */
    @SuppressWarnings("unchecked")
    Map<String, List<String>> expectedTies(int family) {
        var row = generate(family, family + 1).families.get(0);
        var persons = new ArrayList<String>();
        for (var key : List.of("members", "network")) {
            ((List<Map<String, Object>>) row.get(key)).forEach(p -> persons.add((String) ((Map<String, Object>) p.get("props")).get("id")));
        }
        var result = new LinkedHashMap<String, List<String>>();
        for (var tie : (List<Map<String, Object>>) row.get("ties")) {
            result.put((String) ((Map<String, Object>) tie.get("props")).get("id"),
                    List.of(persons.get((Integer) tie.get("from")), persons.get((Integer) tie.get("to"))));
        }
        return result;
    }

    /**
     * Where one family lives and who coaches it as generated, and the life domain codes of each of its questions:
     * {@code [areaId, coachId]} under the family id, the codes under each question id.
     */
    @SuppressWarnings("unchecked")
    Map<String, List<String>> expectedLinks(int family) {
        var batch = generate(family, family + 1);
        var row = batch.families.get(0);
        var areas = List.copyOf(batch.areaIds.keySet());
        var coaches = List.copyOf(batch.coachIds.keySet());
        var result = new LinkedHashMap<String, List<String>>();
        result.put((String) ((Map<String, Object>) row.get("props")).get("id"),
                List.of(areas.get((Integer) row.get("area")), coaches.get((Integer) row.get("coach"))));
        for (var question : (List<Map<String, Object>>) row.get("questions")) {
            result.put((String) ((Map<String, Object>) question.get("props")).get("id"),
                    ((List<Integer>) question.get("domains")).stream().map(DOMAINS::get).sorted().toList());
        }
        return result;
    }

    private Directory.Municipality municipalityOf(int family) {
        for (var m : directory.municipalities) {
            if (family < m.firstFamily() + m.families()) {
                return m;
            }
        }
        throw new IllegalArgumentException("No municipality for family " + family);
    }

    private void family(int i, Directory.Municipality m, Batch batch) {
        var r = new SplittableRandom(ids.stream("family", i));
        var familyId = ids.id("family", i);

        // where the family lives, and its coach: one of the coaches serving that kern
        var kern = kern(m, r);
        var areaId = !kern.wijkIds().isEmpty() && r.nextDouble() < 0.8 ? Names.pick(r, kern.wijkIds()) : kern.id();
        var coaches = directory.coaches(kern.id());
        var coach = Names.pick(r, coaches);

        // help questions first: the family's case starts a little before its first question
        var questions = new ArrayList<Map<String, Object>>();
        var statuses = new ArrayList<String>();
        var created = new ArrayList<ZonedDateTime>();
        var domainsOf = new ArrayList<List<String>>();
        int questionCount = weightedIndex(r, 0.35, 0.35, 0.20, 0.10) + 1;
        for (int q = 0; q < questionCount; q++) {
            var status = List.of("OPEN", "IN_TENT", "MATCHED", "CLOSED").get(weightedIndex(r, 0.20, 0.10, 0.27, 0.43));
            int daysAgo = switch (status) {
                case "CLOSED" -> 60 + r.nextInt(940);
                case "MATCHED" -> 21 + r.nextInt(480);
                case "IN_TENT" -> 3 + r.nextInt(42);
                default -> 1 + r.nextInt(60);
            };
            statuses.add(status);
            created.add(today.minusDays(daysAgo).atTime(8 + r.nextInt(9), r.nextInt(60)).atZone(ZoneOffset.UTC));
            int domainCount = weightedIndex(r, 0.5, 0.35, 0.15) + 1;
            var domains = new ArrayList<String>();
            while (domains.size() < domainCount) {
                var code = DOMAINS.get(weightedIndex(r, DOMAIN_WEIGHTS));
                if (!domains.contains(code)) {
                    domains.add(code);
                }
            }
            domainsOf.add(domains);
        }
        var start = created.stream().min(ZonedDateTime::compareTo).orElseThrow().minusDays(r.nextInt(31));
        var startDate = start.toLocalDate();

        // household
        var origin = Names.origin(r);
        var familyName = Names.pick(r, origin.family());
        var members = new ArrayList<Member>();
        var memberRows = new ArrayList<Map<String, Object>>();
        int parentYear = 1972 + r.nextInt(27);
        var firstParent = date(r, parentYear);
        addMember(i, members, memberRows, r, origin, familyName, "PARENT", true, firstParent, origin.languages());
        if (r.nextDouble() >= 0.25) {
            var name = r.nextBoolean() ? familyName : Names.pick(r, origin.family());
            addMember(i, members, memberRows, r, origin, name, "PARENT", true, date(r, parentYear - 3 + r.nextInt(7)), origin.languages());
        }
        if (r.nextDouble() >= 0.03) {
            int children = weightedIndex(r, 0.3, 0.4, 0.2, 0.1) + 1;
            var birth = firstParent.plusYears(22 + r.nextInt(14)).plusDays(r.nextInt(365));
            var childLanguages = origin.languages().get(0).equals("nl") ? List.of("nl") : List.of("nl", origin.languages().get(0));
            for (int c = 0; c < children && birth.isBefore(today.minusDays(30)); c++) {
                addMember(i, members, memberRows, r, origin, familyName, "CHILD", false, birth, childLanguages);
                birth = birth.plusDays(365 + r.nextInt(3 * 365));
            }
        }
        if (r.nextDouble() < 0.10) {
            boolean guardian = r.nextDouble() < 0.2;
            addMember(i, members, memberRows, r, origin, Names.pick(r, origin.family()), "OTHER", guardian,
                    date(r, guardian ? 1965 + r.nextInt(20) : 1945 + r.nextInt(20)), origin.languages());
        }

        // network persons outside the household: 5 to 60, most 10 to 25
        int networkSize = (int) Math.max(5, Math.min(60, Math.round(Math.exp(Math.log(15) + 0.45 * r.nextGaussian()))));
        var network = new ArrayList<NetworkMember>();
        var networkRows = new ArrayList<Map<String, Object>>();
        var networkKinds = new ArrayList<String>();
        long span = ChronoUnit.DAYS.between(startDate, today);
        for (int n = 0; n < networkSize; n++) {
            var personOrigin = r.nextDouble() < 0.8 ? origin : Names.origin(r);
            var kind = TIE_KINDS.get(weightedIndex(r, TIE_KIND_WEIGHTS));
            var validFrom = r.nextDouble() < 0.75 || span < 2 ? startDate : startDate.plusDays(r.nextLong(span));
            LocalDate validTo = null;
            long left = ChronoUnit.DAYS.between(validFrom, today);
            if (r.nextDouble() < 0.08 && left > 2) {
                validTo = validFrom.plusDays(1 + r.nextLong(left - 1));
            }
            var id = ids.id("network-person", i + "/" + n);
            network.add(new NetworkMember(id, validFrom, validTo));
            networkKinds.add(kind);
            String livesIn = null;
            double where = r.nextDouble();
            if (where < 0.4) {
                livesIn = kern.id();
            }
            else if (where < 0.65) {
                livesIn = kern(m, r).id();
            }
            else if (where < 0.72 && !m.kernen().get(0).wijkIds().isEmpty()) {
                livesIn = Names.pick(r, m.kernen().get(0).wijkIds());
            }
            var recorded = validFrom.atTime(10, 0).atZone(ZoneOffset.UTC);
            var row = new HashMap<String, Object>();
            row.put("area", livesIn == null ? null : Batch.position(batch.areaIds, livesIn));
            row.put("rel", values("validFrom", validFrom, "validTo", validTo, "createdAt", recorded,
                    "updatedAt", validTo == null ? recorded : validTo.atTime(10, 0).atZone(ZoneOffset.UTC)));
            row.put("props", props(id, "givenName", Names.pick(r, personOrigin.given()),
                    "familyName", kind.equals("FAMILY") ? familyName : r.nextDouble() < 0.1 ? null : Names.pick(r, personOrigin.family()),
                    "birthDate", r.nextDouble() < 0.15 ? null : date(r, kind.equals("SCHOOL") && r.nextBoolean() ? 2008 + r.nextInt(10) : 1940 + r.nextInt(70)),
                    "languages", personOrigin.languages(), "createdAt", recorded, "updatedAt", recorded));
            networkRows.add(row);
        }

        // ties: within the household, from household members to network persons, and among network persons
        var ties = new ArrayList<Map<String, Object>>();
        var pairs = new HashSet<Long>();
        int tieIndex = 0;
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                var roles = members.get(a).role() + "/" + members.get(b).role();
                double p = roles.equals("PARENT/PARENT") ? 1.0 : roles.contains("OTHER") ? 0.5 : roles.equals("CHILD/CHILD") ? 0.3 : 0.7;
                if (r.nextDouble() < p) {
                    tie(i, tieIndex++, a, b, "FAMILY", startDate, null, r, ties, pairs);
                }
            }
        }
        for (int n = 0; n < network.size(); n++) {
            int count = 1 + (r.nextDouble() < 0.75 ? 1 : 0) + (r.nextDouble() < 0.4 ? 1 : 0);
            for (int k = 0; k < count; k++) {
                int member = r.nextInt(members.size());
                var person = network.get(n);
                int from = r.nextDouble() < 0.7 ? member : members.size() + n;
                int to = from == member ? members.size() + n : member;
                tie(i, tieIndex++, from, to, networkKinds.get(n), person.validFrom(), person.validTo(), r, ties, pairs);
            }
        }
        for (int k = 0; k < network.size() / 2 && network.size() > 1; k++) {
            int a = r.nextInt(network.size());
            int b = r.nextInt(network.size());
            if (a == b) {
                continue;
            }
            var pa = network.get(a);
            var pb = network.get(b);
            var validFrom = pa.validFrom().isAfter(pb.validFrom()) ? pa.validFrom() : pb.validFrom();
            var validTo = pa.validTo() == null ? pb.validTo() : pb.validTo() == null ? pa.validTo()
                    : pa.validTo().isBefore(pb.validTo()) ? pa.validTo() : pb.validTo();
            tie(i, tieIndex++, members.size() + a, members.size() + b, networkKinds.get(a), validFrom, validTo, r, ties, pairs);
        }

        // community resources the network already uses (popular ones more often)
        var uses = new ArrayList<Map<String, Object>>();
        var resources = directory.resources(m.index());
        if (!resources.isEmpty() && r.nextDouble() < 0.35) {
            var usedPairs = new HashSet<String>();
            int count = 1 + r.nextInt(3);
            for (int u = 0; u < count; u++) {
                int person;
                LocalDate from;
                if (r.nextDouble() < 0.8) {
                    person = r.nextInt(members.size());
                    from = span < 2 ? startDate : startDate.plusDays(r.nextLong(span));
                }
                else {
                    int n = r.nextInt(network.size());
                    if (network.get(n).validTo() != null) {
                        continue;
                    }
                    person = members.size() + n;
                    long personSpan = ChronoUnit.DAYS.between(network.get(n).validFrom(), today);
                    from = network.get(n).validFrom().plusDays(personSpan < 2 ? 0 : r.nextLong(personSpan));
                }
                var resourceId = resources.next(r);
                if (!usedPairs.add(person + "/" + resourceId)) {
                    continue;
                }
                long left = ChronoUnit.DAYS.between(from, today);
                var until = r.nextDouble() < 0.2 && left > 2 ? from.plusDays(1 + r.nextLong(left - 1)) : null;
                var recorded = from.atTime(11, 0).atZone(ZoneOffset.UTC);
                uses.add(Map.of("person", person, "resourceId", resourceId, "props", values("validFrom", from, "validTo", until,
                        "familyId", familyId, "createdAt", recorded, "updatedAt", recorded)));
            }
        }

        var consents = consents(i, members, startDate, r);

        // help questions with their matches and tent sessions
        var questionIds = new ArrayList<String>();
        var activeHelpers = new ArrayList<String>();
        var inTent = new ArrayList<String>();
        var heldFor = new ArrayList<String>();
        ZonedDateTime heldAt = null;
        var heldHelpers = new ArrayList<String>();
        for (int q = 0; q < questionCount; q++) {
            var questionId = ids.id("question", i + "/" + q);
            questionIds.add(questionId);
            var createdAt = created.get(q);
            var status = statuses.get(q);
            ZonedDateTime closedAt = null;
            ZonedDateTime updatedAt = createdAt;
            int matchIndex = 0;
            var declined = new HashSet<String>();
            switch (status) {
                case "MATCHED" -> {
                    var proposeFrom = createdAt;
                    if (r.nextDouble() < 0.2) {
                        var helper = helper(m, network, members.size(), r);
                        var proposed = between(r, createdAt, createdAt.plusDays(20));
                        var closed = between(r, proposed, proposed.plusDays(10));
                        match(batch, i, q, matchIndex++, questionId, helper, "CLOSED", Names.pick(r, DECLINED), proposed, null, null, closed);
                        declined.add(helper.id());
                        proposeFrom = closed;
                    }
                    var helper = helper(m, network, members.size(), r);
                    while (declined.contains(helper.id())) {
                        helper = helper(m, network, members.size(), r);
                    }
                    var proposed = between(r, proposeFrom, proposeFrom.plusDays(20));
                    var confirmed = between(r, proposed, proposed.plusDays(10));
                    var started = r.nextDouble() < 0.7 ? between(r, confirmed, confirmed.plusDays(14)) : null;
                    match(batch, i, q, matchIndex++, questionId, helper, started == null ? "CONFIRMED" : "STARTED", null,
                            proposed, confirmed, started, null);
                    updatedAt = confirmed;
                    if (helper.label().equals("Professional")) {
                        activeHelpers.add(helper.id());
                    }
                    if (r.nextDouble() < 0.35) {
                        heldFor.add(questionId);
                        heldAt = heldAt == null || proposed.isBefore(heldAt) ? proposed : heldAt;
                        if (helper.label().equals("Professional")) {
                            heldHelpers.add(helper.id());
                        }
                    }
                }
                case "CLOSED" -> {
                    if (r.nextDouble() < 0.35) {
                        var helper = helper(m, network, members.size(), r);
                        var proposed = between(r, createdAt, createdAt.plusDays(20));
                        var confirmed = between(r, proposed, proposed.plusDays(10));
                        var started = between(r, confirmed, confirmed.plusDays(14));
                        closedAt = between(r, started, started.plusDays(200));
                        match(batch, i, q, matchIndex++, questionId, helper, "CLOSED", r.nextDouble() < 0.85 ? "HELPED" : "NO_LONGER_NEEDED",
                                proposed, confirmed, started, closedAt);
                    }
                    else {
                        closedAt = between(r, createdAt, createdAt.plusDays(120));
                    }
                    updatedAt = closedAt;
                }
                case "IN_TENT" -> {
                    inTent.add(questionId);
                    if (r.nextDouble() < 0.2) {
                        match(batch, i, q, matchIndex++, questionId, helper(m, network, members.size(), r), "PROPOSED", null,
                                between(r, createdAt, createdAt.plusDays(10)), null, null, null);
                    }
                }
                default -> {
                    if (r.nextDouble() < 0.15) {
                        var helper = helper(m, network, members.size(), r);
                        var proposed = between(r, createdAt, createdAt.plusDays(10));
                        if (r.nextBoolean()) {
                            match(batch, i, q, matchIndex++, questionId, helper, "PROPOSED", null, proposed, null, null, null);
                        }
                        else {
                            match(batch, i, q, matchIndex++, questionId, helper, "CLOSED", Names.pick(r, DECLINED), proposed,
                                    null, null, between(r, proposed, proposed.plusDays(10)));
                        }
                    }
                }
            }
            var text = Names.pick(r, Names.QUESTIONS.get(domainsOf.get(q).get(0)));
            var about = r.nextBoolean() ? r.nextInt(members.size()) : -1;
            var urgency = List.of("LOW", "NORMAL", "HIGH", "CRISIS").get(weightedIndex(r, 0.15, 0.60, 0.20, 0.05));
            var row = new HashMap<String, Object>();
            row.put("domains", domainsOf.get(q).stream().map(DOMAINS::indexOf).toList());
            row.put("about", about < 0 ? null : about);
            row.put("props", props(questionId, "text", text, "urgency", urgency, "status", status, "closedAt", closedAt,
                    "createdAt", createdAt, "updatedAt", updatedAt));
            questions.add(row);
        }
        if (!inTent.isEmpty()) {
            var date = today.plusDays(1 + r.nextInt(21));
            tentSession(batch, ids.id("tent-session", i + "/planned"), familyId, coach.id(), kern, m, "PLANNED", date,
                    created.stream().max(ZonedDateTime::compareTo).orElseThrow(), inTent, List.of(), List.of(), r);
        }
        if (!heldFor.isEmpty()) {
            var presentIds = members.stream().filter(x -> x.role().equals("PARENT")).map(Member::id).toList();
            tentSession(batch, ids.id("tent-session", i + "/held"), familyId, coach.id(), kern, m, "HELD", heldAt.toLocalDate(),
                    heldAt.minusDays(1), heldFor, heldHelpers, presentIds, r);
        }
        if (r.nextDouble() < 0.10) {
            assessments(batch, i, familyId, members, domainsOf, startDate, r);
        }

        var row = new HashMap<String, Object>();
        row.put("area", Batch.position(batch.areaIds, areaId));
        row.put("coach", Batch.position(batch.coachIds, coach.id()));
        row.put("props", props(familyId, "name", "Gezin " + familyName, "reference", "%s-%d-%05d".formatted(
                m.code().substring(2), startDate.getYear(), i - m.firstFamily() + 1), "createdAt", start, "updatedAt", start));
        row.put("members", memberRows);
        row.put("network", networkRows);
        row.put("ties", ties);
        row.put("uses", uses);
        row.put("consents", consents);
        row.put("questions", questions);
        batch.families.add(row);

        if (i % sampleEvery == 0) {
            batch.samples.add(Map.of("familyIndex", i, "familyId", familyId, "municipalityId", m.id(), "coachId", coach.id(),
                    "helpQuestionIds", questionIds, "activeMatchProfessionalIds", activeHelpers,
                    "members", members.size(), "networkPersons", network.size(), "ties", ties.size()));
        }
    }

    private Directory.Kern kern(Directory.Municipality m, SplittableRandom r) {
        double total = m.kernen().stream().mapToDouble(Directory.Kern::weight).sum();
        double x = r.nextDouble() * total;
        for (var kern : m.kernen()) {
            x -= kern.weight();
            if (x < 0) {
                return kern;
            }
        }
        return m.kernen().get(0);
    }

    private void addMember(int family, List<Member> members, List<Map<String, Object>> rows, SplittableRandom r,
                           Names.Origin origin, String familyName, String role, boolean authority, LocalDate birthDate,
                           List<String> languages) {
        var id = ids.id("member", family + "/" + members.size());
        var givenName = Names.pick(r, origin.given());
        members.add(new Member(id, givenName, role, authority, birthDate));
        rows.add(Map.of("role", role, "authority", authority, "props", props(id, "givenName", givenName,
                "familyName", familyName, "birthDate", birthDate, "languages", languages)));
    }

    /** A tie with one to three versions; it ends when one of its persons leaves the network, or now and then by itself. */
    private void tie(int family, int index, int from, int to, String kind, LocalDate validFrom, LocalDate personsLeft,
                     SplittableRandom r, List<Map<String, Object>> ties, Set<Long> pairs) {
        long pair = Math.min(from, to) * 1_000L + Math.max(from, to);
        var last = personsLeft != null ? personsLeft : today;
        if (r.nextDouble() < 0.2 && ChronoUnit.DAYS.between(validFrom, last) > 30) {
            validFrom = validFrom.plusDays(r.nextLong(ChronoUnit.DAYS.between(validFrom, last) / 2));
        }
        long days = ChronoUnit.DAYS.between(validFrom, last);
        if (days < 1 || !pairs.add(pair)) {
            return;
        }
        var endReason = (String) null;
        var tieEnd = personsLeft;
        if (tieEnd == null && r.nextDouble() < 0.04 && days > 2) {
            tieEnd = validFrom.plusDays(1 + r.nextLong(days - 1));
            endReason = Names.pick(r, Names.END_REASONS);
        }
        int versionCount = weightedIndex(r, 0.75, 0.18, 0.07) + 1;
        long length = ChronoUnit.DAYS.between(validFrom, tieEnd != null ? tieEnd : today);
        if (length < 3L * versionCount) {
            versionCount = 1;
        }
        var starts = new ArrayList<LocalDate>();
        starts.add(validFrom);
        if (versionCount > 1) {
            var cuts = new java.util.TreeSet<Long>();
            while (cuts.size() < versionCount - 1) {
                cuts.add(1 + r.nextLong(length - 1));
            }
            var first = validFrom;
            cuts.forEach(c -> starts.add(first.plusDays(c)));
        }
        var tieId = ids.id("tie", family + "/" + index);
        int ring = ring(kind, r);
        var quality = List.of("POSITIVE", "AMBIVALENT", "STRESSFUL", "BROKEN").get(weightedIndex(r, 0.70, 0.15, 0.10, 0.05));
        var frequency = r.nextDouble() < 0.1 ? null : FREQUENCIES.get(kind.equals("FAMILY") ? r.nextInt(3) : r.nextInt(5));
        var knownSince = r.nextDouble() < 0.3 ? null : validFrom.minusYears(r.nextInt(15)).minusDays(r.nextInt(365));
        var versions = new ArrayList<Map<String, Object>>();
        for (int v = 0; v < starts.size(); v++) {
            var versionFrom = starts.get(v);
            var versionTo = v + 1 < starts.size() ? starts.get(v + 1) : tieEnd;
            if (v > 0) {
                // an edit: the quality, ring or frequency changed
                switch (r.nextInt(3)) {
                    case 0 -> quality = List.of("POSITIVE", "AMBIVALENT", "STRESSFUL", "BROKEN").get(r.nextInt(4));
                    case 1 -> ring = Math.max(1, Math.min(4, ring + (r.nextBoolean() ? 1 : -1)));
                    default -> frequency = FREQUENCIES.get(r.nextInt(5));
                }
            }
            var recorded = versionFrom.atTime(10, 0).atZone(ZoneOffset.UTC);
            var props = props(ids.id("tie-version", family + "/" + index + "/" + v), "validFrom", versionFrom,
                    "validTo", versionTo, "kind", kind, "ring", ring, "quality", quality, "frequency", frequency,
                    "knownSince", knownSince, "note", r.nextDouble() < 0.1 ? Names.pick(r, Names.TIE_NOTES) : null,
                    "endReason", v == starts.size() - 1 ? endReason : null, "createdAt", recorded,
                    "updatedAt", versionTo == null ? recorded : versionTo.atTime(10, 0).atZone(ZoneOffset.UTC));
            // the rule key of the tie's one open version, as the service writes it (RuleKeys)
            if (versionTo == null) {
                props.put("currentOf", tieId);
            }
            int supports = kind.equals("FAMILY") || kind.equals("FRIEND") ? r.nextInt(4) : r.nextInt(2);
            for (int s = 0; s < supports; s++) {
                props.put(Names.pick(r, SUPPORT), List.of("GIVES", "RECEIVES", "BOTH").get(weightedIndex(r, 0.5, 0.2, 0.3)));
            }
            versions.add(props);
        }
        var recordedFirst = validFrom.atTime(10, 0).atZone(ZoneOffset.UTC);
        var changed = (tieEnd != null ? tieEnd : starts.get(starts.size() - 1)).atTime(10, 0).atZone(ZoneOffset.UTC);
        ties.add(Map.of("from", from, "to", to, "props", props(tieId, "createdAt", recordedFirst, "updatedAt", changed), "versions", versions));
    }

    private static int ring(String kind, SplittableRandom r) {
        return switch (kind) {
            case "FAMILY" -> 1 + r.nextInt(2);
            case "FRIEND" -> 2 + (r.nextDouble() < 0.2 ? 1 : 0);
            case "NEIGHBOUR", "ONLINE" -> 2 + r.nextInt(2);
            case "PROFESSIONAL" -> 4;
            case "SCHOOL" -> 3 + r.nextInt(2);
            default -> 3;
        };
    }

    /**
     * Consents as the Dutch age rules require on the day they were given: every member with parental authority and
     * every child of 12 or older (who alone decides from 16). A few were revoked and given again.
     */
    private List<Map<String, Object>> consents(int family, List<Member> members, LocalDate startDate, SplittableRandom r) {
        var consents = new ArrayList<Map<String, Object>>();
        if (r.nextDouble() >= 0.88) {
            return consents;
        }
        var givenOn = startDate.plusDays(r.nextInt(15));
        if (givenOn.isAfter(today.minusDays(1))) {
            givenOn = today.minusDays(1);
        }
        boolean revoked = r.nextDouble() < 0.03 && ChronoUnit.DAYS.between(givenOn, today) > 10;
        var scopes = new ArrayList<String>();
        if (r.nextDouble() < 0.92) {
            scopes.add("SHARE_WITH_TENT");
        }
        if (r.nextDouble() < 0.55) {
            scopes.add("SHARE_NETWORK_MAP");
        }
        if (r.nextDouble() < 0.85 || scopes.isEmpty()) {
            scopes.add("ANONYMOUS_STATISTICS");
        }
        var givenAt = givenOn.atTime(9 + r.nextInt(8), 0).atZone(ZoneOffset.UTC);
        ZonedDateTime revokedAt = revoked ? between(r, givenAt.plusDays(1), end.minusDays(5)) : null;
        var validUntil = r.nextDouble() < 0.15 ? givenOn.plusYears(1) : null;
        consents.add(Map.of("givers", givers(members, givenOn), "props", props(ids.id("consent", family + "/0"),
                "scopes", scopes, "givenAt", givenAt, "validUntil", validUntil, "revokedAt", revokedAt,
                "revocationReason", revoked ? Names.pick(r, Names.REVOCATION_REASONS) : null,
                "createdAt", givenAt, "updatedAt", revoked ? revokedAt : givenAt)));
        if (revoked) {
            var again = between(r, revokedAt, end);
            consents.add(Map.of("givers", givers(members, again.toLocalDate()), "props", props(ids.id("consent", family + "/1"),
                    "scopes", List.of("SHARE_WITH_TENT", "ANONYMOUS_STATISTICS"), "givenAt", again,
                    "note", "Opnieuw gegeven na intrekking", "createdAt", again, "updatedAt", again)));
        }
        return consents;
    }

    private static List<Integer> givers(List<Member> members, LocalDate day) {
        var givers = new ArrayList<Integer>();
        for (int k = 0; k < members.size(); k++) {
            var member = members.get(k);
            boolean childOfTwelve = member.role().equals("CHILD") && !member.birthDate().plusYears(12).isAfter(day);
            if (member.authority() || childOfTwelve) {
                givers.add(k);
            }
        }
        return givers;
    }

    /** A helper for a match: mostly a professional (a few are popular), sometimes a community resource or a network person. */
    private Helper helper(Directory.Municipality m, List<NetworkMember> network, int memberCount, SplittableRandom r) {
        double x = r.nextDouble();
        var resources = directory.resources(m.index());
        if (x < 0.14 && !resources.isEmpty()) {
            return new Helper("CommunityResource", resources.next(r), "COMMUNITY");
        }
        if (x < 0.20) {
            var current = network.stream().filter(p -> p.validTo() == null).toList();
            if (!current.isEmpty()) {
                return new Helper("Person", Names.pick(r, current).id(), "NETWORK");
            }
        }
        var pro = directory.helpers(m.index()).next(r);
        return new Helper("Professional", pro.id(), pro.tier());
    }

    private void match(Batch batch, int family, int question, int index, String questionId, Helper helper, String status,
                       String outcome, ZonedDateTime proposedAt, ZonedDateTime confirmedAt, ZonedDateTime startedAt,
                       ZonedDateTime closedAt) {
        var updatedAt = closedAt != null ? closedAt : startedAt != null ? startedAt : confirmedAt != null ? confirmedAt : proposedAt;
        batch.matches.get(helper.label()).add(Map.of("questionId", questionId, "helperId", helper.id(),
                "props", props(ids.id("match", family + "/" + question + "/" + index), "status", status,
                        "ladderStep", helper.ladderStep(), "outcome", outcome, "proposedAt", proposedAt,
                        "confirmedAt", confirmedAt, "startedAt", startedAt, "closedAt", closedAt,
                        "createdAt", proposedAt, "updatedAt", updatedAt,
                        // a question has at most one match that is not closed: its rule key
                        "openKey", status.equals("CLOSED") ? null : questionId + ":" + helper.id())));
    }

    private void tentSession(Batch batch, String id, String familyId, String coachId, Directory.Kern kern,
                             Directory.Municipality m, String status, LocalDate date, ZonedDateTime createdAt,
                             List<String> questionIds, List<String> helpers, List<String> present, SplittableRandom r) {
        var invited = new LinkedHashMap<String, String>();
        helpers.forEach(h -> invited.put(h, "ATTENDED"));
        var pool = directory.participants(m.index());
        int wanted = helpers.size() + 4 + r.nextInt(5);
        for (int tries = 0; invited.size() < wanted && tries < 50 && !pool.isEmpty(); tries++) {
            var pro = directory.helpers(m.index()).next(r);
            if (!invited.containsKey(pro.id())) {
                double x = r.nextDouble();
                invited.put(pro.id(), status.equals("HELD") ? (x < 0.85 ? "ATTENDED" : "DECLINED")
                        : x < 0.4 ? "INVITED" : x < 0.9 ? "ACCEPTED" : "DECLINED");
            }
        }
        var participants = new ArrayList<Map<String, Object>>();
        invited.forEach((pro, participation) -> participants.add(Map.of("id", pro, "props", values("status", participation,
                "invitedAt", createdAt, "respondedAt", participation.equals("INVITED") ? null : between(r, createdAt, createdAt.plusDays(3)),
                "participantKey", pro + ":" + id))));
        batch.tentSessions.add(Map.of("familyId", familyId, "coachId", coachId, "questionIds", questionIds,
                "participants", participants, "present", present,
                "props", props(id, "date", date, "status", status,
                        "location", Names.pick(r, Names.LOCATIONS) + " " + kern.name(),
                        "agreements", status.equals("HELD") ? "Afspraken gemaakt over wie wat oppakt; evaluatie over zes weken." : null,
                        "createdAt", createdAt, "updatedAt", createdAt)));
    }

    /** Two or three ZRM assessments of the family as a whole on its questions' domains, with the Krachtenwijzer split. */
    private void assessments(Batch batch, int family, String familyId, List<Member> members, List<List<String>> domainsOf,
                             LocalDate startDate, SplittableRandom r) {
        var codes = new ArrayList<String>();
        domainsOf.forEach(list -> list.stream().filter(c -> !codes.contains(c)).forEach(codes::add));
        if (!codes.contains("SOCIAL_NETWORK")) {
            codes.add("SOCIAL_NETWORK");
        }
        int count = 2 + r.nextInt(2);
        long span = ChronoUnit.DAYS.between(startDate, today);
        if (span < count) {
            return;
        }
        var scores = new HashMap<String, Integer>();
        codes.forEach(c -> scores.put(c, 1 + r.nextInt(3)));
        for (int a = 0; a < count; a++) {
            var date = startDate.plusDays(span * a / count + r.nextLong(Math.max(1, span / count)));
            var rows = new ArrayList<Map<String, Object>>();
            for (var code : codes) {
                int score = Math.max(1, Math.min(5, scores.get(code) + (a == 0 ? 0 : r.nextInt(3) - (r.nextDouble() < 0.2 ? 1 : 0))));
                scores.put(code, score);
                int own = 10 * (1 + r.nextInt(7));
                int net = 10 * r.nextInt((100 - own) / 10 + 1);
                rows.add(Map.of("code", code, "score", score, "ownStrength", own, "network", net, "professional", 100 - own - net));
            }
            var person = a == count - 1 && r.nextDouble() < 0.3 ? members.get(r.nextInt(members.size())).id() : null;
            var recorded = date.atTime(15, 0).atZone(ZoneOffset.UTC);
            var row = new HashMap<String, Object>();
            row.put("familyId", familyId);
            row.put("personId", person);
            row.put("scores", rows);
            row.put("props", props(ids.id("assessment", family + "/" + a), "date", date, "createdAt", recorded, "updatedAt", recorded));
            batch.assessments.add(row);
        }
    }

    private ZonedDateTime between(SplittableRandom r, ZonedDateTime from, ZonedDateTime to) {
        var upper = to.isAfter(end) ? end : to;
        if (!upper.isAfter(from)) {
            return from;
        }
        long seconds = Duration.between(from, upper).toSeconds();
        return from.plusSeconds(r.nextLong(seconds + 1));
    }

    private static LocalDate date(SplittableRandom r, int year) {
        return LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
    }

    private static int weightedIndex(SplittableRandom r, double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int k = 0; k < weights.length; k++) {
            x -= weights[k];
            if (x < 0) {
                return k;
            }
        }
        return weights.length - 1;
    }

    /** A map of the non-null values, for relationship properties. */
    static Map<String, Object> values(Object... keyValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int k = 0; k < keyValues.length; k += 2) {
            if (keyValues[k + 1] != null) {
                map.put((String) keyValues[k], keyValues[k + 1]);
            }
        }
        return map;
    }
}
