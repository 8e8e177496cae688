package nl.netwerkkaart.municipality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;


/**
 * An attacker with a linear-programming solver: takes every number a user can read (visible counts, and the sums,
 * stocks and averages that tie them) and, for each suppressed count, works out the smallest and the largest value it
 * can have. The attacker knows a suppressed count is a whole number of at least one (zeros are published) and
 * nothing about which hidden counts are small.
 */
final class SuppressionAttack {

    /** A published count: its value, or the number of its unknown when suppressed. */
    record Entry(String name, Integer value, int unknown) {

        boolean hidden() {
            return unknown >= 0;
        }
    }

    /** What the attacker can tell about one suppressed count. */
    record Interval(String name, double min, double max) {

        /** The whole numbers the count can take; a single one means it is derived. */
        long lowest() {
            return (long) Math.ceil(min - 1e-6);
        }

        double highest() {
            return Double.isInfinite(max) ? max : Math.floor(max + 1e-6);
        }

        boolean derivable() {
            return highest() <= lowest();
        }

        @Override
        public String toString() {
            return name + " in [" + lowest() + ", " + highest() + "]";
        }
    }

    /** How the left-hand side of a fact stands to its bound. */
    enum Relationship {
        EQ, LEQ, GEQ
    }

    private record Constraint(Map<Integer, Double> coefficients, double constant, Relationship relationship) {
    }

    private static final double LOWER_BOUND = 1;

    private final List<String> unknowns = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();

    /** A count as published over GraphQL: {@code {value, suppressed}}. */
    Entry count(String name, Map<String, Object> count) {
        if (Boolean.TRUE.equals(count.get("suppressed"))) {
            unknowns.add(name);
            return new Entry(name, null, unknowns.size() - 1);
        }
        return new Entry(name, ((Number) count.get("value")).intValue(), -1);
    }

    /** {@code total} is the sum of {@code parts}. */
    void sum(Entry total, List<Entry> parts) {
        equal(List.of(total), parts);
    }

    /** The sum of {@code left} equals the sum of {@code right}. */
    void equal(List<Entry> left, List<Entry> right) {
        var terms = new LinkedHashMap<Entry, Double>();
        left.forEach(e -> terms.merge(e, 1.0, Double::sum));
        right.forEach(e -> terms.merge(e, -1.0, Double::sum));
        linear(terms, Relationship.EQ, 0);
    }

    /** {@code smaller} is at most {@code larger}. */
    void atMost(Entry smaller, Entry larger) {
        linear(Map.of(smaller, 1.0, larger, -1.0), Relationship.LEQ, 0);
    }

    /** Any linear fact: the sum of coefficient × count stands in {@code relationship} to {@code bound}. */
    void linear(Map<Entry, Double> terms, Relationship relationship, double bound) {
        var coefficients = new HashMap<Integer, Double>();
        double constant = -bound;
        for (var term : terms.entrySet()) {
            if (term.getKey().hidden()) {
                coefficients.merge(term.getKey().unknown(), term.getValue(), Double::sum);
            } else {
                constant += term.getValue() * term.getKey().value();
            }
        }
        if (coefficients.isEmpty()) {
            boolean holds = switch (relationship) {
                case EQ -> Math.abs(constant) < 1e-6;
                case LEQ -> constant <= 1e-6;
                case GEQ -> constant >= -1e-6;
            };
            if (!holds) {
                throw new AssertionError("the published figures contradict " + terms + " " + relationship + " " + bound);
            }
            return;
        }
        constraints.add(new Constraint(coefficients, constant, relationship));
    }

    int hiddenCount() {
        return unknowns.size();
    }

    /** For every suppressed count, its smallest and largest value over all that fits the published figures. */
    List<Interval> intervals() {
        var component = components();
        var result = new ArrayList<Interval>();
        for (int unknown = 0; unknown < unknowns.size(); unknown++) {
            int own = component[unknown];
            var members = new ArrayList<Integer>();
            for (int u = 0; u < unknowns.size(); u++) {
                if (component[u] == own) {
                    members.add(u);
                }
            }
            var relevant = constraints.stream()
                    .filter(c -> component[c.coefficients().keySet().iterator().next()] == own)
                    .toList();
            result.add(new Interval(unknowns.get(unknown), optimum(unknown, members, relevant, false),
                    optimum(unknown, members, relevant, true)));
        }
        return result;
    }

    /** Unknowns linked through constraints, so each count's problem holds only what can move it. */
    private int[] components() {
        var parent = new int[unknowns.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (var constraint : constraints) {
            var members = constraint.coefficients().keySet().iterator();
            int first = find(parent, members.next());
            while (members.hasNext()) {
                parent[find(parent, members.next())] = first;
            }
        }
        var component = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            component[i] = find(parent, i);
        }
        return component;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private double optimum(int unknown, List<Integer> members, List<Constraint> relevant, boolean maximum) {
        var model = new ExpressionsBasedModel();
        var variables = new HashMap<Integer, Variable>();
        members.forEach(m -> variables.put(m, model.addVariable(unknowns.get(m)).lower(LOWER_BOUND)));
        int row = 0;
        for (var constraint : relevant) {
            var expression = model.addExpression("fact " + row++);
            constraint.coefficients().forEach((u, coefficient) -> expression.add(variables.get(u), coefficient));
            switch (constraint.relationship()) {
                case EQ -> expression.level(-constraint.constant());
                case LEQ -> expression.upper(-constraint.constant());
                case GEQ -> expression.lower(-constraint.constant());
            }
        }
        variables.get(unknown).weight(1);
        var result = maximum ? model.maximise() : model.minimise();
        if (result.getState() == Optimisation.State.UNBOUNDED) {
            return maximum ? Double.POSITIVE_INFINITY : LOWER_BOUND;
        }
        if (!result.getState().isOptimal()) {
            throw new AssertionError("no hidden values of at least " + LOWER_BOUND + " fit the published figures around "
                    + unknowns.get(unknown) + ": " + result.getState());
        }
        return result.getValue();
    }
}
