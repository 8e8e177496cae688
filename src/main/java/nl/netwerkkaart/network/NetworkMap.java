package nl.netwerkkaart.network;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A family's map on one date, with the figures computed from it in memory: a family's network is small (tens of
 * persons), so one load and plain Java beat many graph queries, and betweenness needs the whole graph anyway.
 */
final class NetworkMap {

    private static final Comparator<NetworkPerson> HOUSEHOLD_ORDER = Comparator
            .comparingInt((NetworkPerson p) -> switch (p.memberRole() == null ? "" : p.memberRole()) {
                case "PARENT" -> 0;
                case "OTHER" -> 1;
                default -> 2;
            })
            .thenComparing(NetworkPerson::birthDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(NetworkPerson::sortName);

    private final NetworkRepository.MapState state;
    private final Map<String, NetworkPerson> persons = new LinkedHashMap<>();
    private final List<NetworkTie> ties;
    private final Map<String, NetworkNode> nodes = new LinkedHashMap<>();

    NetworkMap(NetworkRepository.MapState state) {
        this.state = state;
        state.persons().forEach(p -> persons.put(p.id(), p));
        // a tie to someone no longer on the map is not drawn
        this.ties = state.ties().stream()
                .filter(t -> persons.containsKey(t.fromPersonId()) && persons.containsKey(t.toPersonId()))
                .sorted(Comparator.comparing(NetworkTie::id))
                .toList();
        place();
    }

    List<NetworkNode> nodes() {
        return List.copyOf(nodes.values());
    }

    List<NetworkTie> ties() {
        return ties;
    }

    NetworkPerson person(String id) {
        return persons.get(id);
    }

    Set<String> personIds() {
        return persons.keySet();
    }

    String familyKernId() {
        return state.kernId();
    }

    boolean household(String personId) {
        var person = persons.get(personId);
        return person != null && person.household();
    }

    List<NetworkTie> tiesToHousehold(String personId) {
        return ties.stream().filter(t -> t.touches(personId) && household(t.other(personId))).toList();
    }

    /** The support types {@code personId} gives to a household member. */
    Set<SupportType> givenToHousehold(String personId) {
        var types = EnumSet.noneOf(SupportType.class);
        for (var tie : tiesToHousehold(personId)) {
            for (var type : SupportType.values()) {
                if (tie.gives(personId, type)) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    /** Household first (parents, others, children, oldest first), then by ring, unplaced last, then by name. */
    private void place() {
        var household = persons.values().stream().filter(NetworkPerson::household).sorted(HOUSEHOLD_ORDER).toList();
        household.forEach(p -> nodes.put(p.id(), new NetworkNode(p.id(), p, true, p.memberRole(), 0, null,
                false)));
        var others = new ArrayList<NetworkNode>();
        for (var person : persons.values()) {
            if (person.household()) {
                continue;
            }
            var own = ties.stream().filter(t -> t.touches(person.id())).toList();
            var toHousehold = tiesToHousehold(person.id());
            var closest = (toHousehold.isEmpty() ? own : toHousehold).stream()
                    .min(Comparator.comparingInt(NetworkTie::ring).thenComparing(NetworkTie::id));
            others.add(new NetworkNode(person.id(), person, false, null, closest.map(NetworkTie::ring).orElse(null),
                    closest.map(NetworkTie::kind).orElse(null), !givenToHousehold(person.id()).isEmpty()));
        }
        others.sort(Comparator.comparing(NetworkNode::ring, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(n -> n.person().sortName()));
        others.forEach(n -> nodes.put(n.id(), n));
    }

    NetworkSummary summary(LocalDate asOf) {
        var network = nodes.values().stream().filter(n -> !n.household()).toList();
        var perRing = new TreeMap<Integer, Integer>(Comparator.nullsLast(Comparator.naturalOrder()));
        network.forEach(n -> perRing.merge(n.ring(), 1, Integer::sum));
        var perKind = new EnumMap<TieKind, Integer>(TieKind.class);
        network.stream().filter(n -> n.kind() != null).forEach(n -> perKind.merge(n.kind(), 1, Integer::sum));

        var givers = new EnumMap<SupportType, List<NetworkPerson>>(SupportType.class);
        for (var type : SupportType.values()) {
            givers.put(type, new ArrayList<>());
        }
        network.forEach(n -> givenToHousehold(n.id()).forEach(type -> givers.get(type).add(n.person())));
        givers.values().forEach(list -> list.sort(Comparator.comparing(NetworkPerson::sortName)));

        int n = persons.size();
        var pairs = new LinkedHashSet<String>();
        ties.forEach(t -> pairs.add(pairKey(t.fromPersonId(), t.toPersonId())));
        double density = n < 2 ? 0 : pairs.size() / (n * (n - 1) / 2.0);

        var betweenness = betweenness();
        double scale = n > 2 ? (n - 1) * (n - 2) / 2.0 : 1;
        var brokers = betweenness.entrySet().stream().filter(e -> e.getValue() > 1e-9)
                .map(e -> new NetworkSummary.NetworkBroker(persons.get(e.getKey()), e.getValue(), e.getValue() / scale))
                .sorted(Comparator.comparingDouble(NetworkSummary.NetworkBroker::betweenness).reversed()
                        .thenComparing(b -> b.person().sortName()))
                .toList();

        return new NetworkSummary(state.familyId(), asOf, n, (int) persons.values().stream().filter(NetworkPerson::household).count(),
                ties.size(),
                perRing.entrySet().stream().map(e -> new NetworkSummary.RingCount(e.getKey(), e.getValue())).toList(),
                perKind.entrySet().stream().map(e -> new NetworkSummary.KindCount(e.getKey(), e.getValue())).toList(),
                density,
                givers.entrySet().stream().map(e -> new NetworkSummary.SupportGivers(e.getKey(), List.copyOf(e.getValue()))).toList(),
                reciprocityShare(),
                ties.stream().filter(t -> t.quality() == TieQuality.STRESSFUL).toList(),
                ties.stream().filter(t -> t.quality() == TieQuality.BROKEN).toList(),
                givers.entrySet().stream().filter(e -> e.getValue().size() == 1)
                        .map(e -> new NetworkSummary.SinglePointOfFailure(e.getKey(), e.getValue().get(0))).toList(),
                childrenWithoutCloseAdult(asOf),
                brokers,
                state.uses().stream()
                        .sorted(Comparator.comparing((ResourceUse u) -> u.resourceName()).thenComparing(u -> u.person().sortName()))
                        .toList());
    }

    /** Of the supportive ties between the household and the network, the share where support flows both ways. */
    private Double reciprocityShare() {
        int supportive = 0;
        int mutual = 0;
        for (var tie : ties) {
            if (household(tie.fromPersonId()) == household(tie.toPersonId()) || tie.effectiveSupport().isEmpty()) {
                continue;
            }
            supportive++;
            boolean fromGives = tie.effectiveSupport().stream().anyMatch(s -> s.direction().fromGives());
            boolean toGives = tie.effectiveSupport().stream().anyMatch(s -> s.direction().toGives());
            if (fromGives && toGives) {
                mutual++;
            }
        }
        return supportive == 0 ? null : (double) mutual / supportive;
    }

    /** Children of the household without a non-broken ring 1-2 tie to an adult outside the household. */
    private List<NetworkPerson> childrenWithoutCloseAdult(LocalDate asOf) {
        return nodes.values().stream()
                .filter(n -> n.household() && n.person().child())
                .filter(n -> ties.stream().noneMatch(t -> t.touches(n.id()) && t.ring() <= 2 && t.quality() != TieQuality.BROKEN
                        && !household(t.other(n.id())) && persons.get(t.other(n.id())).adultOn(asOf)))
                .map(NetworkNode::person)
                .toList();
    }

    /**
     * Betweenness centrality per person (Brandes 2001) on the undirected, unweighted graph of the ties that are not
     * broken: for each pair of others, the share of their shortest paths that run through the person.
     */
    Map<String, Double> betweenness() {
        var ids = new ArrayList<>(persons.keySet());
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        var adjacent = new ArrayList<Set<Integer>>();
        ids.forEach(id -> adjacent.add(new LinkedHashSet<>()));
        for (var tie : ties) {
            if (tie.quality() == TieQuality.BROKEN) {
                continue;
            }
            int a = index.get(tie.fromPersonId());
            int b = index.get(tie.toPersonId());
            adjacent.get(a).add(b);
            adjacent.get(b).add(a);
        }
        int n = ids.size();
        var centrality = new double[n];
        for (int s = 0; s < n; s++) {
            var stack = new ArrayDeque<Integer>();
            var predecessors = new ArrayList<List<Integer>>();
            for (int i = 0; i < n; i++) {
                predecessors.add(new ArrayList<>());
            }
            var paths = new double[n];
            var distance = new int[n];
            Arrays.fill(distance, -1);
            paths[s] = 1;
            distance[s] = 0;
            var queue = new ArrayDeque<Integer>();
            queue.add(s);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                stack.push(v);
                for (int w : adjacent.get(v)) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue.add(w);
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                        predecessors.get(w).add(v);
                    }
                }
            }
            var dependency = new double[n];
            while (!stack.isEmpty()) {
                int w = stack.pop();
                for (int v : predecessors.get(w)) {
                    dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                }
                if (w != s) {
                    centrality[w] += dependency[w];
                }
            }
        }
        var result = new LinkedHashMap<String, Double>();
        // every shortest path was counted from both of its ends
        for (int i = 0; i < n; i++) {
            result.put(ids.get(i), centrality[i] / 2);
        }
        return result;
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
