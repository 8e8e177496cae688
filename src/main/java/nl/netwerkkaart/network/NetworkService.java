package nl.netwerkkaart.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.netwerkkaart.Today;
import nl.netwerkkaart.access.FamilyGate;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InvalidInputException;
import nl.netwerkkaart.matching.NeedsService;
import nl.netwerkkaart.matching.QuestionNeeds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a family's network map: the map on a date, what changed, the summary figures and who in the network could
 * help with a help question. Unknown and forbidden families look the same (empty); every read is audited.
 */
@Service
// Family data is for coaches and professionals only, never for the municipality or an administrator.
@PreAuthorize("hasAnyRole('COACH', 'PROFESSIONAL')")
@Transactional(readOnly = true)
public class NetworkService {

    private final NetworkRepository network;
    private final FamilyGate gate;
    private final Today today;
    private final NeedsService needs;

    NetworkService(NetworkRepository network, FamilyGate gate, Today today, NeedsService needs) {
        this.needs = needs;
        this.network = network;
        this.gate = gate;
        this.today = today;
    }

    Optional<FamilyNetwork> familyNetwork(String familyId, LocalDate asOf) {
        var id = Ids.require("familyId", familyId);
        var date = pastOrToday("asOf", asOf);
        return map(id, date, "FamilyNetwork").map(map -> new FamilyNetwork(id, date, map.nodes(), map.ties()));
    }

    Optional<NetworkSummary> networkSummary(String familyId, LocalDate asOf) {
        var id = Ids.require("familyId", familyId);
        var date = pastOrToday("asOf", asOf);
        return map(id, date, "NetworkSummary").map(map -> map.summary(date));
    }

    Optional<NetworkChanges> networkChanges(String familyId, LocalDate from, LocalDate to) {
        var id = Ids.require("familyId", familyId);
        var start = pastOrToday("from", from);
        var end = pastOrToday("to", to);
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        if (!gate.readMap(id, "NetworkChanges", id)) {
            return Optional.empty();
        }
        var before = network.state(id, start).map(NetworkMap::new);
        var after = network.state(id, end).map(NetworkMap::new);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(changes(id, start, end, before.get(), after.get()));
    }

    Optional<List<NetworkTie>> tieHistory(String tieId) {
        var id = Ids.require("tieId", tieId);
        var tie = network.tie(id, false);
        if (tie.isEmpty() || !gate.readMap(tie.get().familyId(), "NetworkTie", id)) {
            return Optional.empty();
        }
        return Optional.of(network.history(id));
    }

    /**
     * The persons in the family's current network who could help with the help question's life domains, best
     * first, with their Dutch reasons; empty when the question does not exist or the user may not see the family's
     * network map. For the network step of the support ladder.
     */
    public Optional<List<NetworkSupportCandidate>> supportFor(String helpQuestionId) {
        return supportFor(helpQuestionId, null);
    }

    /**
     * The persons of the family's current map who could help with the question, ranked for the kinds of support it asks
     * for: in its own words or for its needs ({@code questionNeeds}; read here when null), else for its life domains.
     */
    public Optional<List<NetworkSupportCandidate>> supportFor(String helpQuestionId, QuestionNeeds questionNeeds) {
        var id = Ids.require("helpQuestionId", helpQuestionId);
        // the question's family, the access check and the map in one statement
        var found = gate.readMapOf("NetworkSupport", id, check -> network.questionState(id, today.date(), check));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var read = questionNeeds != null ? questionNeeds : needs.questionNeeds(id);
        var asked = new java.util.EnumMap<SupportType, SupportRanking.Asked>(SupportType.class);
        read.supportAsks().forEach((type, ask) -> asked.put(SupportType.valueOf(type), new SupportRanking.Asked(ask.reason(), ask.inWords())));
        return Optional.of(SupportRanking.rank(new NetworkMap(found.get().state()), found.get().codes(), asked));
    }

    /** The map with its access check in one statement; the gate decides and audits. */
    private Optional<NetworkMap> map(String familyId, LocalDate asOf, String objectType) {
        return gate.readMap(familyId, objectType, familyId, check -> network.state(familyId, asOf, check))
                .map(NetworkMap::new);
    }

    private static NetworkChanges changes(String familyId, LocalDate from, LocalDate to, NetworkMap before, NetworkMap after) {
        var beforeTies = byId(before.ties());
        var afterTies = byId(after.ties());
        var changed = new ArrayList<NetworkChanges.NetworkTieChange>();
        afterTies.forEach((tieId, now) -> {
            var then = beforeTies.get(tieId);
            if (then != null && !then.versionId().equals(now.versionId())) {
                changed.add(new NetworkChanges.NetworkTieChange(tieId, then, now, then.changedFields(now)));
            }
        });
        return new NetworkChanges(familyId, from, to,
                persons(after, before), persons(before, after),
                afterTies.values().stream().filter(t -> !beforeTies.containsKey(t.id())).toList(),
                beforeTies.values().stream().filter(t -> !afterTies.containsKey(t.id())).toList(),
                changed);
    }

    /** The persons on {@code map} that are not on {@code other}, by name. */
    private static List<NetworkPerson> persons(NetworkMap map, NetworkMap other) {
        return map.personIds().stream().filter(id -> !other.personIds().contains(id)).map(map::person)
                .sorted(Comparator.comparing(NetworkPerson::sortName)).toList();
    }

    private static Map<String, NetworkTie> byId(List<NetworkTie> ties) {
        return ties.stream().collect(Collectors.toMap(NetworkTie::id, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    /** The date, or today when absent; refused naming the argument when it is in the future. */
    private LocalDate pastOrToday(String field, LocalDate date) {
        var now = today.date();
        if (date == null) {
            return now;
        }
        if (date.isAfter(now)) {
            throw new InvalidInputException(field, "must not be in the future");
        }
        return date;
    }
}
